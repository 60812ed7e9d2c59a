/**
 * A phone at 375×667: the graph keeps a usable height with the sheet expanded, and a route's
 * first step shows without scrolling. The Share button copies the address (or shows it ready to
 * copy), and the chosen route alternative survives a reload.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { hasChromium, launch, newContext, openApp, shot } from "./support/browser.ts";
import { search } from "./support/page-helpers.ts";

const PHONE = { width: 375, height: 667 };
const ROUTE = "?from=role%3Amachine-learning-engineer&to=role%3Alead-machine-learning-ops-engineer";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

describe.skipIf(!hasChromium)("at 375×667", () => {
  it("keeps the graph usable with the sheet expanded: it is not squeezed, and its top stays in view", async () => {
    const page = await (await newContext(browser, PHONE)).newPage();
    await openApp(page, "?role=role%3Amlops-engineer");
    const before = await box(page, "cp-graph-view");
    expect(before.height).toBeGreaterThanOrEqual(0.35 * PHONE.height);
    expect(before.width).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole("button", { name: "Show more of the panel" }).tap();
    await expect
      .poll(async () => (await box(page, "aside")).height)
      .toBeGreaterThan(0.5 * PHONE.height);
    const graph = await box(page, "cp-graph-view");
    const sheet = await box(page, "aside");
    // Same size as before (no re-layout), at least ~35 % of the screen.
    expect(graph.height).toBeGreaterThanOrEqual(0.35 * PHONE.height);
    expect(Math.abs(graph.height - before.height)).toBeLessThan(2);
    // A strip of the graph stays visible above the sheet, and what is there is the graph.
    const strip = sheet.y - graph.y;
    expect(strip).toBeGreaterThanOrEqual(100);
    const hit = await page.evaluate(
      ([x, y]) =>
        document
          .querySelector("career-explorer")
          ?.shadowRoot?.elementFromPoint(x as number, y as number)
          ?.closest("cp-graph-view") != null,
      [graph.x + 60, graph.y + strip / 2],
    );
    expect(hit).toBe(true);
    await shot(page, "phone-sheet-expanded");
    // …and the handle brings the whole graph back.
    await page.getByRole("button", { name: "Show more of the graph" }).tap();
    await expect
      .poll(async () => (await box(page, "aside")).y)
      .toBeGreaterThan(graph.y + graph.height - 20);
    await page.close();
  });

  it("shows a found route's first step without scrolling", async () => {
    const page = await (await newContext(browser, PHONE)).newPage();
    await openApp(page, ROUTE);
    const first = page.locator("cp-route-finder li.step").first();
    await first.waitFor();
    await page.waitForTimeout(300);
    const aside = await box(page, "aside");
    const head = await box(page, "cp-route-finder li.step .step-head");
    expect(head.y).toBeGreaterThanOrEqual(aside.y);
    expect(head.y + head.height).toBeLessThanOrEqual(
      Math.min(aside.y + aside.height, PHONE.height),
    );
    // The page itself did not scroll: the header is still at the top.
    expect((await box(page, "cp-header")).y).toBe(0);
    await shot(page, "phone-route-first-step");

    // Editing the question afterwards leaves the panel where the person is working.
    await page.locator("aside").evaluate((el) => {
      el.scrollTop = 0;
    });
    // A click without scrolling to the control (a real finger would scroll there first; the
    // point is that the answer does not pull the panel away afterwards).
    await page.locator('cp-route-finder input[value="steps"]').evaluate((el) => {
      (el as HTMLInputElement).click();
    });
    await expect.poll(() => search(page).get("mode")).toBe("steps");
    await page.waitForTimeout(600);
    expect(await page.locator("aside").evaluate((el) => el.scrollTop)).toBe(0);
    await page.close();
  });
});

describe.skipIf(!hasChromium)("Share", () => {
  it("copies the address of the view on show and says so", async () => {
    const context = await newContext(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await openApp(page, "?compare=role%3Amlops-engineer,role%3Adevops-engineer");
    const button = page.getByRole("button", { name: "Share a link to this view" });
    await button.click();
    await expect
      .poll(() => page.locator("cp-share-link [role=status]").textContent())
      .toBe("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await shot(page, "share-copied");
    await context.close();
  });

  it("without a clipboard, shows the address selected, ready to copy", async () => {
    const context = await newContext(browser, PHONE);
    await context.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    await openApp(page, "?role=role%3Amlops-engineer");
    await page.getByRole("button", { name: "Share a link to this view" }).tap();
    const input = page.getByRole("textbox", { name: "Copy this link" });
    await input.waitFor();
    const state = await input.evaluate((el) => {
      const i = el as HTMLInputElement;
      return { value: i.value, start: i.selectionStart, end: i.selectionEnd };
    });
    expect(state).toEqual({ value: page.url(), start: 0, end: page.url().length });
    const b = await input.boundingBox();
    expect(b && b.x >= 0 && b.x + b.width <= PHONE.width).toBe(true);
    await shot(page, "share-fallback-phone");
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => input.count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!hasChromium)("the chosen route alternative", () => {
  it("is kept in the URL and shown again after a reload", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page, ROUTE);
    const option = page.locator("cp-route-finder .alt", { hasText: "Option 2" });
    await option.waitFor();
    await option.click();
    await expect.poll(() => search(page).get("alt")).toBe("1");
    const text = (await option.textContent())?.replace(/\s+/g, " ") ?? "";
    const learn = /(\d+) to learn/.exec(text)?.[1];
    expect(learn).toBeDefined();

    await page.reload();
    await page.waitForSelector("career-explorer[ready]");
    const checked = page.locator("cp-route-finder .alt:has(input:checked)");
    await expect.poll(async () => (await checked.textContent())?.includes("Option 2")).toBe(true);
    await expect
      .poll(async () => (await page.locator("cp-route-finder .summary").textContent()) ?? "")
      .toMatch(new RegExp(`^\\s*${learn} skills`));
    await shot(page, "route-alternative-reloaded");

    // Back to the best route: the parameter goes away.
    await page.locator("cp-route-finder .alt", { hasText: "Best" }).click();
    await expect.poll(() => search(page).get("alt")).toBeNull();
    await page.close();
  });
});
