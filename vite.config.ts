import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { cspDevHeader, cspHeader, cspMeta } from "./src/page/csp.ts";

/**
 * The built index.html carries the policy in a `<meta>` right after the charset (before anything
 * it governs), so it holds wherever the files are hosted; the dev server's index.html does not
 * (see `cspDevHeader`).
 */
const cspMetaTag = (): Plugin => ({
  name: "csp-meta",
  apply: "build",
  transformIndexHtml(html) {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`;
    const charset = /<meta charset[^>]*>/i;
    if (!charset.test(html)) throw new Error("index.html: no <meta charset> to put the CSP after");
    return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
  },
});

/** Served as the site's root (publicDir): the catalog and the data sets. */
const DATA_DIR = "graph-data";

/**
 * The page's explorer reads its catalog, then the catalog's first (default) data set: both are
 * preloaded, so they arrive while the app's code loads instead of one after the other once it
 * has run (~40 ms of a ~500 ms first view here). A link to another data set fetches that one as
 * well; the default's preload then goes unused.
 */
const preloadFirstData = (): Plugin => ({
  name: "preload-first-data",
  transformIndexHtml(html) {
    const catalog = /<career-explorer[^>]*\scatalog="([^"]+)"/.exec(html)?.[1];
    if (!catalog) return [];
    const entries = JSON.parse(
      readFileSync(new URL(`${DATA_DIR}/${catalog.replace(/^\.\//, "")}`, import.meta.url), "utf8"),
    ) as { file?: string }[];
    const first = entries[0]?.file;
    const catalogDir = catalog.replace(/[^/]*$/, "");
    return [catalog, ...(first ? [`${catalogDir}${first}`] : [])].map((href) => ({
      tag: "link",
      attrs: { rel: "preload", href, as: "fetch", crossorigin: true },
      injectTo: "head" as const,
    }));
  },
});

// graph-data/ is served as static JSON (publicDir) so the data set is fetched, not bundled:
// the first paint stays light and embedders can point `src` at their own document.
export default defineConfig({
  publicDir: DATA_DIR,
  // Module workers: the graph worker splits like the page (format parsers load only when a file
  // is opened), so the script fetched before the first view holds just validation and routing.
  worker: { format: "es" },
  plugins: [cspMetaTag(), preloadFirstData()],
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    // A stable name for the entry module, so a page embedding <career-explorer> can load
    // `assets/career-explorer.js` without knowing this build's hash.
    rolldownOptions: { output: { entryFileNames: "assets/career-explorer.js" } },
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    headers: { "Content-Security-Policy": cspDevHeader() },
  },
  preview: {
    host: "127.0.0.1",
    port: 4173,
    headers: { "Content-Security-Policy": cspHeader() },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "**/node_modules/**"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      {
        // Real Chromium against the production build (`vite build` + `vite preview`).
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
