/** Every URL form opens the same state after a reload; unknown names never blank the page. */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { cyIds, launch, newContext, openApp, shot, url } from "./support/browser.ts";
import { panelTitle, search } from "./support/page-helpers.ts";

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

/** What the user sees, in a form two loads can be compared by. */
async function snapshot() {
  return {
    url: page.url(),
    view: await page.locator('nav[aria-label="Views"] button[aria-current="page"]').textContent(),
    title: await panelTitle(page),
    focused: await cyIds(page, ".focused"),
    route: await cyIds(page, "node.on-route"),
    compared: await cyIds(page, ".compared"),
    steps: await page.locator("cp-route-finder li.step").count(),
  };
}

describe("URL state", () => {
  it.each([
    ["?role=role%3Amlops-engineer", { view: "Explore", title: "MLOps Engineer" }],
    [
      "?role=Machine%20Learning%20Architect",
      { view: "Explore", title: "Machine Learning Architect" },
    ],
    ["?role=tool%3Akubernetes", { view: "Explore", title: "Kubernetes" }],
    [
      "?from=Machine%20Learning%20Engineer&to=Lead%20Machine%20Learning%20Ops%20Engineer",
      { view: "Route", title: "Find a skill route" },
    ],
    [
      "?from=role%3Amachine-learning-engineer&to=role%3Adirector-of-mlops&have=Python,tool%3Adocker&mode=steps",
      { view: "Route", title: "Find a skill route" },
    ],
    [
      "?to=role%3Asenior-mlops-engineer&have=Python",
      { view: "Route", title: "Find a skill route" },
    ],
    [
      "?compare=MLOps%20Engineer,DevOps%20Engineer,Data%20Engineer",
      { view: "Compare", title: "Compare roles" },
    ],
    ["?view=about", { view: "About this data", title: "About this data" }],
    ["?view=path", { view: "My path", title: "My path" }],
  ])("%s opens the same view again after a reload", async (query, expected) => {
    // Routes come from a worker, after `ready`: wait for the steps before reading the view.
    const routed = () =>
      expected.view === "Route"
        ? expect.poll(() => page.locator("cp-route-finder li.step").count()).toBeGreaterThan(1)
        : Promise.resolve();
    await openApp(page, query);
    await routed();
    const first = await snapshot();
    expect(first.view).toBe(expected.view);
    expect(first.title).toBe(expected.title);
    if (expected.view === "Route") expect(first.steps).toBeGreaterThan(1);
    if (expected.view === "Compare") expect(first.compared.length).toBeGreaterThanOrEqual(3);
    await page.reload();
    await page.waitForSelector("career-explorer[ready]");
    await routed();
    expect(await snapshot()).toEqual(first);
  });

  it("keeps the have-list and mode in the URL, as ids", async () => {
    await openApp(
      page,
      "?from=Machine%20Learning%20Engineer&to=Director%20of%20MLOps&have=Python&mode=steps",
    );
    expect(search(page).get("from")).toBe("role:machine-learning-engineer");
    expect(search(page).get("have")).toBe("skill:python");
    expect(search(page).get("mode")).toBe("steps");
    await expect
      .poll(() => page.locator("cp-route-finder .chips .chip").first().textContent())
      .toMatch(/Python/);
  });

  it("an unknown name shows a message and the rest of the app", async () => {
    await openApp(page, "?compare=MLOps%20Engineer,Astronaut,DevOps%20Engineer");
    const toast = page.locator("cp-toast .toast");
    await expect.poll(() => toast.first().textContent()).toMatch(/No role called “Astronaut”/);
    expect(await cyIds(page, ".compared")).toEqual(
      expect.arrayContaining(["role:mlops-engineer", "role:devops-engineer"]),
    );
    await shot(page, "unknown-name-toast");
    await toast.first().getByRole("button", { name: "Dismiss message" }).click();
    await expect.poll(() => toast.count()).toBe(0);
  });

  it("leaves the page's own query parameters alone", async () => {
    await openApp(page, "?utm_source=newsletter&role=MLOps%20Engineer");
    expect(search(page).get("utm_source")).toBe("newsletter");
    await page.locator('cp-role-panel section[aria-labelledby="h-next"] button').first().click();
    await expect.poll(() => search(page).get("role")).not.toBe("role:mlops-engineer");
    expect(search(page).get("utm_source")).toBe("newsletter");
  });

  it("a misspelt role suggests the right one", async () => {
    await openApp(page, "?role=MLOps%20Enginer");
    await expect
      .poll(() => page.locator("cp-toast .toast").first().textContent())
      .toMatch(/Did you mean .*MLOps Engineer/);
    expect(await page.locator("cp-role-list").count()).toBe(1);
  });
});

describe("embedding", () => {
  it("<career-explorer src> works in another page and fires ready", async () => {
    const built = readFileSync(`${inject("distDir")}/index.html`, "utf8");
    const script = built.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
    expect(script).toBeTruthy();
    await page.route("**/embed.html", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><title>Embed</title>
          <script type="module" src="${script}"></script></head>
          <body><h1>Someone else's page</h1>
          <career-explorer src="./mlops.json" style="height: 560px"></career-explorer>
          <script>
            window.readyEvents = 0;
            document.querySelector("career-explorer").addEventListener("ready", () => window.readyEvents++);
          </script></body></html>`,
      }),
    );
    await page.goto(url("embed.html"));
    await page.waitForSelector("career-explorer[ready]");
    expect(
      await page.evaluate(() => (window as unknown as { readyEvents: number }).readyEvents),
    ).toBe(1);
    expect(await cyIds(page, "node.role")).toHaveLength(15);
    await shot(page, "embedded");
    // Removing the element tears Cytoscape down; putting it back draws the graph again.
    const lifecycle = await page.evaluate(async () => {
      const el = document.querySelector("career-explorer");
      if (!el) return null;
      const first = el.testHooks.cy;
      el.remove();
      const destroyed = first?.destroyed();
      document.body.append(el);
      await new Promise((r) => requestAnimationFrame(r));
      const second = el.testHooks.cy;
      return { destroyed, redrawn: second !== first && second?.nodes(".role").length };
    });
    expect(lifecycle).toEqual({ destroyed: true, redrawn: 15 });
  });
});

describe("history writes", () => {
  it("leave a URL that already says what is shown alone, and still record a click", async () => {
    const p = await (await newContext(browser)).newPage();
    await p.addInitScript(() => {
      const w = window as unknown as { __writes: string[] };
      w.__writes = [];
      for (const kind of ["replaceState", "pushState"] as const) {
        const original = history[kind].bind(history);
        history[kind] = (...args: Parameters<History["pushState"]>) => {
          w.__writes.push(`${kind} ${String(args[2])}`);
          original(...args);
        };
      }
    });
    await openApp(p);
    const writes = () => p.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
    expect(await writes()).toEqual([]);
    await p.getByRole("option", { name: /^Senior MLOps Engineer/ }).click();
    await expect.poll(() => panelTitle(p)).toBe("Senior MLOps Engineer");
    expect(await writes()).toEqual(["pushState /?role=role%3Asenior-mlops-engineer"]);
    await p.goBack();
    await expect.poll(() => search(p).get("role")).toBeNull();
  });
});
