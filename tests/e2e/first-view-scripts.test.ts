/**
 * What the first view waits for: the scripts fetched before `ready` stay within issue 7's budget
 * (200 KB gzip), and code for what the first view does not show — fuzzy search, comparing, the
 * stored profile, the import dialog, the error page — arrives later and still works.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, newContext, openApp, recordReadyTime } from "./support/browser.ts";

const BUDGET_BYTES = 200 * 1024;
const LATER = ["lookup-fuzzy", "compare-", "profile-store", "cp-import-dialog", "cp-load-error"];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await newContext(browser)).newPage();
  await recordReadyTime(page);
  await openApp(page);
});
afterAll(async () => {
  await browser?.close();
});

const scriptsBeforeReady = (p: Page) =>
  p.evaluate(() => {
    const at = (window as unknown as { __readyAt: number }).__readyAt;
    return performance
      .getEntriesByType("resource")
      .filter((e) => e.name.endsWith(".js") && e.startTime < at)
      .map((e) => new URL(e.name).pathname);
  });

describe("the first view's scripts", () => {
  it("stay within 200 KB gzip and leave out what the first view does not show", async () => {
    const scripts = await scriptsBeforeReady(page);
    expect(scripts.some((s) => s.endsWith("/career-explorer.js"))).toBe(true);
    const dist = inject("distDir");
    const bytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(join(dist, s))).length, 0);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    for (const later of LATER) expect(scripts.filter((s) => s.includes(later))).toEqual([]);
  });

  it("fetches the catalog and the default data set while the app's code loads, once each", async () => {
    const requests = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => ({
        name: new URL(e.name).pathname,
        start: e.startTime,
        end: (e as PerformanceResourceTiming).responseEnd,
      })),
    );
    const app = requests.find((r) => r.name.endsWith("/career-explorer.js"));
    const data = requests.filter((r) => r.name.endsWith("/mlops.json"));
    const catalog = requests.filter((r) => r.name.endsWith("/catalog.json"));
    expect(data).toHaveLength(1);
    expect(catalog).toHaveLength(1);
    expect(app).toBeDefined();
    expect(data[0]?.start).toBeLessThan(app?.end ?? 0);
  });

  it("finds a misspelt role once the page is idle (fuzzy search loaded after the first view)", async () => {
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType("resource").some((e) => e.name.includes("lookup-fuzzy")),
        ),
      )
      .toBe(true);
    await page.locator("cp-search input[role=combobox]").fill("MLOps Enginer");
    await expect
      .poll(() => page.locator("cp-search [role=option]").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining("MLOps Engineer")]));
  });

  it("compares two roles with the comparing code loaded on demand", async () => {
    await openApp(page, "?compare=role:mlops-engineer,role:devops-engineer");
    await expect
      .poll(() => page.locator("cp-compare-view table").count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });
});
