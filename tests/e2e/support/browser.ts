/**
 * Headless Debian Chromium through playwright-core, and helpers for the app's test hook.
 * Screenshots go to test-results/screenshots/. Every context is watched for Content-Security-
 * Policy violations (support/csp.ts); `openApp` fails on any seen while loading.
 */
import { existsSync, mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM, launchChromium } from "./chromium.ts";
import { cspWatch, watchCsp } from "./csp.ts";

export { CHROMIUM };
export const SHOTS = "test-results/screenshots";
export const hasChromium = existsSync(CHROMIUM);

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return launchChromium();
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
  /** Also watch workers for CSP violations (support/csp.ts). */
  watchWorkers?: boolean;
}

export async function newContext(browser: Browser, o: OpenOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 1280, height: o.height ?? 800 },
    colorScheme: o.colorScheme ?? "light",
    reducedMotion: o.reducedMotion ?? "reduce",
    deviceScaleFactor: 1,
    hasTouch: (o.width ?? 1280) < 500,
  });
  await watchCsp(context, { workers: o.watchWorkers ?? false });
  return context;
}

export const url = (search = "") => `${inject("baseURL")}${search}`;

/**
 * Opens the app and waits until `<career-explorer>` reports `ready`; returns the time it took.
 * Fails on page errors and on Content-Security-Policy violations seen so far.
 */
export async function openApp(page: Page, search = ""): Promise<number> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const start = Date.now();
  await page.goto(url(search));
  await page.waitForSelector("career-explorer[ready]", { timeout: 15_000 });
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  const { violations } = cspWatch(page.context());
  if (violations.length) throw new Error(`CSP violations: ${violations.join("; ")}`);
  return Date.now() - start;
}

/**
 * Records when `<career-explorer>` fires `ready` (performance.now(), in `window.__readyAt`) on
 * every page the page opens from now on, so a test can tell what happened before the first view.
 */
export async function recordReadyTime(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener(
      "ready",
      () => {
        (window as unknown as { __readyAt: number }).__readyAt = performance.now();
      },
      { capture: true },
    );
  });
}

/** Classes of a Cytoscape element, read through the documented `testHooks.cy`. */
export function cyClasses(page: Page, id: string): Promise<string[]> {
  return page.evaluate((nodeId) => {
    const cy = document.querySelector("career-explorer")?.testHooks.cy;
    const ele = cy?.getElementById(nodeId);
    return ele?.nonempty() ? ele.classes() : [];
  }, id);
}

/** Ids of Cytoscape elements matching a selector. */
export function cyIds(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const cy = document.querySelector("career-explorer")?.testHooks.cy;
    return cy ? cy.elements(sel).map((e) => e.id()) : [];
  }, selector);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}
