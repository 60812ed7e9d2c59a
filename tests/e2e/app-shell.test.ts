/**
 * The app element's shell: the "/" shortcut on a fresh page and between two explorers, `src`
 * changes that reload (cancelling a stale load), and the theming surface (custom properties and
 * parts) an embedding page styles.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { cyIds, launch, newContext, openApp, url } from "./support/browser.ts";
import { activeElementInfo } from "./support/page-helpers.ts";

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

/** Serves `embed.html`: the built app's script, the page's own head and body. */
async function embed(head: string, body: string): Promise<void> {
  const built = readFileSync(`${inject("distDir")}/index.html`, "utf8");
  const script = built.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
  expect(script).toBeTruthy();
  await page.route("**/embed.html", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Embed</title>
        <script type="module" src="${script}"></script>${head}</head>
        <body><h1>Someone else's page</h1>${body}</body></html>`,
    }),
  );
  await page.route("**/kitchen.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: readFileSync("tests/fixtures/kitchen-careers.json", "utf8"),
    }),
  );
}

/** The title the header shows for the data on show. */
const subtitle = (index = 0) =>
  page.evaluate(
    (i) =>
      document.querySelectorAll("career-explorer")[i]?.shadowRoot?.querySelector("cp-header")
        ?.subtitle,
    index,
  );

describe("the / shortcut", () => {
  it("focuses the search on a freshly loaded page, where nothing has focus yet", async () => {
    await openApp(page);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press("/");
    expect(await activeElementInfo(page)).toMatchObject({ tag: "input", role: "combobox" });
    // Typed into a field, "/" is just a character.
    await page.keyboard.type("a/b");
    const value = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el as HTMLInputElement).value;
    });
    expect(value).toBe("a/b");
  });

  it("goes to the explorer owning the plain URL parameters, not to a prefixed one", async () => {
    await embed(
      "",
      `<career-explorer id="b" src="./mlops.json" url-prefix="b-" style="height: 480px"></career-explorer>
       <career-explorer id="main" src="./mlops.json" style="height: 480px"></career-explorer>`,
    );
    await page.goto(url("embed.html"));
    await page.waitForSelector("#b[ready]");
    await page.waitForSelector("#main[ready]");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(await activeElementInfo(page)).toMatchObject({ role: "combobox" });
  });
});

describe("src changes", () => {
  it("reload the explorer; a load still under way is cancelled and never shown", async () => {
    await embed("", `<career-explorer src="./mlops.json" style="height: 560px"></career-explorer>`);
    const aborted: string[] = [];
    page.on("requestfailed", (r) => aborted.push(r.url()));
    // A document that answers late: replaced before it arrives.
    await page.route("**/slow.json", async (route) => {
      await new Promise((r) => setTimeout(r, 2_500));
      await route.fulfill({ contentType: "application/json", body: "{}" }).catch(() => {});
    });
    await page.goto(url("embed.html"));
    await page.waitForSelector("career-explorer[ready]");
    expect(await subtitle()).toBe("MLOps careers");
    await page.evaluate(() =>
      document.querySelector("career-explorer")?.setAttribute("src", "./slow.json"),
    );
    await page.waitForTimeout(200);
    await page.evaluate(() =>
      document.querySelector("career-explorer")?.setAttribute("src", "./kitchen.json"),
    );
    await page.waitForSelector("career-explorer[ready]");
    expect(await subtitle()).toBe("Restaurant kitchen careers");
    expect(await cyIds(page, "node.role")).toHaveLength(10);
    // The slow answer's time passes: the kitchen stays, the slow request was aborted.
    await page.waitForTimeout(2_800);
    expect(await subtitle()).toBe("Restaurant kitchen careers");
    expect(await page.locator("career-explorer[failed]").count()).toBe(0);
    expect(aborted.some((u) => u.endsWith("/slow.json"))).toBe(true);
  });
});

describe("theming", () => {
  it("a page stylesheet sets the accent colour and styles the exposed parts", async () => {
    await embed(
      `<style>
        career-explorer { --cp-accent: rgb(1, 2, 3); }
        career-explorer::part(header) { border-top: 5px solid rgb(4, 5, 6); }
        career-explorer::part(view-button) { text-transform: uppercase; }
        career-explorer::part(panel) { background: rgb(7, 8, 9); }
      </style>`,
      `<career-explorer src="./mlops.json" style="height: 560px"></career-explorer>`,
    );
    await page.goto(url("embed.html"));
    await page.waitForSelector("career-explorer[ready]");
    const styles = await page.evaluate(() => {
      const root = document.querySelector("career-explorer")?.shadowRoot;
      const header = root?.querySelector("cp-header");
      const logo = header?.shadowRoot?.querySelector(".brand rect");
      const button = header?.shadowRoot?.querySelector('nav[aria-label="Views"] button');
      const panel = root?.querySelector("aside");
      const style = (el: Element | null | undefined) => (el ? getComputedStyle(el) : undefined);
      return {
        logoFill: style(logo)?.fill,
        headerBorder: style(header)?.borderTop,
        button: style(button)?.textTransform,
        panel: style(panel)?.backgroundColor,
      };
    });
    expect(styles).toEqual({
      logoFill: "rgb(1, 2, 3)",
      headerBorder: "5px solid rgb(4, 5, 6)",
      button: "uppercase",
      panel: "rgb(7, 8, 9)",
    });
  });
});
