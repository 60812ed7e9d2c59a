/**
 * Compare as a person uses it: roles picked on the graph join the comparison (Compare stays),
 * wide tables scroll inside their own region instead of being cut at the panel's edge, pay
 * captions are never cut, and "Closest to me" ranks the compared roles for a skill profile.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { closestCompared, compareRoles } from "../../src/graph/compare.ts";
import { seriousViolations } from "./support/axe.ts";
import { hasChromium, launch, newContext, openApp, shot } from "./support/browser.ts";
import { clickGraphNode, search } from "./support/page-helpers.ts";

const MLOPS = "role:mlops-engineer";
const DEVOPS = "role:devops-engineer";
const DATA = "role:data-engineer";
const MLE = "role:machine-learning-engineer";
const FOUR = [MLE, DATA, DEVOPS, MLOPS];

const graph = (() => {
  const r = loadGraphDocument(JSON.parse(readFileSync("graph-data/mlops.json", "utf8")));
  if (!r.ok) throw new Error("mlops.json does not load");
  return r.graph;
})();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openCompare(page: Page, ids: string[]): Promise<void> {
  await openApp(page, `?compare=${ids.map(encodeURIComponent).join(",")}`);
  await page.locator("cp-compare-view h2").waitFor();
}

const compared = (page: Page) => (search(page).get("compare") ?? "").split(",").filter(Boolean);
const announced = async (page: Page) => (await page.locator("#live").textContent()) ?? "";

describe.skipIf(!hasChromium)("Compare", () => {
  it("adds a role clicked on the graph and stays in Compare; a compared one stays; four is the most", async () => {
    const page = await (await newContext(browser)).newPage();
    await openCompare(page, [MLOPS, DEVOPS]);

    await clickGraphNode(page, DATA);
    await expect.poll(() => compared(page)).toEqual([MLOPS, DEVOPS, DATA]);
    expect(await page.locator("cp-compare-view").isVisible()).toBe(true);
    expect(await page.locator("cp-role-panel").count()).toBe(0);
    expect(await announced(page)).toContain("Data Engineer added to the comparison");
    await expect.poll(() => page.locator("cp-compare-view .picked li").count()).toBe(3);

    // A role already compared stays (no toggling off, no leaving Compare).
    await clickGraphNode(page, MLOPS);
    await expect.poll(() => announced(page)).toContain("already in the comparison");
    expect(compared(page)).toEqual([MLOPS, DEVOPS, DATA]);

    await clickGraphNode(page, MLE);
    await expect.poll(() => compared(page)).toEqual([MLOPS, DEVOPS, DATA, MLE]);
    // Full: the comparison is left as it is, and the person is told why.
    await clickGraphNode(page, "role:software-engineer");
    await expect.poll(() => announced(page)).toContain("was not added");
    expect(compared(page)).toEqual([MLOPS, DEVOPS, DATA, MLE]);
    expect(await page.locator("cp-compare-view .full").textContent()).toContain("remove one");
    await shot(page, "compare-graph-clicks");
    await page.close();
  });

  it("scrolls wide tables inside their own region, by keyboard too, and cuts nothing", async () => {
    const page = await (await newContext(browser)).newPage();
    await openCompare(page, FOUR);
    await page.locator("cp-compare-view details.matrix summary").click();
    const regions = page.locator("cp-compare-view .scroll");
    expect(await regions.count()).toBe(2);
    const aside = await page.locator("aside").boundingBox();
    for (let i = 0; i < 2; i++) {
      const region = regions.nth(i);
      await region.scrollIntoViewIfNeeded();
      expect(await region.getAttribute("role")).toBe("region");
      expect((await region.getAttribute("aria-label"))?.length).toBeGreaterThan(5);
      expect(await region.getAttribute("tabindex")).toBe("0");
      // The region itself sits inside the panel: it is the region that scrolls, not the page.
      const box = await region.boundingBox();
      expect(box && aside && box.x + box.width <= aside.x + aside.width + 1).toBe(true);

      const m = await region.evaluate((el) => ({
        overflow: getComputedStyle(el).overflowX,
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }));
      if (m.scrollWidth <= m.clientWidth) continue; // it all fits
      expect(["auto", "scroll"]).toContain(m.overflow);
      // A wide table says so.
      // Set by a ResizeObserver, a frame or so after layout.
      await expect.poll(() => region.evaluate((el) => el.hasAttribute("data-overflow"))).toBe(true);
      expect(await region.evaluate((el) => el.previousElementSibling?.checkVisibility())).toBe(
        true,
      );

      await region.focus();
      for (let k = 0; k < 40; k++) await page.keyboard.press("ArrowRight");
      // Keyboard scrolling may be animated: wait for it to arrive at the end.
      await expect
        .poll(() => region.evaluate((el) => el.scrollWidth - el.clientWidth - el.scrollLeft))
        .toBeLessThanOrEqual(1);
      expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      // Scrolled to the end, the last column is wholly inside the region.
      const cut = await region.evaluate((el) => {
        const right = el.getBoundingClientRect().right;
        return [...el.querySelectorAll("tr > :last-child")]
          .filter((c) => c.getBoundingClientRect().right > right + 1)
          .map((c) => c.textContent);
      });
      expect(cut).toEqual([]);
    }
    await shot(page, "compare-matrix-scrolled");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("is clean for axe on a phone, dark, with four roles and a profile", async () => {
    const page = await (
      await newContext(browser, { width: 375, height: 812, colorScheme: "dark" })
    ).newPage();
    await openCompare(page, FOUR);
    await page.locator("cp-compare-view details.matrix summary").click();
    await page.locator("cp-compare-view").evaluate(async (el) => {
      const v = el as HTMLElement & { have: ReadonlySet<string>; updateComplete: Promise<unknown> };
      v.have = new Set(["skill:python", "tool:docker"]);
      await v.updateComplete;
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("never cuts a pay caption: each one is whole and inside the chart", async () => {
    for (const width of [1280, 375]) {
      const page = await (await newContext(browser, { width, height: 800 })).newPage();
      await openCompare(page, FOUR);
      const chart = page.locator("cp-salary-chart");
      await chart.scrollIntoViewIfNeeded();
      const report = await chart.evaluate((el) => {
        const root = el.shadowRoot as ShadowRoot;
        const svg = root.querySelector("svg") as SVGSVGElement;
        const width = svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll<SVGTextElement>("text")];
        return {
          width,
          spilling: texts
            .filter((t) => t.getBBox().x + t.getBBox().width > width + 0.5)
            .map((t) => t.textContent),
          shown: [...svg.querySelectorAll("text.level")].map((t) =>
            [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
          ),
          levels: [...root.querySelectorAll("table tbody td:first-of-type")].map(
            (td) => td.textContent,
          ),
        };
      });
      expect(report.spilling).toEqual([]);
      expect(report.shown.length).toBeGreaterThan(0);
      // Every caption in full, as the figures' table gives it (no "…").
      expect(report.shown).toEqual(report.levels);
      expect(report.shown.some((s) => s.includes("Stock Options and Bonuses"))).toBe(true);
      await shot(page, `compare-pay-${width}`);
      await page.close();
    }
  });

  it("ranks the compared roles by fit for the person's skills, with what each still needs", async () => {
    const page = await (await newContext(browser)).newPage();
    await openCompare(page, FOUR);
    const view = page.locator("cp-compare-view");
    // An empty profile: how to start one.
    expect(await view.locator(".closest").textContent()).toMatch(/Mark the skills and tools/);

    const have = ["skill:python", "tool:docker", "tool:kubernetes", "tool:git"];
    const shown = await view.evaluate(async (el, ids) => {
      const v = el as HTMLElement & { have: ReadonlySet<string>; updateComplete: Promise<unknown> };
      v.have = new Set(ids);
      await v.updateComplete;
      const root = v.shadowRoot as ShadowRoot;
      return {
        order: [...root.querySelectorAll(".fits > li")].map((li) => li.getAttribute("data-role")),
        scores: [...root.querySelectorAll(".fits .fit-score")].map((s) => s.textContent),
        pressed: [...root.querySelectorAll('.have-toggle[aria-pressed="true"]')].map((b) =>
          b.getAttribute("aria-label"),
        ),
        toggles: root.querySelectorAll(".have-toggle").length,
        note: root.querySelector("#h-some .have-note")?.textContent ?? "",
      };
    }, have);
    const c = compareRoles(graph, FOUR);
    if (!c.ok) throw new Error(c.reason);
    const fits = closestCompared(graph, c.comparison, new Set(have));
    expect(shown.order).toEqual(fits.map((f) => f.roleId));
    expect(shown.scores).toEqual(fits.map((f) => `you have ${f.met} of ${f.total}`));
    expect(fits[0]?.met).toBeGreaterThan(0);
    // Toggles beside the listed items; those in the profile are pressed.
    expect(shown.toggles).toBeGreaterThan(10);
    expect(shown.pressed).toContain("I have Python");
    expect(shown.note).toMatch(/you have \d+ of \d+/);
    await view.locator(".closest").scrollIntoViewIfNeeded();
    await shot(page, "compare-closest");

    // A toggle tells the app (cp-have-change) which item to add or remove.
    const fired = await view.evaluate((el) => {
      const root = el.shadowRoot as ShadowRoot;
      const button = root.querySelector<HTMLButtonElement>(
        '#h-some ~ ul .have-toggle[aria-pressed="false"]',
      );
      let detail: unknown = null;
      el.addEventListener("cp-have-change", (e) => {
        detail = (e as CustomEvent).detail;
      });
      button?.click();
      return { label: button?.getAttribute("aria-label"), detail };
    });
    expect(fired.label).toMatch(/^I have /);
    expect(fired.detail).toMatchObject({ have: true });
    await page.close();
  });
});
