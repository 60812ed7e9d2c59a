/**
 * The route part of `npm run bench` alone: the same data sets, seeded pairs and figures as
 * bench/run.ts, without the browser, layout and validation parts (minutes of Chromium that would
 * compete with the searches for the cores). Writes nothing; prints one line per configuration.
 *
 *   npx tsx bench/routes-only.ts [--only MLOps,O*NET,M,L] [--pairs 200]
 */
import { readFileSync } from "node:fs";
import { loadGraphDocument } from "../src/data/load.ts";
import type { CareerGraph } from "../src/graph/model.ts";
import { careerGraphDocument, SIZE_L, SIZE_M } from "./career-generator.ts";
import { type RouteStats, routeStats } from "./routes.ts";

function load(doc: unknown): CareerGraph {
  const result = loadGraphDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.graph;
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const text = (file: string) =>
  readFileSync(new URL(`../graph-data/${file}`, import.meta.url), "utf8");
const suites: [string, string, () => CareerGraph][] = [
  ["MLOps", "MLOps", () => load(JSON.parse(text("mlops.json")))],
  ["O*NET", "O*NET 29.2", () => load(JSON.parse(text("onet.json")))],
  ["M", "M (1,000 roles, 5,000 items)", () => load(careerGraphDocument(SIZE_M))],
  ["L", "L (3,000 roles, 15,000 items)", () => load(careerGraphDocument(SIZE_L))],
];
const alternatives = (r: RouteStats) =>
  r.alternativesMean === undefined
    ? ""
    : `  alternatives ${r.alternativesMean.toFixed(2)}/query, ${((r.alternativesExactShare ?? 0) * 100).toFixed(1)} % exact`;
const only = argument("--only")?.split(",");
const pairs = Number(argument("--pairs") ?? 200);

for (const [short, name, graphOf] of suites) {
  if (only && !only.includes(short)) continue;
  const graph = graphOf();
  const started = performance.now();
  const stats = routeStats(name, graph, pairs);
  console.log(
    `routes on ${name} (${graph.order} nodes; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  for (const r of stats)
    console.log(
      `  ${r.config.padEnd(32)} median ${r.medianMs.toFixed(1)} ms  p95 ${r.p95Ms.toFixed(1)} ms  max ${r.maxMs.toFixed(0)} ms  exact ${(r.exactShare * 100).toFixed(1)} %${alternatives(r)}`,
    );
}
