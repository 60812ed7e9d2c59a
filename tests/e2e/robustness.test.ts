/**
 * Bad and hostile input in the browser: script in the data is shown as text and never runs,
 * every broken document ends in `failed` (never stuck loading), a network problem offers Retry,
 * a link with many problems makes one message, and two explorers on a page keep their own state.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { cyIds, launch, newContext, openApp, shot, url } from "./support/browser.ts";

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

type Loose = Record<string, unknown>;
const mlops = () =>
  JSON.parse(readFileSync("graph-data/mlops.json", "utf8")) as Loose & {
    nodes: Loose[];
    edges: Loose[];
  };

async function serveData(body: string, status = 200): Promise<void> {
  await page.route("**/mlops.json", (route) =>
    route.fulfill({ status, contentType: "application/json", body }),
  );
}

/** Every element in the page, shadow roots included, with an attribute that could run script. */
function scriptableElements(): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll("*")) {
        for (const a of el.getAttributeNames())
          if (a.startsWith("on")) found.push(`${el.tagName} ${a}`);
        if (el.tagName === "SCRIPT" && el.textContent?.includes("__pwned")) found.push("SCRIPT");
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe("hostile content", () => {
  it("shows HTML and script in labels, aliases and descriptions as text, never runs it", async () => {
    const doc = mlops();
    const role = doc.nodes.find((n) => n.id === "role:mlops-engineer") as Loose;
    const img = "<img src=x onerror=window.__pwned=1>";
    role.label = `MLOps ${img}`;
    role.aliases = ['"><script>window.__pwned=2</script>', "\u202eenigne\u200b"];
    role.description = `</p><svg onload="window.__pwned=3"> 'quotes' & "more"`;
    // "constructor" is a valid vocabulary id: it must be a plain key, not Object's constructor.
    const vocabulary = doc.vocabulary as { tracks: Loose[]; levels: Loose[] };
    vocabulary.tracks.push({ id: "constructor", label: "Constructor track <b>bold</b>" });
    vocabulary.levels.push({ id: "constructor", label: "Constructor level" });
    role.track = "constructor";
    role.level = "constructor";
    const skill = doc.nodes.find((n) => n.kind === "skill") as Loose;
    skill.label = "__proto__";
    const tool = doc.nodes.find((n) => n.kind === "tool") as Loose;
    tool.label = "constructor";
    await serveData(JSON.stringify(doc));
    await openApp(page, "?role=role%3Amlops-engineer");
    await expect.poll(() => page.locator("aside h2").first().textContent()).toContain(img);
    expect(await page.getByText('</p><svg onload="window.__pwned=3">').count()).toBeGreaterThan(0);
    expect(await page.getByText("Constructor track <b>bold</b>").count()).toBeGreaterThan(0);
    await page.goto(url("?role=__proto__"));
    await page.waitForSelector("career-explorer[ready]");
    await expect.poll(() => page.locator("aside h2").first().textContent()).toBe("__proto__");
    await page.goto(url("?role=constructor"));
    await page.waitForSelector("career-explorer[ready]");
    await expect.poll(() => page.locator("aside h2").first().textContent()).toBe("constructor");
    expect(await scriptableElements()).toEqual([]);
    expect(await pwned()).toBeUndefined();
    await shot(page, "hostile-labels");
  });
});

describe("every broken document ends in failed", () => {
  it("a 20,000-deep kind, a BOM, an empty node list", async () => {
    const text = JSON.stringify(mlops()).replace(
      '"kind":"progression"',
      `"kind":${"[".repeat(20_000)}${"]".repeat(20_000)}`,
    );
    await serveData(text);
    await page.goto(url());
    await page.waitForSelector("career-explorer[failed]", { timeout: 15_000 });
    expect(await page.locator("cp-load-error section").textContent()).toMatch(
      /edges\[\d+\]\.kind.*nested more than 32 levels deep/,
    );
    await page.unrouteAll();
    await serveData(`\ufeff${JSON.stringify(mlops())}`);
    await openApp(page);
    await page.unrouteAll();
    await serveData(JSON.stringify({ ...mlops(), nodes: [], edges: [] }));
    await page.goto(url());
    await page.waitForSelector("career-explorer[failed]");
    expect(await page.locator("cp-load-error section").textContent()).toMatch(
      /nodes.*is empty: there are no roles, skills or tools to show/,
    );
  });

  it("a document with no roles, or roles and nothing else, still ends ready or failed", async () => {
    const doc = mlops();
    const skillsOnly = { ...doc, nodes: doc.nodes.filter((n) => n.kind === "skill"), edges: [] };
    const rolesOnly = { ...doc, nodes: doc.nodes.filter((n) => n.kind === "role"), edges: [] };
    for (const [i, variant] of [skillsOnly, rolesOnly].entries()) {
      await page.unrouteAll();
      await serveData(JSON.stringify(variant));
      await page.goto(url(`?n=${i}`));
      await page.waitForSelector("career-explorer[ready], career-explorer[failed]", {
        timeout: 15_000,
      });
    }
  });

  it("a network problem names its cause and offers Retry, which loads the data", async () => {
    await serveData("", 404);
    await page.goto(url());
    await page.waitForSelector("career-explorer[failed]");
    const text = await page.locator("cp-load-error section").textContent();
    expect(text).toMatch(/was not found \(HTTP 404\)/);
    expect(text).not.toMatch(/Fix the file|npm run validate/);
    await shot(page, "network-retry");
    await page.unrouteAll();
    await page.locator("cp-load-error").getByRole("button", { name: "Retry" }).click();
    await page.waitForSelector("career-explorer[ready]");
    expect(await page.locator("career-explorer[failed]").count()).toBe(0);
  });

  it("a web page where the JSON should be says so", async () => {
    await page.route("**/mlops.json", (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><p>Sign in</p>" }),
    );
    await page.goto(url());
    await page.waitForSelector("career-explorer[failed]");
    expect(await page.locator("cp-load-error section").textContent()).toMatch(
      /is not JSON: the server sent a web page/,
    );
  });
});

describe("links with many problems", () => {
  it("500 unknown have= items make one message; 5 compared roles say only 4 are", async () => {
    const have = Array.from({ length: 500 }, (_, i) => `nothing-${i}`).join(",");
    await openApp(page, `?to=MLOps%20Engineer&have=${have}`);
    const toast = page.locator("cp-toast .toast");
    await expect.poll(() => toast.count()).toBe(1);
    expect(await toast.first().textContent()).toMatch(/500 skills or tools in the link/);
    const five = [
      "role:mlops-engineer",
      "role:devops-engineer",
      "role:data-engineer",
      "role:machine-learning-engineer",
      "role:senior-machine-learning-engineer",
    ];
    await openApp(page, `?compare=${five.join(",")}`);
    await expect
      .poll(() => page.locator("cp-toast .toast").first().textContent())
      .toMatch(/Only 4 roles can be compared at once/);
    expect((await cyIds(page, ".compared")).filter((id) => id.startsWith("role:"))).toHaveLength(4);
  });

  it("a 10 KB ?role= opens at once with one short message", async () => {
    const took = await openApp(page, `?role=${"x".repeat(10_000)}`);
    expect(took).toBeLessThan(10_000);
    const toast = page.locator("cp-toast .toast");
    await expect.poll(() => toast.count()).toBe(1);
    expect(((await toast.first().textContent()) ?? "").length).toBeLessThan(200);
  });
});

describe("toasts", () => {
  it("a dismissed message stays dismissed when a new one arrives", async () => {
    await openApp(page, "?role=Astronaut");
    const toast = page.locator("cp-toast .toast");
    await expect.poll(() => toast.count()).toBe(1);
    await toast.first().getByRole("button", { name: "Dismiss message" }).click();
    await expect.poll(() => toast.count()).toBe(0);
    await page.evaluate(() => {
      history.pushState(null, "", "?role=Cosmonaut");
      dispatchEvent(new PopStateEvent("popstate", { state: null }));
    });
    await expect.poll(() => toast.count()).toBe(1);
    expect(await toast.first().textContent()).toMatch(/Cosmonaut/);
  });
});

describe("two explorers on one page", () => {
  it("keep separate state: the second reads and writes only its url-prefix parameters, a third none", async () => {
    const built = readFileSync(`${inject("distDir")}/index.html`, "utf8");
    const script = built.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
    expect(script).toBeTruthy();
    await page.route("**/two.html*", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><title>Two explorers</title>
          <script type="module" src="${script}"></script></head>
          <body><h1>Two explorers</h1>
          <career-explorer id="a" src="./mlops.json" style="display:block;height:520px"></career-explorer>
          <career-explorer id="b" src="./mlops.json" url-prefix="b-" style="display:block;height:520px"></career-explorer>
          <career-explorer id="c" src="./mlops.json" style="display:block;height:520px"></career-explorer>
          </body></html>`,
      }),
    );
    await page.goto(url("two.html?lang=en&role=role%3Amlops-engineer&b-role=role%3Adata-engineer"));
    await page.waitForSelector("#a[ready]");
    await page.waitForSelector("#b[ready]");
    await page.waitForSelector("#c[ready]");
    // The third has no prefix and starts after the first: it keeps to itself, reading no `role`.
    const focusedInC = () =>
      page.evaluate(
        () => document.querySelectorAll("career-explorer")[2]?.testHooks.cy?.$(".focused").length,
      );
    const title = (id: string) => page.locator(`#${id} aside h2`).first().textContent();
    await expect.poll(() => title("a")).toBe("MLOps Engineer");
    await expect.poll(() => title("b")).toBe("Data Engineer");
    await page
      .locator('#b cp-role-panel section[aria-labelledby="h-adjacent"] button')
      .first()
      .click();
    const params = () => new URL(page.url()).searchParams;
    await expect.poll(() => params().get("b-role")).not.toBe("role:data-engineer");
    expect(params().get("role")).toBe("role:mlops-engineer");
    expect(params().get("lang")).toBe("en");
    expect(await title("a")).toBe("MLOps Engineer");
    await page.goBack();
    await expect.poll(() => params().get("b-role")).toBe("role:data-engineer");
    await expect.poll(() => title("b")).toBe("Data Engineer");
    expect(await title("a")).toBe("MLOps Engineer");
    expect(await focusedInC()).toBe(0);
    await shot(page, "two-explorers");
  });
});
