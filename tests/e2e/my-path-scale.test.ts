/**
 * My path at national scale, in Chromium against the production build: on O*NET (923
 * occupations) starting from an occupation ticks dozens of items, and the fit ranking of every
 * occupation and the ready-next frontier follow without a long task freezing the page. The box
 * offers the first 50 occupations, not all 923, on focus.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, newContext, shot, url } from "./support/browser.ts";

/**
 * The budget is 100 ms, and `npm run bench` measures it on a quiet machine (no task over 50 ms
 * there). Here the test shares two cores with the rest of the suite, and a task can take three
 * to four times as long (one CI run saw 120 ms for a task of about 33 ms): this catches a page
 * that freezes, not a missed budget.
 */
const FROZEN_MS = 250;

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("My path on O*NET", () => {
  it("ranks every occupation and finds the frontier without freezing the page", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[] };
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.__tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask" });
    });
    await page.goto(url("?data=onet&view=path"));
    await page.waitForSelector("career-explorer[ready]", { timeout: 60_000 });
    await page.locator("cp-my-path").waitFor();
    const iAm = page.locator("cp-my-path cp-combobox input").nth(1);
    // Tasks are reported after they end: the one that drew the first view (and said `ready`)
    // may come in later still, so what counts is when a task started.
    const since = await page.evaluate(() => performance.now());
    await iAm.focus();
    const offered = page.locator("cp-my-path cp-combobox").nth(1);
    await expect
      .poll(() => offered.locator(".more").textContent())
      .toMatch(/^\s*50 of 923 shown\. Type to narrow them down\.\s*$/);
    expect(await offered.locator('[role="option"]').count()).toBe(50);
    expect(await iAm.getAttribute("aria-describedby")).toBe(
      await offered.locator(".more").getAttribute("id"),
    );
    await iAm.fill("Computer Programmers");
    await page
      .locator('cp-my-path cp-combobox [role="option"]')
      .filter({ hasText: "Computer Programmers" })
      .first()
      .waitFor();
    await page
      .locator('cp-my-path cp-combobox [role="option"]')
      .filter({ hasText: "Computer Programmers" })
      .first()
      .click();
    await expect
      .poll(() => page.locator("cp-my-path .frontier li.card").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const ranked = await page.locator("cp-my-path .ranking li").count();
    expect(ranked).toBe(25);
    const top = await page.locator("cp-my-path .ranking li .figures").first().textContent();
    expect(top).toMatch(/[1-9]\d* % fit · you have [1-9]\d* of \d+/);
    const tasks = await page.evaluate(
      (t) =>
        (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks
          .filter((task) => task.start >= t)
          .map((task) => task.duration),
      since,
    );
    console.log(`My path on O*NET: long tasks ${JSON.stringify(tasks.map(Math.round))}`);
    expect(Math.max(0, ...tasks)).toBeLessThanOrEqual(FROZEN_MS);
    await shot(page, "my-path-onet");
  });
});
