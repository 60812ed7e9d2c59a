/**
 * The shipped Content-Security-Policy, in Chromium against the production build: the preview
 * server sends it with every file and the built index.html carries it as a `<meta>`; the main
 * journeys then run with zero violations in the page and in the graph worker. (Every other
 * browser test runs under the same policy; `openApp` fails on violations while loading.)
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cspHeader, cspMeta } from "../../src/page/csp.ts";
import { cyIds, launch, newContext, openApp, url } from "./support/browser.ts";
import { cspWatch } from "./support/csp.ts";
import { panelTitle, search } from "./support/page-helpers.ts";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await newContext(browser, { watchWorkers: true });
  page = await context.newPage();
  pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

const views = (name: string) =>
  page.locator('nav[aria-label="Views"] button', { hasText: name }).click();

/** Violations arrive as console events, a moment after the fact: give them time to land. */
async function settledViolations(): Promise<string[]> {
  await page.waitForTimeout(300);
  return cspWatch(context).violations;
}

describe("the policy that ships", () => {
  it("comes as a header with every file and as a meta tag without header-only directives", async () => {
    const response = await page.goto(url());
    expect(response?.headers()["content-security-policy"]).toBe(cspHeader());
    const data = await page.request.get(url("catalog.json"));
    expect(data.headers()["content-security-policy"]).toBe(cspHeader());
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(meta).toBe(cspMeta());
    // The page itself: no inline script or style, no style attributes, no data: icon.
    const built = (await response?.text()) ?? "";
    expect(built).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|="data:/i);
    expect(meta).not.toMatch(/frame-ancestors/);
    for (const policy of [cspHeader(), meta ?? ""]) {
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self';/);
      expect(policy).toMatch(/style-src 'self';/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });

  it("is enforced and watched: an inline <style> is blocked and reported", async () => {
    await openApp(page);
    const applied = await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { outline: 7px solid red; }";
      document.head.append(style);
      return getComputedStyle(document.body).outlineWidth;
    });
    expect(applied).not.toBe("7px");
    await expect
      .poll(() => cspWatch(context).violations.join("\n"))
      .toMatch(/style-src-elem blocked inline/);
  });
});

describe("the main journeys under the policy", () => {
  it("MLOps: load, pick a role, route, compare, the skills layer and About, with zero violations", async () => {
    await openApp(page);

    await page.locator('cp-role-list [data-role="role:mlops-engineer"]').click();
    await expect.poll(() => panelTitle(page)).toBe("MLOps Engineer");
    // Hover sets the canvas cursor through CSSOM, which the policy allows.
    await page.mouse.move(640, 400);

    await page.getByRole("checkbox", { name: "Show all skills and tools" }).check();
    await expect.poll(async () => (await cyIds(page, "node.item")).length).toBeGreaterThan(40);

    await views("Route");
    await page.getByRole("combobox", { name: "From role" }).fill("Machine Learning Engineer");
    await page.getByRole("option", { name: /^Machine Learning Engineer/ }).click();
    const to = page.getByRole("combobox", { name: "To role" });
    await to.fill("lead machine learning ops");
    await to.press("Enter");
    await expect.poll(() => page.locator("cp-route-finder li.step").count()).toBe(4);
    // The built-in data set is drawn without the worker; it starts when routes are asked for.
    expect(cspWatch(context).workersWatched).toBeGreaterThan(0);

    await views("Explore");
    await page.getByRole("button", { name: "Compare with DevOps Engineer" }).click();
    await expect
      .poll(() => page.locator("cp-compare-view table.sim tbody tr").count())
      .toBeGreaterThan(1);

    await views("About");
    await expect.poll(() => page.locator("cp-about").count()).toBe(1);

    expect(await settledViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("O*NET: switching data sets, a role and the canvas's big views, with zero violations", async () => {
    await openApp(page);
    await page.getByRole("combobox", { name: "Data set" }).selectOption("onet");
    await page.waitForSelector("career-explorer[ready]");
    await expect.poll(() => search(page).get("data")).toBe("onet");
    await openApp(page, "?data=onet&role=role%3A11-1021.00");
    await expect.poll(() => panelTitle(page)).toBe("General and Operations Managers");
    await page.getByRole("button", { name: "Fit the whole graph" }).click();

    expect(await settledViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("your own graph under the policy", () => {
  it("opens a GEXF file and a broken one, exports JSON, PNG and SVG, with zero violations", async () => {
    await openApp(page);
    const files = page.locator("cp-data-menu input[type=file]");
    await files.setInputFiles("tests/fixtures/formats/kitchen.gexf");
    await expect
      .poll(async () => (await cyIds(page, "node.role")).length, { timeout: 15_000 })
      .toBe(3);
    await files.setInputFiles("tests/fixtures/formats/broken.gexf");
    const dialog = page.locator("cp-import-dialog dialog");
    await expect.poll(() => dialog.locator("cp-load-error table").count()).toBe(1);
    await dialog.getByRole("button", { name: "Close" }).click();

    for (const choice of ["json", "png", "svg"]) {
      await page.locator("cp-data-menu summary").click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(`cp-data-menu [data-export="${choice}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${choice}$`));
    }

    expect(await settledViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("embedding under the same policy", () => {
  it("a page with no inline script or style and the strict header runs <career-explorer>", async () => {
    const built = await (await page.request.get(url())).text();
    const script = built.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
    expect(script).toBeTruthy();
    await page.route("**/embed-strict.html", (route) =>
      route.fulfill({
        contentType: "text/html",
        headers: { "Content-Security-Policy": cspHeader() },
        body: `<!doctype html><html lang="en"><head><title>Embed</title>
          <script type="module" src="${script}"></script></head>
          <body><career-explorer src="./mlops.json"></career-explorer></body></html>`,
      }),
    );
    await page.goto(url("embed-strict.html"));
    await page.waitForSelector("career-explorer[ready]");
    expect(await cyIds(page, "node.role")).toHaveLength(15);
    expect(await settledViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
