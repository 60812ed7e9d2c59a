/**
 * Built-in data sets, validated when the app is built, draw without the graph worker; any other
 * text — here the MLOps file with one word changed — is still checked in the worker first.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, newContext, recordReadyTime, url } from "./support/browser.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page): Promise<{ workerBeforeReady: boolean }> {
  await recordReadyTime(page);
  await page.goto(url());
  await page.waitForSelector("career-explorer[ready]", { timeout: 15_000 });
  return page.evaluate(() => {
    const at = (window as unknown as { __readyAt: number }).__readyAt;
    const workerBeforeReady = performance
      .getEntriesByType("resource")
      .some((e) => e.name.includes("graph-worker") && e.startTime < at);
    return { workerBeforeReady };
  });
}

describe("trusted built-in data", () => {
  it("draws MLOps without starting the worker first; routes still come from the worker", async () => {
    const page = await (await newContext(browser)).newPage();
    const { workerBeforeReady } = await open(page);
    expect(workerBeforeReady).toBe(false);
    // The worker gets the data when routes are first asked for.
    await page.goto(url("?from=role:machine-learning-engineer&to=role:senior-mlops-engineer"));
    await expect
      .poll(() => page.locator("cp-route-finder li.step").count(), { timeout: 10_000 })
      .toBeGreaterThan(1);
  });

  it("checks a changed file in the worker before drawing it", async () => {
    const page = await (await newContext(browser)).newPage();
    const text = readFileSync("graph-data/mlops.json", "utf8").replace(
      '"title": "MLOps careers"',
      '"title": "MLOps careers (edited)"',
    );
    expect(text).toContain("(edited)");
    await page.route("**/mlops.json", (r) =>
      r.fulfill({ contentType: "application/json", body: text }),
    );
    const { workerBeforeReady } = await open(page);
    expect(workerBeforeReady).toBe(true);
    expect(await page.title()).toContain("MLOps careers (edited)");
  });
});
