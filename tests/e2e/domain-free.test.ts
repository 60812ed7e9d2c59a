/**
 * The domain lives in the data: a small restaurant-kitchen document, written for the tests, runs
 * in the app with its own tracks, grades, wording and hourly pay, and nothing from the built-in
 * MLOps data set (or its seed documents) leaks into the UI. Also the data set chooser.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { launch, newContext, openApp, SHOTS, shot, url } from "./support/browser.ts";
import { allUiText, KITCHEN_FILE, serveCatalog } from "./support/data-sets.ts";
import { panelTitle, search } from "./support/page-helpers.ts";

const KITCHEN = {
  id: "kitchen",
  title: "Restaurant kitchen careers",
  file: "kitchen-careers.json",
};
const MLOPS_WORDS = /mlops|machine learning|ml engineering|\bseeds?\b/i;

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

async function expectNoMlopsWords(where: string): Promise<void> {
  const text = await allUiText(page);
  // The walk reaches into the shadow roots: the data set's own words are there.
  expect(text).toContain("Restaurant kitchen careers");
  expect(text).toMatch(/Positions|positions/);
  const hit = MLOPS_WORDS.exec(text);
  expect(
    hit ? `${where}: “…${text.slice(Math.max(0, hit.index - 60), hit.index + 40)}…”` : null,
  ).toBeNull();
}

/** Track labels by the height of one of their roles on the canvas. */
async function canvasLanes(): Promise<string[]> {
  const first = {
    Kitchen: "role:commis-chef",
    Pastry: "role:commis-pastry-chef",
    "Front of house": "role:server",
  };
  const ys = await page.evaluate((ids) => {
    const cy = document.querySelector("career-explorer")?.testHooks.cy;
    return ids.map((id) => cy?.getElementById(id).position().y ?? Number.NaN);
  }, Object.values(first));
  return Object.keys(first)
    .map((label, i) => ({ label, y: ys[i] ?? Number.NaN }))
    .sort((a, b) => a.y - b.y)
    .map((l) => l.label);
}

const texts = (selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? "").trim()));

describe("a non-MLOps data set (restaurant kitchen careers)", () => {
  beforeEach(async () => {
    await serveCatalog(page, [KITCHEN], { "kitchen-careers.json": KITCHEN_FILE });
  });

  it("shows its own tracks in order, its words and title, and no MLOps word anywhere", async () => {
    await openApp(page);
    expect(await page.title()).toBe("Restaurant kitchen careers · Career Path Explorer");
    // The legend and the role list read in the canvas's lane order, top to bottom.
    const lanes = await canvasLanes();
    expect([...lanes].sort()).toEqual(["Front of house", "Kitchen", "Pastry"]);
    expect(await texts("cp-legend li.track")).toEqual(lanes);
    expect(await texts("cp-role-list .group")).toEqual(lanes);
    expect(await page.locator('cp-role-list [role="listbox"]').getAttribute("aria-label")).toBe(
      "Positions",
    );
    // One catalog entry: nothing to choose.
    expect(await page.locator("cp-header select").count()).toBe(0);
    await expectNoMlopsWords("home");
    await shot(page, "kitchen-home");

    await page.locator('cp-role-list [data-role="role:chef-de-partie"]').click();
    await expect.poll(() => panelTitle(page)).toBe("Chef de Partie");
    const eyebrow = await page.locator("cp-role-panel .eyebrow").textContent();
    expect(eyebrow?.replace(/\s+/g, " ").trim()).toBe("Kitchen · Chef de partie · K-201");
    expect(await page.locator("cp-role-panel .band strong").first().textContent()).toBe(
      "£12.75–£14.80 / hour",
    );
    expect(await page.locator("cp-role-panel .reqs .rating").allTextContents()).toContain(
      "importance 4.1 · level 4.4",
    );
    await expectNoMlopsWords("role panel");
    await shot(page, "kitchen-role");

    await openApp(page, "?role=Head%20Pastry%20Chef");
    await expect.poll(() => panelTitle(page)).toBe("Head Pastry Chef");
    const next = page.locator('cp-role-panel section[aria-labelledby="h-next"]');
    expect(await next.locator(".derived-note").textContent()).toMatch(
      /derived\s+Derived: the survey lists the two roles as related/,
    );
    await expectNoMlopsWords("derived next step");

    // The same move is marked derived in a route and among a comparison's transitions.
    await openApp(page, "?from=Head%20Pastry%20Chef&to=Head%20Chef&lateral=no");
    const step = page.locator('cp-route-finder li.step[data-role="role:head-chef"]');
    await expect.poll(() => step.locator(".step-head .derived").textContent()).toBe("derived");
    expect(await step.locator(".derived-note").textContent()).toMatch(/^Derived: the survey/);
    await openApp(page, "?compare=Head%20Pastry%20Chef,Head%20Chef");
    expect(await page.locator("cp-compare-view .trans .derived-note").textContent()).toMatch(
      /derived\s+Derived: the survey/,
    );
  });

  it("compares, routes and explains the data in its own terms", async () => {
    await openApp(page, "?compare=Sous%20Chef,Head%20Waiter,Head%20Chef");
    expect(await page.locator("cp-compare-view h2").textContent()).toBe("Compare positions");
    const captions = await texts("cp-salary-chart figcaption");
    expect(captions).toEqual([
      "Hourly pay in GBP (per hour), as given by the sources.",
      "Yearly pay in GBP (per year), as given by the sources.",
    ]);
    await expectNoMlopsWords("compare");
    await shot(page, "kitchen-compare");

    await openApp(page, "?from=Commis%20Chef&to=Head%20Chef");
    await expect.poll(() => page.locator("cp-route-finder li.step").count()).toBe(4);
    await expectNoMlopsWords("route");
    await shot(page, "kitchen-route");

    await openApp(page, "?view=about");
    const about = await page
      .locator("cp-about")
      .evaluate((el) => (el.shadowRoot?.textContent ?? "").replace(/\s+/g, " "));
    expect(about).toContain(
      "Contains information from the Kitchen Brigade Survey 2025 (example.org, fictional), used under the CC BY 4.0 licence.",
    );
    expect(await page.locator("cp-about .licence a").getAttribute("href")).toBe(
      "https://creativecommons.org/licenses/by/4.0/",
    );
    expect(about).toMatch(/Each horizontal lane is a brigade \(Kitchen, Pastry, Front of house\)/);
    expect(await page.locator("cp-about .docs").count()).toBe(0);
    await expectNoMlopsWords("about");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "kitchen-about");
  });
});

describe("one-of groups and nice-to-have items (kitchen fixture)", () => {
  beforeEach(async () => {
    await serveCatalog(page, [KITCHEN], { "kitchen-careers.json": KITCHEN_FILE });
  });

  it("lists a group as one row, one of its members, in the role panel and in compare", async () => {
    await openApp(page, "?role=Chef%20de%20Partie");
    const group = page.locator('cp-role-panel li.one-of[data-group="cuisine"]');
    expect((await group.textContent())?.replace(/\s+/g, " ")).toMatch(
      /one of \(cuisine\): French cuisine \(skill\) · Italian cuisine \(skill\) · Japanese cuisine \(skill\)/,
    );
    await page.locator('cp-role-panel section[aria-labelledby="h-reqs"]').screenshot({
      path: `${SHOTS}/kitchen-role-groups.png`,
    });
    // Core here: sauce making, combi oven and the cuisine group, plus three from the level below.
    expect(await page.locator("cp-role-panel #h-reqs").textContent()).toBe("Skills and tools (7)");

    await openApp(page, "?compare=Chef%20de%20Partie,Server");
    const unique = page.locator("cp-compare-view .col").first();
    expect((await unique.locator(".one-of").textContent())?.replace(/\s+/g, " ")).toMatch(
      /one of \(cuisine\): French cuisine · Italian cuisine · Japanese cuisine/,
    );
  });

  it("routes through a group by one member, lists nice-to-have items, and counts them on request", async () => {
    await openApp(page, "?to=Head%20Chef");
    const summary = () => page.locator("cp-route-finder .summary").textContent();
    await expect.poll(summary).toMatch(/skills and tools to learn/);
    const without = Number.parseInt((await summary()) ?? "", 10);
    const cdp = page.locator('cp-route-finder li.step[data-role="role:chef-de-partie"]');
    expect(await cdp.locator(".learn .chip", { hasText: "cuisine" }).count()).toBe(1);
    expect(await cdp.locator(".alt-note").textContent()).toMatch(
      /^or \w+ cuisine, \w+ cuisine would do/,
    );
    const commis = page.locator('cp-route-finder li.step[data-role="role:commis-chef"]');
    expect(await commis.locator(".nice summary").textContent()).toBe(
      "Nice to have (1, not counted)",
    );
    expect(
      await page.locator('cp-route-finder li.step[data-role="role:sous-chef"] .have').textContent(),
    ).toMatch(/You already have \d+ of what it asks for/);
    await shot(page, "kitchen-route-groups");
    await page
      .locator("cp-route-finder ol.steps")
      .screenshot({ path: `${SHOTS}/kitchen-route-steps.png` });

    await page.getByRole("checkbox", { name: "Count nice-to-have skills too" }).check();
    await expect.poll(() => search(page).get("secondary")).toBe("1");
    await expect.poll(async () => Number.parseInt((await summary()) ?? "", 10)).toBe(without + 1);
    expect(await commis.locator(".nice").count()).toBe(0);
  });
});

describe("the kitchen fixture at 375 px, dark", () => {
  it("keeps the role panel's groups, ratings and derived notes readable and axe-clean", async () => {
    const phone = await (
      await newContext(browser, { width: 375, height: 812, colorScheme: "dark" })
    ).newPage();
    await serveCatalog(phone, [KITCHEN], { "kitchen-careers.json": KITCHEN_FILE });
    for (const role of ["Chef%20de%20Partie", "Head%20Pastry%20Chef"]) {
      await openApp(phone, `?role=${role}`);
      expect(await seriousViolations(phone)).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
    }
    await phone.getByRole("button", { name: "Show more of the panel" }).tap();
    await shot(phone, "kitchen-mobile-dark");
    await phone.close();
  });
});

describe("the data set chooser", () => {
  it("My path works in the data set's own terms: 'I am a …', fit, a one-of gap, no MLOps word", async () => {
    await serveCatalog(page, [KITCHEN], { "kitchen-careers.json": KITCHEN_FILE });
    await openApp(page, "?view=path");
    const start = page.locator("cp-my-path cp-combobox").nth(1);
    expect(await start.getAttribute("label")).toContain("position");
    const iAm = start.locator("input");
    await iAm.fill("Commis Chef");
    await page
      .locator('cp-my-path cp-combobox [role="option"]')
      .filter({ hasText: "Commis Chef" })
      .first()
      .click();
    await expect.poll(() => page.locator("cp-my-path .chips.mine li").count()).toBe(4);
    // Chef de Partie builds on Commis Chef: what is left is its own, a "one of" cuisine counted once.
    const card = page.locator('cp-my-path .frontier li.card[data-role="role:chef-de-partie"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator(".gap li").allTextContents()).toContainEqual(
      expect.stringMatching(/one of.*French cuisine.*Italian cuisine.*Japanese cuisine/s),
    );
    expect(await page.locator("cp-my-path h3#h-fit").textContent()).toMatch(/^Positions by fit/);
    await expectNoMlopsWords("My path");
  });

  it("switches data sets from the header and in the URL, with back and forward", async () => {
    await serveCatalog(
      page,
      [{ id: "mlops", title: "MLOps careers", file: "mlops.json" }, KITCHEN],
      {
        "kitchen-careers.json": KITCHEN_FILE,
      },
    );
    await openApp(page, "?role=role%3Amlops-engineer");
    const chooser = page.getByRole("combobox", { name: "Data set" });
    expect(await chooser.inputValue()).toBe("mlops");
    expect(search(page).get("data")).toBeNull();

    await chooser.selectOption("kitchen");
    await page.waitForSelector("career-explorer[ready]");
    await expect.poll(() => search(page).get("data")).toBe("kitchen");
    expect(search(page).get("role")).toBeNull();
    expect(await page.title()).toBe("Restaurant kitchen careers · Career Path Explorer");
    expect((await texts("cp-role-list .group")).sort()).toEqual([
      "Front of house",
      "Kitchen",
      "Pastry",
    ]);
    await shot(page, "chooser-kitchen");

    await page.goBack();
    await expect.poll(() => panelTitle(page)).toBe("MLOps Engineer");
    expect(await chooser.inputValue()).toBe("mlops");
    await page.goForward();
    await expect.poll(() => search(page).get("data")).toBe("kitchen");
    await expect.poll(() => chooser.inputValue()).toBe("kitchen");
    await expect.poll(() => page.locator("cp-role-list .group").count()).toBe(3);

    await openApp(page, "?data=nowhere");
    await expect
      .poll(() => page.locator("cp-toast .toast").first().textContent())
      .toMatch(/No data set called “nowhere”. Showing MLOps careers./);
  });

  it("shows the clear error view for a data set whose file is missing, and lets you switch back", async () => {
    await page.route("**/onet.json", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(url("?data=onet"));
    await page.waitForSelector("career-explorer[failed]");
    expect(await page.locator("cp-load-error section").textContent()).toMatch(
      /onet\.json.*HTTP 404/s,
    );
    const chooser = page.getByRole("combobox", { name: "Data set" });
    expect(await chooser.inputValue()).toBe("onet");
    await chooser.selectOption("mlops");
    await page.waitForSelector("career-explorer[ready]");
    expect(search(page).get("data")).toBeNull();
    expect(await page.locator("cp-role-list").count()).toBe(1);
  });
});

describe("O*NET, the second built-in data set", () => {
  it("credits O*NET verbatim, shows codes and ratings, and marks derived moves as derived", async () => {
    await openApp(page, "?data=onet&role=role%3A11-1021.00");
    expect(await page.title()).toBe("US occupations (O*NET 29.2) · Career Path Explorer");
    await expect.poll(() => panelTitle(page)).toBe("General and Operations Managers");
    const eyebrow = (await page.locator("cp-role-panel .eyebrow").textContent()) ?? "";
    expect(eyebrow).toContain("11-1021.00");
    expect((await page.locator("cp-role-panel .reqs .rating").allTextContents())[0]).toMatch(
      /^importance \d(\.\d)? · level \d(\.\d)?$/,
    );
    const next = page.locator('cp-role-panel section[aria-labelledby="h-next"]');
    expect(await next.locator(".derived-note").first().textContent()).toMatch(
      /derived\s+Derived by this project.*O\*NET does not state this as a career move\./s,
    );
    await shot(page, "onet-role");

    await openApp(page, "?data=onet&view=about");
    const about = await page
      .locator("cp-about")
      .evaluate((el) => (el.shadowRoot?.textContent ?? "").replace(/\s+/g, " "));
    expect(about).toContain(
      "This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.",
    );
    expect(await page.locator("cp-about .dataset h4").allTextContents()).toEqual([
      "O*NET 29.2 Database",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "onet-about");
  });
});
