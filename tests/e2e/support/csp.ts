/**
 * Watching a browser context for Content-Security-Policy violations, in the page and in its
 * workers. Every browser test runs under the shipped policy (the preview server sends it with
 * every file, and the built index.html carries it); `newContext` installs this watcher and
 * `openApp` fails on anything it saw while loading.
 *
 * A worker's violations fire on the worker's own global, out of the page's reach. With
 * `workers: true` each worker script is served with a listener in front of it (same file, same
 * headers, so the same policy); that costs a round trip through Playwright per worker, so only
 * csp.test.ts asks for it and timing tests stay unperturbed.
 */
import type { BrowserContext, ConsoleMessage } from "playwright-core";

/** Chrome's own reports and ours both say this. */
const CSP_TEXT = /Content Security Policy/i;
const WORKER_WATCHED = "csp-watch: worker listening";

export interface CspWatch {
  /** One line per violation or CSP console report, from the page or a worker. */
  violations: string[];
  /** How many worker scripts started with the listener in front. */
  workersWatched: number;
}

const watches = new WeakMap<BrowserContext, CspWatch>();

/** The watch `newContext` installed on this context (empty if none was). */
export function cspWatch(context: BrowserContext): CspWatch {
  return watches.get(context) ?? { violations: [], workersWatched: 0 };
}

function report(where: string) {
  return `(e) => console.error(\`Content Security Policy violation (${where}): \${e.effectiveDirective} blocked \${e.blockedURI || "inline"} at \${e.sourceFile}:\${e.lineNumber} \${e.sample}\`)`;
}

export async function watchCsp(
  context: BrowserContext,
  { workers = false }: { workers?: boolean } = {},
): Promise<CspWatch> {
  const watch: CspWatch = { violations: [], workersWatched: 0 };
  watches.set(context, watch);
  const onConsole = (m: ConsoleMessage) => {
    const text = m.text();
    if (text === WORKER_WATCHED) watch.workersWatched++;
    else if (CSP_TEXT.test(text)) watch.violations.push(text);
  };
  // Init scripts run through the DevTools protocol, so the page's policy does not apply to them.
  await context.addInitScript(
    `document.addEventListener("securitypolicyviolation", ${report("page")});`,
  );
  context.on("page", (page) => {
    page.on("console", onConsole);
    page.on("worker", (worker) => worker.on("console", onConsole));
  });
  if (!workers) return watch;
  await context.route(/\/assets\/[^/]*worker[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    const prefix = `self.addEventListener("securitypolicyviolation", ${report("worker")}); console.log(${JSON.stringify(WORKER_WATCHED)});\n`;
    await route.fulfill({ response, body: prefix + (await response.text()) });
  });
  return watch;
}
