/**
 * npm run bench: medians of the core operations, each beside a baseline measured in the same
 * run (these machines are noisy, so ratios are what to compare between runs).
 *
 * Baseline for routing: graphology-shortest-path's bidirectional BFS (fewest hops) on the same
 * graph — the cheapest possible route query, so the ratio shows what exact skill-optimal
 * routing costs on top of it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { loadGraphDocument } from "../src/data/load.ts";
import type { GraphDocumentInput } from "../src/data/schema.ts";
import { readSeeds } from "../src/data/seeds-node.ts";
import { compareRoles } from "../src/graph/compare.ts";
import { findNode, searchNodes } from "../src/graph/lookup.ts";
import "../src/graph/lookup-fuzzy.ts";
import type { CareerGraph } from "../src/graph/model.ts";
import { findSkillRoute } from "../src/graph/route/find-skill-route.ts";
import type { BrowserFigures } from "./browser.ts";
import { layoutTimings, printLayoutTimings } from "./layout.ts";
import { budgetsOf, writeReport } from "./report.ts";
import { loadForBench, ROUTE_SUITES, type RouteStats, routeStats } from "./routes.ts";
import { syntheticCareerDocument } from "./synthetic.ts";
import { validateTimings } from "./validate.ts";

interface Result {
  name: string;
  medianUs: number;
  baseline?: string;
}

/** Median microseconds per call: 25 samples, each timing a batch sized to take ~20 ms. */
function measure(fn: () => unknown): number {
  for (let i = 0; i < 10; i++) fn();
  let batch = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t > 20 || batch > 1e6) break;
    batch *= 2;
  }
  const samples: number[] = [];
  for (let s = 0; s < 25; s++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push(((performance.now() - t) * 1000) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const results: Result[] = [];
const run = (name: string, fn: () => unknown, baseline?: string) =>
  results.push({ name, medianUs: measure(fn), baseline });

const text = readFileSync(new URL("../graph-data/mlops.json", import.meta.url), "utf8");
const mlops = loadForBench(JSON.parse(text));
const seeds = readSeeds();

run("JSON.parse mlops.json", () => JSON.parse(text));
run(
  "load + validate mlops.json",
  () => loadGraphDocument(JSON.parse(text)),
  "JSON.parse mlops.json",
);
run(
  "load + validate + check quotes",
  () => loadGraphDocument(JSON.parse(text), { seeds }),
  "JSON.parse mlops.json",
);

const hops = (g: CareerGraph, a: string, b: string) => bidirectional(g, a, b);
run("BFS hops ML Engineer → Lead MLOps", () =>
  hops(mlops, "role:machine-learning-engineer", "role:lead-machine-learning-ops-engineer"),
);
for (const [name, request] of [
  [
    "route ML Engineer → Lead MLOps (best only)",
    {
      from: "role:machine-learning-engineer",
      to: "role:lead-machine-learning-ops-engineer",
      alternatives: 0,
    },
  ],
  [
    "route ML Engineer → Lead MLOps (+3 alternatives)",
    {
      from: "role:machine-learning-engineer",
      to: "role:lead-machine-learning-ops-engineer",
      alternatives: 3,
    },
  ],
  [
    "route ML Engineer → Director of MLOps (+3 alternatives)",
    { from: "role:machine-learning-engineer", to: "role:director-of-mlops", alternatives: 3 },
  ],
  [
    "route from skills only → Director of MLOps (+3)",
    { have: ["skill:python"], to: "role:director-of-mlops", alternatives: 3 },
  ],
] as const) {
  run(name, () => findSkillRoute(mlops, request), "BFS hops ML Engineer → Lead MLOps");
}
run(
  "compare MLOps, DevOps, Data Engineer",
  () => compareRoles(mlops, ["role:mlops-engineer", "role:devops-engineer", "role:data-engineer"]),
  "BFS hops ML Engineer → Lead MLOps",
);

// A larger graph, to see how routing scales past the built-in data set.
const big: GraphDocumentInput = syntheticCareerDocument({
  ladders: 8,
  levels: 8,
  adjacent: 24,
  items: 300,
  seed: 7,
});
const bigGraph = loadForBench(big);
const [first, last] = [big.nodes[0]?.id as string, "role:ladder-7-level-7"];
run(`BFS hops on synthetic (${bigGraph.order} nodes)`, () => hops(bigGraph, first, last));
run(
  `route on synthetic (${bigGraph.order} nodes, +3 alternatives)`,
  () => findSkillRoute(bigGraph, { from: first, to: last, alternatives: 3 }),
  `BFS hops on synthetic (${bigGraph.order} nodes)`,
);

// Search as people type, on O*NET's 923 occupations (8,719 names with their alternate titles):
// a misspelt name goes through exact, prefix and fuzzy matching; an exact name is one Map lookup.
const onetGraph = loadForBench(
  JSON.parse(readFileSync(new URL("../graph-data/onet.json", import.meta.url), "utf8")),
);
const typed = ["sofware develper", "registerd nurse", "truck drivr", "acountant", "electrcian"];
let typedAt = 0;
run("find O*NET occupation by exact name", () => findNode(onetGraph, "Computer Programmers"));
run(
  "search O*NET occupations, misspelt (fuzzy)",
  () => searchNodes(onetGraph, typed[typedAt++ % typed.length] as string, ["role"], 10),
  "find O*NET occupation by exact name",
);

/** The browser figures, measured by a fresh process (bench/browser-main.ts says why). */
function browserFiguresApart(): BrowserFigures {
  const dir = mkdtempSync(join(tmpdir(), "bench-browser-"));
  const out = join(dir, "figures.json");
  try {
    const script = fileURLToPath(new URL("./browser-main.ts", import.meta.url));
    const run = spawnSync(process.execPath, ["--import", "tsx", script, out], { stdio: "inherit" });
    if (run.status !== 0) throw new Error(`bench/browser-main.ts exited with ${run.status}`);
    return JSON.parse(readFileSync(out, "utf8")) as BrowserFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const byName = new Map(results.map((r) => [r.name, r]));
const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
const width = Math.max(...results.map((r) => r.name.length));
console.log(`${"operation".padEnd(width)}  ${"median".padStart(10)}  vs baseline`);
for (const r of results) {
  const base = r.baseline ? byName.get(r.baseline) : undefined;
  const ratio = base ? `${(r.medianUs / base.medianUs).toFixed(1)}× ${r.baseline}` : "(baseline)";
  console.log(`${r.name.padEnd(width)}  ${fmt(r.medianUs).padStart(10)}  ${ratio}`);
}

// Routes at every scale.
const routeStatsAll: RouteStats[] = [];
for (const { name, graph: graphOf } of ROUTE_SUITES) {
  const graph = graphOf();
  const started = performance.now();
  const stats = routeStats(name, graph);
  routeStatsAll.push(...stats);
  console.log(
    `\nroutes on ${name} (${graph.order} nodes, ${graph.size} edges; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  for (const r of stats)
    console.log(
      `  ${r.config.padEnd(32)} median ${r.medianMs.toFixed(2)} ms  p95 ${r.p95Ms.toFixed(2)} ms  max ${r.maxMs.toFixed(1)} ms  exact ${(r.exactShare * 100).toFixed(1)} %  ${r.ratio.toFixed(1)}× Dijkstra (${r.floorMedianMs.toFixed(3)} ms)`,
    );
}

const layout = layoutTimings();
printLayoutTimings(layout);
const validate = validateTimings();
for (const v of validate) console.log(`${v.name}: median ${v.medianMs.toFixed(0)} ms`);
const browser = process.argv.includes("--no-browser") ? null : browserFiguresApart();
if (browser) console.log("\nbrowser", JSON.stringify(browser, null, 2));

const figures = { micro: results, routes: routeStatsAll, layout, validate, browser };
const budgets = budgetsOf(figures);
writeReport({ ...figures, budgets });
console.log("\nbudgets:");
for (const b of budgets)
  console.log(`  ${b.met ? "met " : "MISS"} ${b.name}: ${b.measured} (budget ${b.budget})`);
console.log("\nwrote bench/results.json and docs/PERFORMANCE.md");
