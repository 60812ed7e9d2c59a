/**
 * The route part of `npm run bench` alone: the same data sets, seeded pairs and figures as
 * bench/run.ts, without the browser, layout and validation parts (minutes of Chromium that would
 * compete with the searches for the cores). Writes nothing; prints one line per configuration.
 *
 *   npx tsx bench/routes-only.ts [--only MLOps,O*NET,M,L] [--pairs 200]
 */
import { ROUTE_SUITES, type RouteStats, routeStats } from "./routes.ts";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const alternatives = (r: RouteStats) =>
  r.alternativesMean === undefined
    ? ""
    : `  alternatives ${r.alternativesMean.toFixed(2)}/query, ${((r.alternativesExactShare ?? 0) * 100).toFixed(1)} % exact`;
const only = argument("--only")?.split(",");
const pairs = Number(argument("--pairs") ?? 200);

for (const { short, name, graph: graphOf } of ROUTE_SUITES) {
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
