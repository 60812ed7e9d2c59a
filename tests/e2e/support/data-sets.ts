/** Serving test data sets to the app: a catalog of our choosing and documents from disk. */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export const KITCHEN_FILE = "tests/fixtures/kitchen-careers.json";

interface Entry {
  id: string;
  title: string;
  file: string;
  description?: string;
}

/**
 * Replaces the built-in catalog with `entries`; entries whose file is in `files` are served
 * from disk (the rest come from the build, e.g. "mlops.json").
 */
export async function serveCatalog(
  page: Page,
  entries: Entry[],
  files: Record<string, string> = {},
): Promise<void> {
  await page.route("**/catalog.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(entries) }),
  );
  for (const [name, path] of Object.entries(files)) {
    const body = readFileSync(path, "utf8");
    await page.route(`**/${name}`, (route) =>
      route.fulfill({ contentType: "application/json", body }),
    );
  }
}

/**
 * Every piece of text a person could meet: text nodes, and the names and hints in attributes
 * (aria-label, title, placeholder, alt), through every shadow root, plus the document title.
 */
export function allUiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const ATTRS = ["aria-label", "title", "placeholder", "alt"];
    const visit = (root: Document | ShadowRoot | Element) => {
      const walker = document.createTreeWalker(
        root,
        NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      );
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
        if (n.nodeType === Node.TEXT_NODE) {
          const parent = n.parentElement?.tagName;
          if (parent !== "STYLE" && parent !== "SCRIPT") out.push(n.textContent ?? "");
          continue;
        }
        if (!(n instanceof Element)) continue;
        const el = n;
        for (const a of ATTRS) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
        if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) out.push(el.value);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document.body);
    return out.join("\n").replace(/[ \t]+/g, " ");
  });
}
