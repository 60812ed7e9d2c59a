/**
 * The newcomer's walkthrough defects in search, keyboard and wording (issue 9), in Chromium
 * against the production build: Tab from an empty autocomplete box moves on instead of dropping
 * to <body>; "k8s" finds Kubernetes; a search that matches nothing says so; About names its
 * sources by title; every percentage says what it measures.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { hasChromium, launch, newContext, openApp, shot } from "./support/browser.ts";
import { panelTitle } from "./support/page-helpers.ts";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await (await newContext(browser)).newPage();
});

/**
 * The focused element and its shadow hosts, outermost first, with a role and placeholder where
 * they have one: ["career-explorer", "cp-header", …, "input[combobox]{Search…}"].
 */
function focusPath(): Promise<string[]> {
  return page.evaluate(() => {
    const path: string[] = [];
    let el: Element | null = document.activeElement;
    while (el) {
      const role = el.getAttribute("role");
      const placeholder = el.getAttribute("placeholder");
      path.push(
        el.tagName.toLowerCase() +
          (role ? `[${role}]` : "") +
          (placeholder ? `{${placeholder}}` : ""),
      );
      el = el.shadowRoot?.activeElement ?? null;
    }
    return path;
  });
}

/** Tab once and let the box's blur (it closes its list 150 ms later) run its course. */
async function tab(): Promise<string[]> {
  await page.keyboard.press("Tab");
  await page.waitForTimeout(250);
  return focusPath();
}

const searchBox = () => page.locator("cp-search input[role=combobox]");
const searchStatus = () => page.locator("cp-search cp-combobox [role=status]");

describe.skipIf(!hasChromium)("Tab from an empty autocomplete box", () => {
  it("moves from the empty search box to the next control and on to the panel, never to <body>", async () => {
    await openApp(page, "?role=role%3Amlops-engineer");
    await searchBox().click();
    // The box opens its (scrolling) list of everything on focus: the case that lost focus.
    await expect.poll(() => page.locator("cp-search [role=listbox]").isVisible()).toBe(true);
    const first = await tab();
    expect(first).not.toEqual(["body"]);
    expect(first.at(-1)).not.toMatch(/^input\[combobox\]\{Search|listbox/);
    expect(first).not.toContain("cp-search");

    let path = first;
    for (let i = 0; i < 40 && !path.includes("cp-role-panel"); i++) {
      path = await tab();
      expect(path).not.toEqual(["body"]);
    }
    expect(path).toContain("cp-role-panel");
  });

  it("moves from the empty “have” field of the route finder to the next control", async () => {
    await openApp(page, "?to=role%3Amlops-engineer");
    const have = page.locator(
      'cp-route-finder cp-combobox input[placeholder="Type a skill or tool…"]',
    );
    await have.click();
    const haveBox = "input[combobox]{Type a skill or tool…}";
    await expect.poll(() => focusPath()).toContain(haveBox);
    const next = await tab();
    expect(next).not.toEqual(["body"]);
    expect(next.at(-1)).not.toBe(haveBox);
    expect(next.at(-1)).not.toMatch(/listbox/);
    expect(next).toContain("cp-route-finder");
    // And forward again: still in the form, not looping back to the page's start.
    const after = await tab();
    expect(after).not.toEqual(["body"]);
  });
});

describe.skipIf(!hasChromium)("searching by name", () => {
  it("finds Kubernetes for “k8s” and opens it", async () => {
    await openApp(page);
    await searchBox().fill("k8s");
    const options = page.locator("cp-search [role=option]");
    await expect.poll(() => options.first().textContent()).toContain("Kubernetes");
    await page.keyboard.press("Enter");
    await expect.poll(() => panelTitle(page)).toBe("Kubernetes");
  });

  it("says “No matches for …” when nothing matches, and nothing once it does", async () => {
    await openApp(page);
    await searchBox().fill("qqqzzzxxx");
    await expect.poll(() => searchStatus().textContent()).toBe("No matches for “qqqzzzxxx”");
    expect(await searchStatus().isVisible()).toBe(true);
    expect(await page.locator("cp-search [role=listbox]").isVisible()).toBe(false);
    await shot(page, "search-no-match");
    expect(await seriousViolations(page)).toEqual([]);

    await searchBox().fill("kube");
    await expect.poll(() => page.locator("cp-search [role=listbox]").isVisible()).toBe(true);
    expect(((await searchStatus().textContent()) ?? "").trim()).toBe("");
  });

  it("keeps the “No matches” line readable in the dark theme", async () => {
    page = await (await newContext(browser, { colorScheme: "dark" })).newPage();
    await openApp(page);
    await searchBox().fill("qqqzzzxxx");
    await expect.poll(() => searchStatus().isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe.skipIf(!hasChromium)("words for people", () => {
  it("names the source documents by title in About, with no seed numbers", async () => {
    const doc = JSON.parse(
      readFileSync(new URL("../../graph-data/mlops.json", import.meta.url), "utf8"),
    );
    const titles: string[] = doc.seeds.map((s: { title: string }) => s.title);
    await openApp(page, "?view=about");
    const about = page.locator("cp-about");
    await about.locator("h2").waitFor();
    const links = await about.locator("ul.docs li > a").allInnerTexts();
    expect(links.map((t) => t.trim())).toEqual(titles);
    const text = (await about.innerText()).replace(/\s+/g, " ");
    expect(text).not.toMatch(/\bseeds?\b/i);
    expect(text).not.toMatch(/\b(document|source) [1-5]\b/i);
  });

  it("labels every percentage in the role panel and in Compare with what it measures", async () => {
    const percentages = () =>
      page.evaluate(() => {
        const found: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll("*")) {
            if (el.shadowRoot) walk(el.shadowRoot);
            if (el.tagName === "STYLE") continue;
            for (const n of el.childNodes)
              if (n.nodeType === Node.TEXT_NODE && n.textContent?.includes("%"))
                found.push((el.textContent ?? "").replace(/\s+/g, " ").trim());
          }
        };
        walk(document);
        return found;
      });
    const LABELLED = /^(.*\D)?\d+ ?% (similar|overlap|fit)\b/;

    await openApp(page, "?role=role%3Amlops-engineer");
    await page.locator("cp-role-panel h2").waitFor();
    const inPanel = await percentages();
    expect(inPanel.length).toBeGreaterThan(0);
    for (const t of inPanel) expect(t).toMatch(LABELLED);

    await openApp(page, "?compare=role%3Amlops-engineer,role%3Adevops-engineer");
    await page.locator("cp-compare-view table.sim").waitFor();
    const inCompare = await percentages();
    expect(inCompare.length).toBeGreaterThan(0);
    for (const t of inCompare) expect(t).toMatch(LABELLED);
  });
});
