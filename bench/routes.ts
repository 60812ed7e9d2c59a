/**
 * Route benchmarks at every scale: for each data set, ≥ 200 seeded random role pairs in both
 * modes, with and without 3 alternatives, timed per query (median, p95, max) with the share
 * proven exact, beside graphology-shortest-path's Dijkstra on the same role graph in the same run
 * (the floor: the cheapest point-to-point query there is).
 */
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/dijkstra";
import { loadGraphDocument } from "../src/data/load.ts";
import type { CareerGraph } from "../src/graph/model.ts";
import { isRole } from "../src/graph/model.ts";
import { findSkillRoute, type RouteRequest } from "../src/graph/route/find-skill-route.ts";
import { routingIndex } from "../src/graph/route/routing-index.ts";
import { careerGraphDocument, SIZE_L, SIZE_M } from "./career-generator.ts";
import { quantile, random } from "./measure.ts";

/** A document loaded and validated for the bench; any problem stops the run. */
export function loadForBench(doc: unknown): CareerGraph {
  const result = loadGraphDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.graph;
}

const builtIn = (file: string) =>
  loadForBench(JSON.parse(readFileSync(new URL(`../graph-data/${file}`, import.meta.url), "utf8")));

/** The data sets routes are timed on: a short name (`--only`), the report's name, the graph. */
export const ROUTE_SUITES: { short: string; name: string; graph: () => CareerGraph }[] = [
  { short: "MLOps", name: "MLOps", graph: () => builtIn("mlops.json") },
  { short: "O*NET", name: "O*NET 29.2", graph: () => builtIn("onet.json") },
  {
    short: "M",
    name: "M (1,000 roles, 5,000 items)",
    graph: () => loadForBench(careerGraphDocument(SIZE_M)),
  },
  {
    short: "L",
    name: "L (3,000 roles, 15,000 items)",
    graph: () => loadForBench(careerGraphDocument(SIZE_L)),
  },
];

export interface RouteStats {
  dataset: string;
  config: string;
  queries: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Share of queries whose best route is proven optimal. */
  exactShare: number;
  /** Alternatives returned per query, on average (with alternatives asked for). */
  alternativesMean?: number;
  /** Share of the returned alternatives proven to be the best such route. */
  alternativesExactShare?: number;
  floorMedianMs: number;
  /** medianMs / floorMedianMs */
  ratio: number;
}

/** The role graph Dijkstra runs on: moves as arcs, weighted by what the target role requires. */
function floorGraph(graph: CareerGraph): Graph {
  const g = new Graph({ type: "directed" });
  const index = routingIndex(graph);
  index.roles.forEach((id) => {
    g.addNode(id);
  });
  const weight = (to: number) => Math.max(1, index.requirements[to]?.length ?? 1);
  index.roles.forEach((id, i) => {
    for (const arc of [...(index.progression[i] ?? []), ...(index.overlap[i] ?? [])]) {
      const to = index.roles[arc.to] as string;
      if (!g.hasEdge(id, to)) g.addEdge(id, to, { weight: weight(arc.to) });
    }
  });
  return g;
}

export function routeStats(
  dataset: string,
  graph: CareerGraph,
  pairs = 200,
  seed = 42,
): RouteStats[] {
  const rnd = random(seed);
  const roles = graph.filterNodes((_id, node) => isRole(node)).sort();
  const chosen: [string, string][] = [];
  while (chosen.length < pairs) {
    const a = roles[Math.floor(rnd() * roles.length)] as string;
    const b = roles[Math.floor(rnd() * roles.length)] as string;
    if (a !== b) chosen.push([a, b]);
  }
  // Build the caches (routing index, compiled masks) before timing: a loaded graph pays it once.
  findSkillRoute(graph, { from: chosen[0]?.[0], to: chosen[0]?.[1] ?? "", alternatives: 0 });

  const floor = floorGraph(graph);
  const floorTimes = chosen.map(([a, b]) => {
    const t = performance.now();
    bidirectional(floor, a, b, "weight");
    return performance.now() - t;
  });
  const floorMedian = quantile(
    [...floorTimes].sort((x, y) => x - y),
    0.5,
  );

  const out: RouteStats[] = [];
  for (const mode of ["skills", "steps"] as const) {
    for (const alternatives of [0, 3]) {
      const times: number[] = [];
      let exact = 0;
      let alternativesFound = 0;
      let alternativesExact = 0;
      for (const [from, to] of chosen) {
        const request: RouteRequest = { from, to, mode, alternatives };
        const t = performance.now();
        const result = findSkillRoute(graph, request);
        times.push(performance.now() - t);
        if (!result.ok || result.route.exact) exact++;
        if (!result.ok) continue;
        alternativesFound += result.alternatives.length;
        alternativesExact += result.alternatives.filter((a) => a.exact).length;
      }
      times.sort((x, y) => x - y);
      const median = quantile(times, 0.5);
      out.push({
        dataset,
        config: `fewest ${mode}${alternatives ? ", +3 alternatives" : ", best only"}`,
        queries: times.length,
        medianMs: median,
        p95Ms: quantile(times, 0.95),
        maxMs: times.at(-1) ?? 0,
        exactShare: exact / times.length,
        ...(alternatives
          ? {
              alternativesMean: alternativesFound / times.length,
              alternativesExactShare: alternativesFound ? alternativesExact / alternativesFound : 1,
            }
          : {}),
        floorMedianMs: floorMedian,
        ratio: floorMedian > 0 ? median / floorMedian : 0,
      });
    }
  }
  return out;
}
