/**
 * Writes a benchmark run to bench/results.json and docs/PERFORMANCE.md: the machine, the date,
 * every figure, and each budget beside the measured figure with met or not.
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import type { BrowserFigures } from "./browser.ts";
import type { RouteStats } from "./routes.ts";
import type { Timed } from "./validate.ts";

export interface Budget {
  name: string;
  budget: string;
  measured: string;
  met: boolean | null;
  note?: string;
}

export interface BenchRun {
  micro: { name: string; medianUs: number; baseline?: string | undefined }[];
  routes: RouteStats[];
  layout: Timed[];
  validate: Timed[];
  browser: BrowserFigures | null;
  budgets: Budget[];
}

const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
/** The browser reports tasks over 50 ms ("long tasks"): 0 means none was. */
const longest = (v: number) => (v === 0 ? "no task over 50 ms" : ms(v));
/** A frame time; null when the renderer drew nothing within its time. */
const frame = (v: number | null | undefined) => (v == null ? "drew nothing within 5 s" : ms(v));

/** A budget of at most `limit`, in the unit of the figure, which `show` writes. */
const atMost = (name: string, budget: string, value: number, limit: number, show = ms): Budget => ({
  name,
  budget,
  measured: show(value),
  met: value <= limit,
});

export function budgetsOf(run: Omit<BenchRun, "budgets">): Budget[] {
  const route = (dataset: string, config: string) =>
    run.routes.find((r) => r.dataset === dataset && r.config === config);
  const timing = (list: Timed[], name: string) => list.find((t) => t.name.startsWith(name));
  const out: Budget[] = [];
  const onetBest = route("O*NET 29.2", "fewest skills, best only");
  if (onetBest) {
    out.push(atMost("O*NET best route p95", "≤ 100 ms", onetBest.p95Ms, 100));
    out.push({
      name: "O*NET best route median vs Dijkstra floor",
      budget: "≤ 5×",
      measured: `${onetBest.ratio.toFixed(1)}× (${ms(onetBest.medianMs)} vs ${ms(onetBest.floorMedianMs)})`,
      met: onetBest.ratio <= 5,
    });
  }
  const onetAlt = route("O*NET 29.2", "fewest skills, +3 alternatives");
  if (onetAlt) out.push(atMost("O*NET route + 3 alternatives p95", "≤ 300 ms", onetAlt.p95Ms, 300));
  const onetAll = run.routes.filter((r) => r.dataset === "O*NET 29.2");
  if (onetAll.length) {
    const exact = Math.min(...onetAll.map((r) => r.exactShare));
    const max = Math.max(...onetAll.map((r) => r.maxMs));
    out.push({
      name: "O*NET queries proven exact (worst configuration)",
      budget: "≥ 99 %",
      measured: `${(exact * 100).toFixed(1)} %`,
      met: exact >= 0.99,
    });
    out.push(atMost("O*NET slowest query", "≤ 1 s", max, 1000));
  }
  const mlops = run.routes.filter((r) => r.dataset === "MLOps");
  if (mlops.length) {
    const p95 = Math.max(...mlops.map((r) => r.p95Ms));
    out.push(atMost("MLOps route p95 (any configuration)", "≤ 1 ms", p95, 1));
  }
  const l = run.routes.filter((r) => r.dataset.startsWith("L "));
  if (l.length) {
    const max = Math.max(...l.map((r) => r.maxMs));
    // The page asks for the best route first and shows it, then asks for the alternatives
    // (route-controller.ts): both answers are budgeted, each in either mode.
    const best = Math.max(...l.filter((r) => r.config.endsWith("best only")).map((r) => r.p95Ms));
    const alts = Math.max(
      ...l.filter((r) => r.config.includes("alternatives")).map((r) => r.p95Ms),
    );
    out.push(atMost("L route p95, best route (shown first)", "≤ 500 ms", best, 500));
    out.push(atMost("L route p95, with 3 alternatives (shown after)", "≤ 500 ms", alts, 500));
    out.push(atMost("L slowest query", "≤ 2 s", max, 2000));
  }
  const onetValidate = timing(run.validate, "npm run validate -- onet");
  if (onetValidate)
    out.push(atMost("validate O*NET (whole process)", "≤ 3 s", onetValidate.medianMs, 3000));
  const ladder = timing(run.validate, "load + validate a 5,000-role ladder");
  if (ladder) out.push(atMost("validate a 5,000-role ladder", "≤ 1 s", ladder.medianMs, 1000));
  const layout = timing(run.layout, "layoutRoles synthetic (1,000 roles");
  if (layout) out.push(atMost("layout of 1,000 roles", "≤ 100 ms", layout.medianMs, 100));
  const b = run.browser;
  if (b) {
    out.push(atMost("O*NET navigation → ready", "≤ 3 s", b.onet.readyMs, 3000));
    out.push(atMost("O*NET click → panel", "≤ 100 ms", b.onet.clickMs, 100));
    out.push(
      atMost(
        "O*NET longest main-thread task after ready",
        "≤ 100 ms",
        b.onet.longestTaskMs,
        100,
        longest,
      ),
    );
    out.push(
      atMost(
        "O*NET My path: start from an occupation, longest task",
        "≤ 100 ms",
        b.onet.myPathTaskMs,
        100,
        longest,
      ),
    );
    out.push(
      atMost(
        "MLOps longest main-thread task after ready",
        "≤ 100 ms",
        b.mlops.longestTaskMs,
        100,
        longest,
      ),
    );
    out.push(atMost("MLOps navigation → ready", "≤ 1 s", b.mlops.readyMs, 1000));
    out.push({
      name: "MLOps ready vs a bare Cytoscape page",
      budget: "≤ 1.3×",
      measured: `${(b.mlops.readyMs / b.mlops.bareMs).toFixed(2)}× (${ms(b.mlops.readyMs)} vs ${ms(b.mlops.bareMs)})`,
      met: b.mlops.readyMs / b.mlops.bareMs <= 1.3,
    });
    const total = b.jsBeforeReadyGzip + b.workerJsGzip;
    out.push({
      name: "JS before ready (gzip): page + graph worker",
      budget: "≤ 200 KB",
      measured: `${(total / 1024).toFixed(0)} KB (page ${(b.jsBeforeReadyGzip / 1024).toFixed(0)} KB + worker ${(b.workerJsGzip / 1024).toFixed(0)} KB)`,
      met: total <= 200 * 1024,
      ...(total > 200 * 1024
        ? {
            note: "Cytoscape alone is 133 KB gzip and graphology 13 KB; the schema library is in the worker, which built-in data sets do not wait for; the other views, fuzzy search, comparing, the stored profile and the import and error dialogs load after the first view",
          }
        : {}),
    });
  }
  return out;
}

/** What limits a budget when it is missed, and what was tried: shown beside a miss only. */
const LIMITS: Record<string, string> = {
  "L route p95, best route (shown first)":
    "fewest-skills on L: a quick first route is usually already optimal, so the exact search spends its time proving it; the bound (what the target requires, plus the private items of roles on every way on) is weak when a route crosses several roles that each add ~40 shared items, so many partial routes tie; tried: bit-set labels from shared, recycled buffers, dominance filtered by size and a 256-bit summary, a fewest-moves and a quick-route ceiling, a last-hop and an owned-items bound (no gain, not kept)",
  "L route p95, with 3 alternatives (shown after)":
    "each alternative is one exact search whose partial routes mark the roles of the routes already found (dropped once they pass all of one); with a weak bound on L each search expands many tied partial routes; the page shows the best route first and the alternatives when they arrive, so this is how long 'Looking for other routes…' shows on L",
  "L slowest query":
    "the best route's search stops at its budget (600 ms or 300,000 partial routes) and answers 'best found' with a proven lower bound; each alternative's search has its own",
  "validate O*NET (whole process)":
    "about 1 s of it is tsx compiling the TypeScript CLI at start; the check itself takes ~0.8 s in process",
  "O*NET navigation → ready":
    "fetching 5 MB, hashing it, then parsing and building the graph on the page (a built-in file is trusted by hash: no worker)",
  "O*NET click → panel":
    "re-rendering the side panel and restyling the graph; the panel's code is asked for as soon as the graph is up, so a click right after ready may still wait for it",
  "O*NET longest main-thread task after ready":
    "the largest task is a view change on the 923-role graph (panel and canvas update together)",
  "MLOps longest main-thread task after ready":
    "the largest task is Cytoscape restyling and redrawing the graph when the skills-and-tools layer is shown (its chips are added)",
  "MLOps navigation → ready":
    "built-in data sets are trusted by hash, so no worker or schema code loads before the first view",
  "MLOps ready vs a bare Cytoscape page":
    "the app's code is half as big again as Cytoscape alone (199 KB gzip against 133 KB) and is compiled and run before anything is drawn; then it hashes the data set (preloaded with the catalog), builds the graph (its layout worked out at build time) and renders its header and panel; the bare page draws ready-made elements. With 5 navigations each, the ratio moved between 1.17× and 1.47× from run to run on this shared machine; it is now a median of 15 each, taken in turn",
};

export function writeReport(run: BenchRun): void {
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
    node: process.version,
    date: new Date().toISOString(),
  };
  writeFileSync(
    new URL("./results.json", import.meta.url),
    `${JSON.stringify({ machine, ...run }, null, 2)}\n`,
  );
  const lines = [
    "# Performance",
    "",
    `Written by \`npm run bench\` on ${machine.date.slice(0, 10)}: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}; load average at the end ${machine.loadAverage.join(", ")}. Every figure comes from that run (raw numbers: [bench/results.json](../bench/results.json)). These machines are shared and noisy: compare ratios between runs, not absolute times.`,
    "",
    "## Budgets",
    "",
    "| budget | target | measured | met |",
    "| --- | --- | --- | --- |",
    ...run.budgets.map(
      (b) =>
        `| ${b.name} | ${b.budget} | ${b.measured} | ${b.met === null ? "—" : b.met ? "yes" : `**no**: ${b.note ?? LIMITS[b.name] ?? "see below"}`} |`,
    ),
    "",
    "## Routes",
    "",
    "Per data set, the same seeded random role pairs in every configuration; the floor is graphology-shortest-path's bidirectional Dijkstra on the same role graph (moves weighted by what the target requires), timed in the same run.",
    "",
    "| data set | configuration | queries | median | p95 | max | proven exact | Dijkstra floor (median) | ratio |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...run.routes.map(
      (r) =>
        `| ${r.dataset} | ${r.config} | ${r.queries} | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${ms(r.maxMs)} | ${(r.exactShare * 100).toFixed(1)} % | ${r.floorMedianMs.toFixed(3)} ms | ${r.ratio.toFixed(1)}× |`,
    ),
    "",
    "## Layout and validation",
    "",
    "| operation | median | p95 | runs |",
    "| --- | --- | --- | --- |",
    ...[...run.layout, ...run.validate].map(
      (t) => `| ${t.name} | ${ms(t.medianMs)} | ${ms(t.p95Ms)} | ${t.runs} |`,
    ),
    "",
  ];
  if (run.browser) {
    const b = run.browser;
    lines.push(
      "## In the browser",
      "",
      `Production build in Debian's Chromium (headless). Navigation → ready: medians of ${b.readyRuns} navigations of the app and ${b.readyRuns} of the bare page, in turn; the other figures: medians of ${b.runs} runs, and the longest tasks the largest seen in them. The bare page draws the same elements with Cytoscape alone (same positions, no app).`,
      "",
      "| | MLOps | O*NET |",
      "| --- | --- | --- |",
      `| navigation → ready | ${ms(b.mlops.readyMs)} | ${ms(b.onet.readyMs)} |`,
      `| bare Cytoscape page, navigation → drawn | ${ms(b.mlops.bareMs)} | ${ms(b.onet.bareMs)} |`,
      `| ratio app / bare | ${(b.mlops.readyMs / b.mlops.bareMs).toFixed(2)}× | ${(b.onet.readyMs / b.onet.bareMs).toFixed(2)}× |`,
      `| click a role → panel updated | ${ms(b.mlops.clickMs)} | ${ms(b.onet.clickMs)} |`,
      `| route asked → drawn | ${ms(b.mlops.routeMs)} | ${ms(b.onet.routeMs)} |`,
      `| longest main-thread task after ready (click, back, skills layer on and off) | ${longest(b.mlops.longestTaskMs)} | ${longest(b.onet.longestTaskMs)} |`,
      `| My path: start from a role, longest task | ${longest(b.mlops.myPathTaskMs)} | ${longest(b.onet.myPathTaskMs)} |`,
      `| frame while panning the first view, Cytoscape canvas (bare page) | ${frame(b.mlops.panFrameMs.canvas)} | ${frame(b.onet.panFrameMs.canvas)} |`,
      `| the same with Cytoscape's WebGL renderer | ${frame(b.mlops.panFrameMs.webgl)} | ${frame(b.onet.panFrameMs.webgl)} |`,
      `| JS before ready (gzip): page, graph worker | ${(b.jsBeforeReadyGzip / 1024).toFixed(0)} KB, ${(b.workerJsGzip / 1024).toFixed(0)} KB | (same bundle) |`,
      "",
      "The app draws with Cytoscape's canvas renderer. Its WebGL renderer (experimental in Cytoscape) is measured beside it on the same elements: the app never draws more than a view's boxes and chips at once (big graphs are shown as an overview and focus views), which the canvas draws within a frame, and on a machine without a GPU, like this one, WebGL is rendered in software. It would be worth turning on for a renderer-bound view of thousands of elements on a GPU, which this app does not draw.",
      "",
    );
  }
  lines.push(
    "## Core operations (micro-benchmarks)",
    "",
    "| operation | median | baseline |",
    "| --- | --- | --- |",
    ...run.micro.map(
      (m) =>
        `| ${m.name} | ${m.medianUs >= 1000 ? `${(m.medianUs / 1000).toFixed(2)} ms` : `${m.medianUs.toFixed(1)} µs`} | ${m.baseline ?? "(baseline)"} |`,
    ),
    "",
  );
  writeFileSync(new URL("../docs/PERFORMANCE.md", import.meta.url), lines.join("\n"));
}
