/** Bringing your own graph: the file picker, a broken file, `?src=`, and the exports. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xmlErrorOf } from "../../src/components/cp-app/page-import.ts";
import { exportGraph } from "../../src/data/formats/export.ts";
import { loadGraphText } from "../../src/data/load.ts";
import { cyIds, launch, newContext, openApp, shot } from "./support/browser.ts";
import { cspWatch } from "./support/csp.ts";

const FORMATS = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const roles = async (page: Page) => (await cyIds(page, "node.role")).sort();
/** Opening files, the dialog and the exports stay within the shipped Content-Security-Policy. */
const violations = (page: Page) => cspWatch(page.context()).violations;
/** The data set chooser's entry on show: with a catalog, an opened file is named there. */
const chosen = (page: Page) => page.locator("cp-header select option:checked").textContent();
const note = (page: Page) => page.locator("cp-header .external").textContent();

describe("opening a graph file", () => {
  it("opens a GEXF file from the picker, then keeps it when a broken file fails", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    expect(await roles(page)).toContain("role:mlops-engineer");

    await page.locator("cp-data-menu input[type=file]").setInputFiles(`${FORMATS}kitchen.gexf`);
    await expect
      .poll(() => roles(page), { timeout: 15_000 })
      .toEqual(["role:chef-de-partie", "role:commis", "role:pastry-cook"]);
    await page.waitForSelector("career-explorer[ready]");
    expect(await page.locator('cp-role-list [data-role="role:commis"]').textContent()).toContain(
      "Commis Chef",
    );
    expect(await note(page)).toMatch(/opened from your file/i);
    expect(await chosen(page)).toBe("kitchen.gexf");

    await page.locator("cp-data-menu input[type=file]").setInputFiles(`${FORMATS}broken.gexf`);
    const dialog = page.locator("cp-import-dialog dialog");
    await expect
      .poll(() => dialog.locator("cp-load-error table").textContent())
      .toContain("XML (line 5, column 45)");
    expect(await dialog.textContent()).toContain("The graph that was open is still there.");
    await shot(page, "import-errors");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await roles(page)).toContain("role:commis");

    // The chooser names the opened file and leads back to the built-in data sets.
    expect(await page.locator("cp-header select option:checked").textContent()).toBe(
      "kitchen.gexf",
    );
    await page.locator("cp-header select").selectOption("mlops");
    await expect.poll(() => roles(page)).toContain("role:mlops-engineer");
    expect(await page.locator("cp-header .external").count()).toBe(0);
    expect(violations(page)).toEqual([]);
    await page.close();
  });

  it("exports the open graph as GEXF that names its roles", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    const menu = page.locator("cp-data-menu details");
    await page.locator("cp-data-menu summary").click();
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("open")).toBeNull();
    await page.locator("cp-data-menu summary").click();
    await page
      .locator("cp-role-panel, .stage")
      .first()
      .click({ position: { x: 5, y: 5 } });
    expect(await menu.getAttribute("open")).toBeNull();
    await page.locator("cp-data-menu summary").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('cp-data-menu [data-export="gexf"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe("mlops.gexf");
    const path = await download.path();
    const text = readFileSync(path, "utf8");
    expect(text).toContain("<gexf");
    expect(text).toContain('id="role:mlops-engineer"');
    await page.close();
  });

  it("exports the view as PNG and SVG", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    for (const [format, check] of [
      ["png", (b: Buffer) => b.subarray(1, 4).toString() === "PNG" && b.length > 5_000],
      [
        "svg",
        (b: Buffer) => b.toString().includes("<svg") && b.toString().includes("MLOps Engineer"),
      ],
    ] as const) {
      await page.locator("cp-data-menu summary").click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(`cp-data-menu [data-export="${format}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`mlops.${format}`);
      expect(check(readFileSync(await download.path()))).toBe(true);
    }
    expect(violations(page)).toEqual([]);
    await page.close();
  });

  it("copies the route on show as Markdown", async () => {
    const context = await newContext(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await openApp(page, "?from=role%3Amachine-learning-engineer&to=role%3Amlops-engineer");
    await expect.poll(() => page.locator("cp-route-finder li.step").count()).toBeGreaterThan(1);
    await page.locator("cp-data-menu summary").click();
    await page.locator('cp-data-menu [data-export="route-md"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        /^# Route from Machine Learning Engineer to MLOps Engineer\n\n1\. \*\*Machine Learning Engineer\*\*/,
      );
    await page.close();
  });

  it("opens a nodes.csv and edges.csv pair picked together", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    await page
      .locator("cp-data-menu input[type=file]")
      .setInputFiles([`${FORMATS}nodes.csv`, `${FORMATS}edges.csv`]);
    await expect
      .poll(() => roles(page), { timeout: 15_000 })
      .toEqual(["role:chef-de-partie", "role:commis", "role:pastry-cook"]);
    expect(await chosen(page)).toBe("nodes.csv + edges.csv");
    await page.close();
  });

  it("opens a file dropped on the explorer", async () => {
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    const text = readFileSync(`${FORMATS}kitchen.graphml`, "utf8");
    await page.evaluate((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], "kitchen.graphml", { type: "application/xml" }));
      const target = document.querySelector("career-explorer");
      target?.dispatchEvent(
        new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target?.dispatchEvent(
        new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, text);
    await expect
      .poll(() => roles(page), { timeout: 15_000 })
      .toEqual(["role:chef-de-partie", "role:commis", "role:pastry-cook"]);
    await page.close();
  });

  it("opens a big GraphML file (O*NET, 8 MB) with progress, the page answering meanwhile", async () => {
    const onet = loadGraphText(readFileSync("graph-data/onet.json", "utf8"));
    if (!onet.ok) throw new Error("O*NET does not load");
    const file = join(mkdtempSync(join(tmpdir(), "cpe-big-")), "onet.graphml");
    writeFileSync(file, exportGraph(onet.document, "graphml"));
    const page = await (await newContext(browser)).newPage();
    await openApp(page);
    await page.locator("cp-data-menu input[type=file]").setInputFiles(file);
    const dialog = page.locator("cp-import-dialog dialog");
    await expect.poll(() => dialog.locator("progress").count()).toBe(1);
    await expect.poll(() => dialog.textContent()).toMatch(/checking/i);
    // While the worker parses and checks, the page still paints frames promptly.
    const lags: number[] = [];
    while (/checking/i.test((await dialog.textContent()) ?? "") && lags.length < 20)
      lags.push(
        await page.evaluate(() => {
          const start = performance.now();
          return new Promise<number>((r) =>
            requestAnimationFrame(() => r(performance.now() - start)),
          );
        }),
      );
    expect(lags.length).toBeGreaterThan(0);
    expect(Math.max(...lags)).toBeLessThan(1000);
    await expect.poll(() => chosen(page), { timeout: 40_000 }).toBe("onet.graphml");
    await page.waitForSelector("career-explorer[ready]", { timeout: 20_000 });
    // A big graph opens as an overview; its roles are all in the role list.
    expect(await page.locator("cp-role-list [data-role]").count()).toBeGreaterThan(900);
    await page.close();
  });

  it("reads line and column from this browser's XML errors (the page's fallback parser)", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("about:blank");
    const text = await page.evaluate(
      () =>
        new DOMParser()
          .parseFromString("<gexf>\n  <graph>\n</gexf>", "application/xml")
          .getElementsByTagName("parsererror")[0]?.textContent ?? "",
    );
    expect(xmlErrorOf(text)).toEqual({
      // libxml2's wording varies by version; the page's own text around it is left out.
      message: expect.stringMatching(
        /^(Unexpected closing tag|Opening and ending tag mismatch)[^\n]*(graph|gexf)$/,
      ),
      line: 3,
      column: expect.any(Number),
    });
    await page.close();
  });

  it("opens ?src= from the same origin and says where the data came from", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.route("**/shared/kitchen.graphml", (route) =>
      route.fulfill({
        contentType: "application/xml",
        body: readFileSync(`${FORMATS}kitchen.graphml`, "utf8"),
      }),
    );
    await openApp(page, "?src=shared/kitchen.graphml");
    expect(await roles(page)).toEqual(["role:chef-de-partie", "role:commis", "role:pastry-cook"]);
    expect(await note(page)).toMatch(
      /External data from\s+http:\/\/[^ ]+\/shared\/kitchen\.graphml/,
    );
    await page.close();
  });
});
