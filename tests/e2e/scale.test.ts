/**
 * Readability at any size, in Chromium against the production build: on O*NET (923
 * occupations) and MLOps, at 1280×800, every label on screen is at least 11 px and no two
 * labels overlap — in the overview, a cell opened from it, a focused role and a route.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { cyIds, launch, newContext, openApp, shot } from "./support/browser.ts";
import { panelTitle, tabTo } from "./support/page-helpers.ts";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await (await newContext(browser)).newPage();
});

interface LabelReport {
  shown: number;
  small: string[];
  overlaps: string[];
}

/** Every label drawn inside the canvas: its on-screen size and whether it overlaps another. */
function readLabels(): Promise<LabelReport> {
  return page.evaluate(() => {
    const cy = document.querySelector("career-explorer")?.testHooks.cy;
    if (!cy) return { shown: 0, small: ["no canvas"], overlaps: [] };
    const zoom = cy.zoom();
    const [w, h] = [cy.width(), cy.height()];
    const labels = cy
      .nodes()
      .filter((n) => String(n.data("label") ?? "") !== "" && n.visible())
      .map((n) => ({
        id: n.id(),
        px: n.numericStyle("font-size") * zoom,
        box: n.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        }),
      }))
      .filter((l) => l.box.x2 > 0 && l.box.y2 > 0 && l.box.x1 < w && l.box.y1 < h);
    const small = labels.filter((l) => l.px < 11).map((l) => `${l.id} ${l.px.toFixed(1)} px`);
    const overlaps: string[] = [];
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) {
        const x = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1);
        const y = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1);
        if (x > 1 && y > 1) overlaps.push(`${a.id} × ${b.id}`);
      }
    return { shown: labels.length, small, overlaps };
  });
}

async function expectReadable(what: string): Promise<void> {
  const report = await readLabels();
  expect(report.shown, `${what}: labels on screen`).toBeGreaterThan(3);
  expect(report.small, `${what}: labels under 11 px`).toEqual([]);
  expect(report.overlaps, `${what}: overlapping labels`).toEqual([]);
}

async function clickNode(id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    const host = document.querySelector("career-explorer");
    const canvas = host?.shadowRoot
      ?.querySelector("cp-graph-view")
      ?.shadowRoot?.querySelector("#canvas");
    const box = canvas?.getBoundingClientRect();
    const p = host?.testHooks.cy?.getElementById(nodeId).renderedPosition();
    return p && box ? { x: box.x + p.x, y: box.y + p.y } : null;
  }, id);
  if (!at) throw new Error(`${id} is not on the canvas`);
  await page.mouse.click(at.x, at.y);
}

const canvasLabel = () =>
  page.evaluate(
    () =>
      document
        .querySelector("career-explorer")
        ?.shadowRoot?.querySelector("cp-graph-view")
        ?.shadowRoot?.querySelector("#canvas")
        ?.getAttribute("aria-label") ?? "",
  );

const SOFTWARE_DEVELOPERS = "role:15-1252.00";

describe("O*NET at 1280×800", () => {
  it("reaches ready within 3 s and shows an overview of groups × job zones with readable labels", async () => {
    const ms = await openApp(page, "?data=onet");
    console.log(`O*NET: navigation → ready ${ms} ms`);
    expect(ms).toBeLessThan(3000);
    const cells = await cyIds(page, "node.cell");
    expect(cells.length).toBeGreaterThan(40);
    expect(await cyIds(page, "node.role")).toEqual([]);
    expect(await canvasLabel()).toMatch(/^Overview of 923 occupations/);
    // The data set's own noun, with the article it takes.
    expect(await page.locator("aside").first().textContent()).toContain(
      "Pick an occupation on the graph",
    );
    await expectReadable("overview");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "scale-onet-overview");
  });

  it("opens a cell on click, and focuses a role from it with its ladder and related roles", async () => {
    await openApp(page, "?data=onet");
    const cell = await page.evaluate(() => {
      const cy = document.querySelector("career-explorer")?.testHooks.cy;
      const biggest = cy
        ?.nodes(".cell")
        .sort((a, b) => Number.parseInt(b.data("label"), 10) - Number.parseInt(a.data("label"), 10))
        .first();
      return biggest
        ? { id: biggest.id(), count: Number.parseInt(biggest.data("label"), 10) }
        : null;
    });
    if (!cell) throw new Error("no cells");
    await clickNode(cell.id);
    await expect.poll(async () => (await cyIds(page, "node.role")).length).toBe(cell.count);
    await expectReadable("an opened cell");
    await shot(page, "scale-onet-cell");

    const first = (await cyIds(page, "node.role"))[0] ?? "";
    await clickNode(first);
    const name = await page.evaluate(
      (id) =>
        document.querySelector("career-explorer")?.testHooks.cy?.getElementById(id).data("label"),
      first,
    );
    await expect.poll(() => panelTitle(page)).not.toBe("");
    expect(String(name).replace(/\s+/g, " ").replace("…", "")).toContain(
      (await panelTitle(page)).slice(0, 10),
    );
    await expectReadable("focus from a cell");
  });

  it("focuses Software Developers: the panel names it and the canvas shows its related occupations", async () => {
    await openApp(page, `?data=onet&role=${encodeURIComponent(SOFTWARE_DEVELOPERS)}`);
    await expect.poll(() => panelTitle(page)).toBe("Software Developers");
    const shown = await cyIds(page, "node.role");
    expect(shown).toContain(SOFTWARE_DEVELOPERS);
    expect(shown.length).toBeGreaterThan(5);
    expect(await canvasLabel()).toMatch(/Software Developers and its occupations around it/);
    await expectReadable("focus view");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "scale-onet-focus");

    // A click on a related occupation moves the focus there, without freezing the page.
    const related = shown.find((id) => id !== SOFTWARE_DEVELOPERS) ?? "";
    const started = Date.now();
    await clickNode(related);
    await expect.poll(() => cyIds(page, "node.focused")).toEqual([related]);
    console.log(`O*NET: click → focus view ${Date.now() - started} ms`);
    await expectReadable("focus view after a click");
  });

  it("draws a route's occupations on their own", async () => {
    await openApp(page, "?data=onet&from=role%3A15-1251.00&to=role%3A11-3021.00");
    await expect.poll(() => page.locator("cp-route-finder li.step").count()).toBeGreaterThan(1);
    const steps = await page
      .locator("cp-route-finder li.step")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-role")));
    await expect
      .poll(async () => (await cyIds(page, "node.role")).sort())
      .toEqual([...new Set(steps)].sort());
    expect(await canvasLabel()).toMatch(/^Route:/);
    await expectReadable("route view");
    await shot(page, "scale-onet-route");
  });
});

describe("O*NET from the keyboard and in other views", () => {
  it("Tab reaches the canvas; arrows move over the cells, Enter opens one, Escape goes back", async () => {
    await openApp(page, "?data=onet");
    await tabTo(page, (a) => a.role === "application");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    const cursor = await cyIds(page, "node.cursor");
    expect(cursor).toHaveLength(1);
    expect(cursor[0]).toMatch(/^cell:/);
    const said = await page.locator("cp-graph-view [aria-live]").textContent();
    expect(said).toMatch(/^.+, Job Zone \d: .+: \d+ occupations?\. Enter opens them\.$/);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await cyIds(page, "node.role")).length).toBeGreaterThan(0);
    expect(await canvasLabel()).toMatch(/in alphabetical order/);
    await page.keyboard.press("ArrowRight");
    const role = (await cyIds(page, "node.cursor"))[0] ?? "";
    expect(role).toMatch(/^role:/);
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await cyIds(page, "node.cell")).length).toBeGreaterThan(40);
  });

  it("shows the occupations asking for a skill, and the ones being compared, readable", async () => {
    await openApp(page, "?data=onet&role=skill%3Aprogramming");
    await expect.poll(() => panelTitle(page)).toBe("Programming");
    expect(await canvasLabel()).toMatch(/^Occupations asking for Programming/);
    await expectReadable("roles asking for a skill");
    await shot(page, "scale-onet-skill");

    await openApp(page, "?data=onet&compare=role%3A15-1252.00,role%3A15-1251.00,role%3A15-1211.00");
    await expect.poll(async () => (await cyIds(page, "node.role")).length).toBe(3);
    await expectReadable("compare view");
    await shot(page, "scale-onet-compare");
  });
});

describe("MLOps at 1280×800", () => {
  it("draws every role, readable, in the default view and with a focus", async () => {
    const ms = await openApp(page);
    console.log(`MLOps: navigation → ready ${ms} ms`);
    expect((await cyIds(page, "node.role")).length).toBe(15);
    await expectReadable("MLOps default");
    await shot(page, "scale-mlops-default");
    await clickNode("role:mlops-engineer");
    await expect.poll(() => panelTitle(page)).toBe("MLOps Engineer");
    await shot(page, "scale-mlops-focus");
    await openApp(
      page,
      "?from=role%3Amachine-learning-engineer&to=role%3Alead-machine-learning-ops-engineer",
    );
    await expect.poll(async () => (await cyIds(page, "node.on-route")).length).toBe(4);
    await shot(page, "scale-mlops-route");
  });
  it("finds an occupation by a title people use (search), and works at phone width, axe-clean", async () => {
    await openApp(page, "?data=onet");
    const search = page.getByRole("combobox", { name: "Search occupations, skills and tools" });
    await search.fill("Registered Nurse");
    await page
      .getByRole("option", { name: /Registered Nurses/ })
      .first()
      .click();
    await expect.poll(() => panelTitle(page)).toBe("Registered Nurses");
    const phone = await (await newContext(browser, { width: 375, height: 812 })).newPage();
    await openApp(phone, "?data=onet");
    const labels = await phone.evaluate(() => {
      const cy = document.querySelector("career-explorer")?.testHooks.cy;
      return cy ? cy.nodes().filter((n) => n.visible()).length : 0;
    });
    expect(labels).toBeGreaterThan(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await shot(phone, "scale-onet-phone");
  });
});
