/**
 * The three journeys of the issue, in Chromium against the production build: click a path up
 * the ladder, ask for the skill route, compare adjacent roles.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cyClasses, cyIds, launch, newContext, openApp, shot } from "./support/browser.ts";
import { clickGraphNode, panelTitle, search } from "./support/page-helpers.ts";

const MLE = "role:machine-learning-engineer";
const SENIOR_MLE = "role:senior-machine-learning-engineer";
const ARCHITECT = "role:machine-learning-architect";
const LEAD = "role:lead-machine-learning-ops-engineer";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await newContext(browser);
  page = await context.newPage();
});

const nextStep = (label: string) =>
  page.locator('cp-role-panel section[aria-labelledby="h-next"] button', { hasText: label });

describe("clicking through a career path", () => {
  it("goes from Machine Learning Engineer to Lead Machine Learning Ops Engineer by Next steps, and back", async () => {
    await openApp(page);
    await clickGraphNode(page, MLE);
    await expect.poll(() => panelTitle(page)).toBe("Machine Learning Engineer");
    expect(await cyClasses(page, MLE)).toContain("focused");

    await nextStep("Senior Machine Learning Engineer").click();
    await expect.poll(() => panelTitle(page)).toBe("Senior Machine Learning Engineer");
    await nextStep("Machine Learning Architect").click();
    await expect.poll(() => panelTitle(page)).toBe("Machine Learning Architect");
    await nextStep("Lead Machine Learning Ops Engineer").click();
    await expect.poll(() => panelTitle(page)).toBe("Lead Machine Learning Ops Engineer");

    expect(search(page).get("role")).toBe(LEAD);
    expect(await cyClasses(page, LEAD)).toContain("focused");
    expect(await cyClasses(page, ARCHITECT)).toContain("lit");
    expect(await cyClasses(page, "role:junior-mlops-engineer")).toContain("faded");
    const crumbs = await page
      .locator('cp-breadcrumb nav[aria-label="Trail"] button')
      .allInnerTexts();
    expect(crumbs.map((c) => c.trim())).toEqual([
      "Machine Learning Engineer",
      "Senior Machine Learning Engineer",
      "Machine Learning Architect",
      "Lead Machine Learning Ops Engineer",
    ]);
    // The panel shows the role's facts with their sources.
    await expect
      .poll(() => page.locator("cp-role-panel cp-sources details").count())
      .toBeGreaterThan(0);
    await shot(page, "journey-lead-mlops-engineer");

    // The browser's back button walks the trail.
    await page.goBack();
    await expect.poll(() => panelTitle(page)).toBe("Machine Learning Architect");
    await page.goBack();
    await expect.poll(() => panelTitle(page)).toBe("Senior Machine Learning Engineer");
    await page.goForward();
    await expect.poll(() => panelTitle(page)).toBe("Machine Learning Architect");
    expect(await cyClasses(page, ARCHITECT)).toContain("focused");

    // A crumb jumps back along the trail.
    await page
      .locator("cp-breadcrumb button", { hasText: "Machine Learning Engineer" })
      .first()
      .click();
    await expect.poll(() => panelTitle(page)).toBe("Machine Learning Engineer");
  });

  it("selecting a skill or tool shows which roles require it", async () => {
    await openApp(page, "?role=role%3Amlops-engineer");
    await page.locator("cp-role-panel .reqs button", { hasText: "Kubernetes" }).first().click();
    await expect.poll(() => panelTitle(page)).toBe("Kubernetes");
    const roles = await page.locator("cp-item-panel .links button").allInnerTexts();
    expect(roles.join(" ")).toContain("MLOps Engineer");
    expect(await cyIds(page, ".tool.dynamic")).toEqual(["tool:kubernetes"]);
    expect(await cyClasses(page, "role:mlops-engineer")).toContain("lit");
    await shot(page, "item-kubernetes");
  });
});

describe("the canvas", () => {
  it("hovering a role lights its neighbours; zoom buttons and Fit move the view", async () => {
    await openApp(page);
    const at = await page.evaluate(() => {
      const host = document.querySelector("career-explorer");
      const canvas = host?.shadowRoot
        ?.querySelector("cp-graph-view")
        ?.shadowRoot?.querySelector("#canvas");
      const box = canvas?.getBoundingClientRect();
      const p = host?.testHooks.cy?.getElementById("role:mlops-engineer").renderedPosition();
      return p && box ? { x: box.x + p.x, y: box.y + p.y } : null;
    });
    if (!at) throw new Error("MLOps Engineer is not on the canvas");
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cyClasses(page, "role:senior-mlops-engineer")).toContain("hover");
    expect(await cyClasses(page, "role:director-of-mlops")).not.toContain("hover");
    await page.mouse.move(5, 5);
    await expect.poll(() => cyClasses(page, "role:senior-mlops-engineer")).not.toContain("hover");

    const zoom = () =>
      page.evaluate(() => document.querySelector("career-explorer")?.testHooks.cy?.zoom() ?? 0);
    const start = await zoom();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(zoom).toBeGreaterThan(start * 1.1);
    await page.getByRole("button", { name: "Fit the whole graph" }).click();
    await expect.poll(zoom).toBeCloseTo(start, 2);
  });
});

describe("the skills and tools layer", () => {
  it("shows every skill and tool, filtered by kind, with distinct shapes", async () => {
    await openApp(page);
    expect(await cyIds(page, "node.item")).toEqual([]);
    await page.getByRole("checkbox", { name: "Show all skills and tools" }).check();
    await expect.poll(async () => (await cyIds(page, "node.item")).length).toBeGreaterThan(40);
    const shapes = await page.evaluate(() => {
      const cy = document.querySelector("career-explorer")?.testHooks.cy;
      return [
        cy?.$("node.skill").first().style("shape"),
        cy?.$("node.tool").first().style("shape"),
      ];
    });
    expect(shapes[0]).not.toBe(shapes[1]);
    await page
      .getByRole("combobox", { name: "Which skills and tools to show" })
      .selectOption("tool");
    await expect.poll(() => cyIds(page, "node.skill")).toEqual([]);
    expect((await cyIds(page, "node.tool")).length).toBeGreaterThan(10);
    await shot(page, "layer-tools");
  });
});

describe("shortest skill route", () => {
  it("routes Machine Learning Engineer to Lead Machine Learning Ops Engineer, listed and highlighted", async () => {
    await openApp(page);
    await page.locator('nav[aria-label="Views"] button', { hasText: "Route" }).click();
    const from = page.getByRole("combobox", { name: "From role" });
    await from.fill("Machine Learning Engineer");
    await page.getByRole("option", { name: /^Machine Learning Engineer/ }).click();
    const to = page.getByRole("combobox", { name: "To role" });
    await to.fill("lead machine learning ops");
    await to.press("Enter");

    const steps = page.locator("cp-route-finder li.step");
    await expect.poll(() => steps.count()).toBe(4);
    const ids = await steps.evaluateAll((els) => els.map((e) => e.getAttribute("data-role")));
    expect(ids).toEqual([MLE, SENIOR_MLE, ARCHITECT, LEAD]);
    const totals = await page.locator("cp-route-finder .total strong").allInnerTexts();
    expect(totals.map(Number)).toEqual([...totals.map(Number)].sort((a, b) => a - b));

    for (const id of ids) expect(await cyClasses(page, id ?? "")).toContain("on-route");
    const routeEdges = await cyIds(page, "edge.on-route");
    expect(routeEdges.sort()).toEqual(
      [
        `progression:${MLE}->${SENIOR_MLE}`,
        `progression:${SENIOR_MLE}->${ARCHITECT}`,
        `progression:${ARCHITECT}->${LEAD}`,
      ].sort(),
    );
    const toLearn = await cyIds(page, "node.to-learn");
    expect(toLearn.length).toBe(Number(totals.at(-1)));
    expect(await cyClasses(page, "role:data-engineer")).toContain("faded");

    const live = await page.locator("#live").textContent();
    expect(live).toMatch(/Route to Lead Machine Learning Ops Engineer: 4 roles, 3 moves/);
    expect(search(page).get("from")).toBe(MLE);
    expect(search(page).get("to")).toBe(LEAD);
    await shot(page, "route-mle-to-lead");

    // Fewest steps mode and alternatives keep working.
    await page.getByRole("radio", { name: "Fewest steps" }).check();
    await expect.poll(() => search(page).get("mode")).toBe("steps");
    const alternatives = page.locator("cp-route-finder .alts input[type=radio]");
    if ((await alternatives.count()) > 1) {
      await alternatives.nth(1).check();
      await expect.poll(() => alternatives.nth(1).isChecked()).toBe(true);
      expect(await page.locator("#live").textContent()).toMatch(/alternative routes available/);
    }
  });

  it("offers each ladder as a one-click example route", async () => {
    await openApp(page, "?view=about");
    await page.locator('nav[aria-label="Views"] button', { hasText: "Route" }).click();
    await page
      .getByRole("button", {
        name: /Machine Learning Engineer\s*to\s*Lead Machine Learning Ops Engineer/,
      })
      .click();
    await expect.poll(() => page.locator("cp-route-finder li.step").count()).toBe(4);
    expect(search(page).get("to")).toBe(LEAD);
  });

  it("says why there is no route", async () => {
    await openApp(
      page,
      "?from=role%3Adirector-of-mlops&to=role%3Ajunior-mlops-engineer&lateral=no",
    );
    await expect
      .poll(() => page.locator("cp-route-finder .no-route").textContent())
      .toMatch(/No route/);
    expect(await page.locator("#live").textContent()).toMatch(/^No route/);
  });
});

describe("comparing adjacent roles", () => {
  it("compares MLOps Engineer with DevOps Engineer and Data Engineer from the adjacent list", async () => {
    await openApp(page, "?role=MLOps%20Engineer");
    await page.getByRole("button", { name: "Compare with DevOps Engineer" }).click();
    await expect
      .poll(() => search(page).get("compare"))
      .toBe("role:mlops-engineer,role:devops-engineer");
    await page.locator('nav[aria-label="Views"] button', { hasText: "Explore" }).click();
    await page.getByRole("button", { name: "Compare with Data Engineer" }).click();
    await expect
      .poll(() => search(page).get("compare"))
      .toBe("role:mlops-engineer,role:devops-engineer,role:data-engineer");

    const headers = await page.locator("cp-compare-view table.sim thead th").allInnerTexts();
    expect(headers).toEqual(["MLOps Engineer", "DevOps Engineer", "Data Engineer"]);
    expect(await page.locator("cp-compare-view table.sim tbody tr").count()).toBe(3);
    const cells = await page.locator("cp-compare-view table.sim tbody td").allInnerTexts();
    expect(cells.filter((c) => /^\d+% similar$/.test(c))).toHaveLength(6);
    await expect
      .poll(() => page.locator('cp-compare-view section[aria-labelledby="h-shared"]').count())
      .toBe(1);
    expect(await page.locator("cp-compare-view .trans li").count()).toBeGreaterThan(0);
    // What some of them share (CI/CD with DevOps, data pipelines with Data Engineer) …
    const some = await page.locator("cp-compare-view .some > li").allInnerTexts();
    expect(some.some((t) => t.includes("CI/CD pipelines") && t.includes("DevOps Engineer"))).toBe(
      true,
    );
    expect(some.some((t) => t.includes("Data pipelines") && t.includes("Data Engineer"))).toBe(
      true,
    );
    // … and how to move between them: each adjacent pair both ways, with what to learn.
    const moves = await page.locator("cp-compare-view .moves > li strong").allInnerTexts();
    expect(moves).toEqual(
      expect.arrayContaining([
        "DevOps Engineer → MLOps Engineer",
        "MLOps Engineer → Data Engineer",
      ]),
    );
    for (const id of ["role:mlops-engineer", "role:devops-engineer", "role:data-engineer"])
      expect(await cyClasses(page, id)).toContain("compared");
    expect(await cyClasses(page, "role:director-of-mlops")).toContain("faded");
    await shot(page, "compare-mlops-devops-data");
  });
});
