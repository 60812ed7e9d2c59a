/** A phone-sized run (bottom sheet), a broken data file, and the time to `ready`. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { cyClasses, launch, newContext, openApp, shot, url } from "./support/browser.ts";
import { panelTitle } from "./support/page-helpers.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("at 375×812", () => {
  it("shows the graph above a bottom sheet and stays usable", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await (
        await newContext(browser, { width: 375, height: 812, colorScheme })
      ).newPage();
      await openApp(page);
      await shot(page, `mobile-home-${colorScheme}`);
      expect(await seriousViolations(page)).toEqual([]);
      const graph = await page.locator("cp-graph-view").boundingBox();
      const sheet = await page.locator("aside").boundingBox();
      expect(graph && sheet && graph.height > 200 && sheet.y > graph.y).toBe(true);
      expect(sheet?.width).toBeLessThanOrEqual(375);
      // No horizontal scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );

      await page.locator('cp-role-list [data-role="role:mlops-engineer"]').tap();
      await expect.poll(() => panelTitle(page)).toBe("MLOps Engineer");
      expect(await cyClasses(page, "role:mlops-engineer")).toContain("focused");
      await shot(page, `mobile-role-${colorScheme}`);
      const before = (await page.locator("aside").boundingBox())?.height ?? 0;
      await page.getByRole("button", { name: "Show more of the panel" }).tap();
      await expect
        .poll(async () => (await page.locator("aside").boundingBox())?.height ?? 0)
        .toBeGreaterThan(before + 100);
      await page.getByRole("button", { name: "Show more of the graph" }).tap();

      await page.goto(
        url("?from=role%3Amachine-learning-engineer&to=role%3Alead-machine-learning-ops-engineer"),
      );
      await page.waitForSelector("career-explorer[ready]");
      await expect.poll(() => page.locator("cp-route-finder li.step").count()).toBe(4);
      await shot(page, `mobile-route-${colorScheme}`);

      await page.goto(
        url("?compare=role%3Amlops-engineer,role%3Adevops-engineer,role%3Adata-engineer"),
      );
      await page.waitForSelector("career-explorer[ready]");
      await shot(page, `mobile-compare-${colorScheme}`);
      await page.close();
    }
  });
});

describe("a broken data file", () => {
  it("lists every problem with file, path and message instead of a blank page", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.route("**/mlops.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({
          id: "broken",
          title: "Broken",
          seeds: [{ file: "x.txt", title: "X" }],
          nodes: [{ id: "role:a", kind: "role", label: "A", track: "Nowhere track", sources: [] }],
          edges: [{ kind: "progression", source: "role:a", target: "role:ghost", sources: [] }],
        }),
      }),
    );
    await page.goto(url());
    await page.waitForSelector("career-explorer[failed]");
    const text = await page.locator("cp-load-error section").textContent();
    expect(text).toMatch(/could not be loaded/);
    expect(text).toMatch(/nodes\[0\]\.track/);
    expect(text).toMatch(/role:ghost/);
    expect(await page.locator("cp-load-error tbody tr").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("career-explorer header h1").textContent()).toBe("Career Paths");
    await shot(page, "broken-data");
  });

  it("says so when the file is not JSON or is missing", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.route("**/mlops.json", (route) => route.fulfill({ body: "{ not json" }));
    await page.goto(url());
    await page.waitForSelector("career-explorer[failed]");
    expect(await page.locator("cp-load-error section").textContent()).toMatch(/is not valid JSON/);
    await page.unroute("**/mlops.json");
    await page.route("**/mlops.json", (route) => route.fulfill({ status: 404, body: "" }));
    await page.reload();
    await page.waitForSelector("career-explorer[failed]");
    expect(await page.locator("cp-load-error section").textContent()).toMatch(/HTTP 404/);
  });
});

describe("time to ready", () => {
  it("is about a second or less on the production build", async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      times.push(await openApp(page));
      await context.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(`time from navigation to [ready]: ${times.join(", ")} ms (median ${median} ms)`);
    expect(median).toBeLessThan(2000);
  });

  it("fits every role at 1280×800 with readable, non-overlapping labels", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    const view = await page.evaluate(() => {
      const cy = document.querySelector("career-explorer")?.testHooks.cy;
      if (!cy) return null;
      const boxes = cy.nodes(".role").map((n) => n.renderedBoundingBox({ includeLabels: true }));
      return { zoom: cy.zoom(), width: cy.width(), height: cy.height(), boxes };
    });
    if (!view) throw new Error("no graph");
    // Role labels are 16 model units high; at the default zoom they must stay readable.
    expect(view.zoom * 16).toBeGreaterThanOrEqual(11);
    for (const b of view.boxes) {
      expect(b.x1).toBeGreaterThanOrEqual(0);
      expect(b.y1).toBeGreaterThanOrEqual(0);
      expect(b.x2).toBeLessThanOrEqual(view.width);
      expect(b.y2).toBeLessThanOrEqual(view.height);
    }
    for (const [i, a] of view.boxes.entries())
      for (const b of view.boxes.slice(i + 1))
        expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1).toBe(true);
    console.log(
      `default view: zoom ${view.zoom.toFixed(2)}, role labels ≈ ${(view.zoom * 16).toFixed(1)} px`,
    );
  });

  it("takes its screenshots of the default view at 1280×800, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await (await newContext(browser, { colorScheme })).newPage();
      await openApp(page);
      await shot(page, `home-${colorScheme}`);
      await openApp(page, "?role=role%3Amlops-engineer");
      await shot(page, `role-mlops-engineer-${colorScheme}`);
      await openApp(
        page,
        "?from=role%3Amachine-learning-engineer&to=role%3Alead-machine-learning-ops-engineer",
      );
      await shot(page, `route-${colorScheme}`);
      await page.close();
    }
  });
});
