/**
 * "My path" in Chromium against the production build: skills ticked from three places count
 * everywhere (fit, frontier, routes); a plan keeps its progress and notes across a reload and in
 * a second tab; it exports as Markdown; a corrupted store is reset with a message.
 */
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { launch, newContext, openApp, shot } from "./support/browser.ts";
import { panelTitle } from "./support/page-helpers.ts";

const MLE = "role:machine-learning-engineer";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const toggle = (page: Page, scope: string, label: string) =>
  page.locator(`${scope} button.have-toggle[aria-label="I have ${label}"]`).first();

/** The profile as stored, read straight from IndexedDB. */
function storedHave(page: Page, key = "mlops"): Promise<string[]> {
  return page.evaluate(
    (dataKey) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("career-path-explorer");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("profile", "readonly");
          const get = tx.objectStore("profile").get("profile");
          get.onsuccess = () => {
            const value = get.result as { dataSets?: Record<string, { have: string[] }> };
            resolve(value?.dataSets?.[dataKey]?.have ?? []);
          };
        };
      }),
    key,
  );
}

async function routeLearnCount(page: Page): Promise<number> {
  const text = await page.locator("cp-route-finder .summary strong").first().textContent();
  return Number(text);
}

describe("My path", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });

  it("skills ticked in the role panel, the item panel and a route step count everywhere", async () => {
    await openApp(page, `?role=${MLE}`);
    await expect.poll(() => panelTitle(page)).toBe("Machine Learning Engineer");
    // 1. The role panel: tick Python beside the requirement.
    await toggle(page, "cp-role-panel", "Python").click();
    await expect
      .poll(() => page.locator("cp-role-panel .fit-line").textContent())
      .toMatch(/You have 1 of \d+/);

    // 2. The item panel: open a skill, "I have this skill".
    await page.goto(new URL("?role=skill:ml-fundamentals", page.url()).href);
    await page.waitForSelector("career-explorer[ready]");
    const have = page.locator('cp-item-panel button[aria-pressed="false"]', {
      hasText: "I have this",
    });
    await have.click();
    await expect
      .poll(() => page.locator('cp-item-panel button[aria-pressed="true"]').count())
      .toBe(1);

    // 3. A route step: the route from my skills to a senior role lists what to learn.
    await page.goto(new URL("?to=role:lead-machine-learning-ops-engineer", page.url()).href);
    await page.waitForSelector("career-explorer[ready]");
    await expect.poll(() => routeLearnCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await routeLearnCount(page);
    const firstLearn = page.locator("cp-route-finder .learn button.have-toggle").first();
    await firstLearn.click();
    await expect.poll(() => routeLearnCount(page), { timeout: 10_000 }).toBe(before - 1);
    // The page shows a change at once and stores it after (the store opens after the first
    // view, so a change made sooner is written once it is open).
    await expect.poll(() => storedHave(page)).toHaveLength(3);

    // My path: the fit ranking and the frontier reflect the three.
    await page.locator('cp-header nav[aria-label="Views"] button', { hasText: "My path" }).click();
    await expect.poll(() => page.locator("cp-my-path .chips.mine li").count()).toBe(3);
    await expect
      .poll(() => page.locator("cp-my-path .frontier li.card").count())
      .toBeGreaterThan(0);
    const top = await page.locator("cp-my-path .ranking li .figures").first().textContent();
    expect(top).toMatch(/\d+ % fit · you have [1-9]\d* of \d+/);
    // The frontier is marked on the graph.
    const marked = await page.evaluate(() => {
      const cy = document.querySelector("career-explorer")?.testHooks.cy;
      return cy ? cy.nodes(".frontier").length : -1;
    });
    expect(marked).toBeGreaterThan(0);
    await shot(page, "my-path-skills");

    // Search results say which items are in my skills.
    const searchBox = page.locator("cp-search input");
    await searchBox.fill("Python");
    await expect
      .poll(() =>
        page
          .locator('cp-search [role="option"]')
          .filter({ hasText: "Python" })
          .first()
          .textContent(),
      )
      .toContain("in my skills");
    await searchBox.fill("");
  });

  it("a plan's progress and notes survive a reload and show in a second tab", async () => {
    await page.goto(new URL("?to=role:lead-machine-learning-ops-engineer", page.url()).href);
    await page.waitForSelector("career-explorer[ready]");
    await expect.poll(() => routeLearnCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator("cp-route-finder button", { hasText: "Make this my plan" }).click();
    await page.locator('cp-header nav[aria-label="Views"] button', { hasText: "My path" }).click();
    const items = page.locator("cp-my-path .plan-item");
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    const first = items.nth(0);
    const firstName = ((await first.locator(".item-label").textContent()) ?? "").trim();
    await first.locator("select").selectOption("learning");
    const second = items.nth(1);
    const secondName = ((await second.locator(".item-label").textContent()) ?? "").trim();
    await second.locator("select").selectOption("done");
    await first.locator("details.note summary").click();
    await first.locator("textarea").fill("Course booked for March");
    await first.locator("textarea").blur();
    await expect
      .poll(() => page.locator("cp-my-path .overall").textContent())
      .toMatch(/1 of \d+.*1 learning/s);

    // A second tab of the same browser sees the same plan, and follows changes live.
    const other = await context.newPage();
    await openApp(other, "?view=path");
    const otherItem = other.locator("cp-my-path .plan-item", { hasText: firstName });
    await expect.poll(() => otherItem.locator("select").inputValue()).toBe("learning");
    await expect
      .poll(() => otherItem.locator("textarea").inputValue())
      .toBe("Course booked for March");
    await items.nth(2).locator("select").selectOption("done");
    await expect
      .poll(() => other.locator("cp-my-path .overall").textContent(), { timeout: 5_000 })
      .toMatch(/2 of \d+/);

    // A reload keeps it.
    await page.reload();
    await page.waitForSelector("career-explorer[ready]");
    const reloaded = page.locator("cp-my-path .plan-item", { hasText: secondName });
    await expect.poll(() => reloaded.locator("select").inputValue()).toBe("done");
    await shot(page, "my-path-plan");

    // Markdown export: the checklist with statuses and the note.
    const download = page.waitForEvent("download");
    await page.locator("cp-my-path button", { hasText: "Export as Markdown" }).click();
    const file = await (await download).path();
    const md = readFileSync(file, "utf8");
    expect(md).toContain(`[~] ${firstName.replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&")}`);
    expect(md).toContain("> Course booked for March");
    expect(md).toMatch(/\[x\] /);
    await other.close();
  });

  it("exports the profile, clears it, and imports it back; a wrong file changes nothing", async () => {
    await page.goto(new URL("?view=path", page.url()).href);
    await page.waitForSelector("career-explorer[ready]");
    const chips = page.locator("cp-my-path .chips.mine li");
    await expect.poll(() => chips.count()).toBeGreaterThan(0);
    const before = await chips.count();
    const download = page.waitForEvent("download");
    await page.locator("cp-my-path button", { hasText: "Export my data" }).click();
    const saved = await (await download).path();
    expect(JSON.parse(readFileSync(saved, "utf8")).format).toBe("career-path-explorer/profile");

    page.once("dialog", (d) => void d.accept());
    await page.locator("cp-my-path button", { hasText: "Clear my data" }).click();
    await expect.poll(() => chips.count()).toBe(0);
    await expect.poll(() => storedHave(page)).toEqual([]);

    const fileInput = page.locator('cp-my-path input[type="file"]');
    await fileInput.setInputFiles({
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"nodes": []}'),
    });
    await expect
      .poll(() => page.locator("cp-toast .toast").allTextContents())
      .toContainEqual(
        expect.stringMatching(/notes\.json: it is not a Career Path Explorer profile/),
      );
    expect(await chips.count()).toBe(0);

    await fileInput.setInputFiles(saved);
    await expect.poll(() => chips.count()).toBe(before);
    await expect.poll(() => storedHave(page)).toHaveLength(before);
  });

  it("prints the whole plan, without the graph or the header", async () => {
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() => {
      const app = document.querySelector("career-explorer");
      const root = app?.shadowRoot;
      const visible = (el: Element | null | undefined) => !!el?.checkVisibility();
      const path = root?.querySelector("cp-my-path");
      const plan = path?.shadowRoot?.querySelector("section.plan");
      const ranking = path?.shadowRoot?.querySelector('section[aria-labelledby="h-fit"]');
      return {
        header: visible(root?.querySelector("cp-header")),
        graph: visible(root?.querySelector("cp-graph-view")),
        plan: visible(plan),
        ranking: visible(ranking),
        cut: plan ? plan.scrollHeight > (plan as HTMLElement).offsetHeight + 1 : true,
      };
    });
    await page.emulateMedia({ media: "screen" });
    expect(shown).toEqual({ header: false, graph: false, plan: true, ranking: false, cut: false });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });

  it("stays accessible in light, dark and at 375 px", async () => {
    for (const o of [
      { colorScheme: "light" as const },
      { colorScheme: "dark" as const },
      { width: 375, height: 667 },
    ]) {
      const ctx = await newContext(browser, o);
      const p = await ctx.newPage();
      await openApp(p, "?view=path");
      await p.locator("cp-my-path").waitFor();
      expect(await seriousViolations(p)).toEqual([]);
      await ctx.close();
    }
  });

  it("a corrupted store is reported and reset, and the app still works", async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("career-path-explorer");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("profile", "readwrite");
            tx.objectStore("profile").put({ version: 1, dataSets: "oops" }, "profile");
            tx.oncomplete = () => resolve();
          };
        }),
    );
    await page.reload();
    await page.waitForSelector("career-explorer[ready]");
    await expect
      .poll(() => page.locator("cp-toast .toast").allTextContents())
      .toContainEqual(expect.stringMatching(/could not be read.*reset/));
    expect(await storedHave(page)).toEqual([]);
    // Still usable: a skill added now is stored in the fresh profile.
    const input = page.locator("cp-my-path cp-combobox input").first();
    await input.fill("Python");
    await page
      .locator('cp-my-path cp-combobox [role="option"]')
      .filter({ hasText: "Python" })
      .first()
      .click();
    await expect.poll(() => storedHave(page)).toEqual(["skill:python"]);
    await context.close();
  });
});

describe("fit with no skills yet", () => {
  it("is worked out when My path is opened: every role ranked, with how much each asks", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    await page.getByRole("button", { name: "My path" }).first().click();
    await expect.poll(() => page.locator("cp-my-path .ranking li").count()).toBe(15);
    expect(await page.locator("cp-my-path #h-fit").textContent()).toContain("(15)");
    expect(await page.locator("cp-my-path .ranking li .figures").first().textContent()).toMatch(
      /0 % fit · you have 0 of \d+/,
    );
  });
});
