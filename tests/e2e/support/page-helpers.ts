/** Reading the app from a test: what is focused, shown and announced. */
import type { Page } from "playwright-core";

/** The element that has keyboard focus, looking inside shadow roots. */
export function activeElementInfo(
  page: Page,
): Promise<{ tag: string; text: string; role: string | null }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim().replace(/\s+/g, " "),
      role: el?.getAttribute("role") ?? null,
    };
  });
}

/** Presses Tab until the focused element matches, up to `max` times. */
export async function tabTo(
  page: Page,
  match: (info: { tag: string; text: string; role: string | null }) => boolean,
  max = 40,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (match(await activeElementInfo(page))) return;
  }
  throw new Error(
    `Tab never reached the wanted element; last: ${JSON.stringify(await activeElementInfo(page))}`,
  );
}

export async function panelTitle(page: Page): Promise<string> {
  return ((await page.locator("aside h2").first().textContent()) ?? "").trim();
}

export function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Clicks a node where Cytoscape draws it (the canvas is inside the graph view's shadow root). */
export async function clickGraphNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    const host = document.querySelector("career-explorer");
    const cy = host?.testHooks.cy;
    const canvas = host?.shadowRoot
      ?.querySelector("cp-graph-view")
      ?.shadowRoot?.querySelector("#canvas");
    const box = canvas?.getBoundingClientRect();
    const p = cy?.getElementById(nodeId).renderedPosition();
    return p && box ? { x: box.x + p.x, y: box.y + p.y } : null;
  }, id);
  if (!at) throw new Error(`${id} is not on the canvas`);
  await page.mouse.click(at.x, at.y);
}
