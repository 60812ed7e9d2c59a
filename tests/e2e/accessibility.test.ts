/** Keyboard-only use, and axe-core on every view in light and dark. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations as serious } from "./support/axe.ts";
import { cyClasses, launch, newContext, openApp, shot } from "./support/browser.ts";
import { activeElementInfo, panelTitle, search, tabTo } from "./support/page-helpers.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("keyboard only", () => {
  it("Tab to the role list, arrows to a role, Enter to focus it, follow a next step, Esc to clear", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    // The list follows the canvas's lanes: arrow down to the ladder's first rung.
    await tabTo(page, (a) => a.role === "option");
    for (let i = 0; i < 20; i++) {
      if ((await activeElementInfo(page)).text.startsWith("Machine Learning Engineer")) break;
      await page.keyboard.press("ArrowDown");
    }
    expect((await activeElementInfo(page)).text).toMatch(/^Machine Learning Engineer/);
    await page.keyboard.press("ArrowDown");
    expect((await activeElementInfo(page)).text).toMatch(/^Senior Machine Learning Engineer/);
    await page.keyboard.press("Enter");
    await expect.poll(() => panelTitle(page)).toBe("Senior Machine Learning Engineer");
    // Focus moved to the panel title; the next Tab stops reach the panel's buttons.
    expect((await activeElementInfo(page)).tag).toBe("h2");
    await tabTo(page, (a) => a.tag === "button" && a.text.startsWith("Machine Learning Architect"));
    await page.keyboard.press("Enter");
    await expect.poll(() => panelTitle(page)).toBe("Machine Learning Architect");
    expect(await cyClasses(page, "role:machine-learning-architect")).toContain("focused");
    await shot(page, "keyboard-architect");

    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("cp-role-list").count()).toBe(1);
    expect(search(page).get("role")).toBeNull();
    expect((await activeElementInfo(page)).role).toBe("option");
    // The list is the one left when the panel opened, its tab stop on the role last chosen in it.
    expect((await activeElementInfo(page)).text).toMatch(/^Senior Machine Learning Engineer/);

    // The header search works from the keyboard too.
    await page.keyboard.press("/");
    expect((await activeElementInfo(page)).role).toBe("combobox");
    await page.keyboard.type("kubernetes");
    await page.keyboard.press("Enter");
    await expect.poll(() => panelTitle(page)).toBe("Kubernetes");
  });
});

describe("axe-core", () => {
  const views = [
    ["home", ""],
    ["role", "?role=role%3Amlops-engineer"],
    ["item", "?role=tool%3Akubernetes"],
    [
      "route",
      "?from=role%3Amachine-learning-engineer&to=role%3Alead-machine-learning-ops-engineer",
    ],
    ["compare", "?compare=role%3Amlops-engineer,role%3Adevops-engineer,role%3Adata-engineer"],
    ["about", "?view=about"],
  ] as const;
  for (const scheme of ["light", "dark"] as const) {
    it(`finds no serious or critical violations on any view (${scheme})`, async () => {
      const context = await newContext(browser, { colorScheme: scheme });
      const problems: string[] = [];
      for (const [name, query] of views) {
        const page = await context.newPage();
        await openApp(page, query);
        await page.waitForTimeout(300);
        problems.push(...(await serious(page)).map((p) => `${name}: ${p}`));
        if (scheme === "dark" || name === "about") await shot(page, `${name}-${scheme}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
