/**
 * Layout timings, per call (each call is milliseconds long, so unlike the route figures these
 * are not batched): median and p95 over repeated runs after a warm-up. Budget (issue "Any career
 * graph"): the layout of 1,000 roles in ≤ 100 ms.
 */
import { existsSync, readFileSync } from "node:fs";
import { loadGraphDocument } from "../src/data/load.ts";
import { layoutRoles } from "../src/graph/layout.ts";
import { layoutFocus } from "../src/graph/layout-focus.ts";
import { layoutOverview } from "../src/graph/layout-overview.ts";
import type { CareerGraph } from "../src/graph/model.ts";
import { isRole } from "../src/graph/model.ts";
import { type Timing, timePerCall } from "./measure.ts";
import { syntheticTaxonomyDocument } from "./synthetic-taxonomy.ts";

function load(path: URL | unknown): CareerGraph {
  const doc = path instanceof URL ? JSON.parse(readFileSync(path, "utf8")) : path;
  const result = loadGraphDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.graph;
}

export function layoutTimings(): Timing[] {
  const out: Timing[] = [];
  const mlops = load(new URL("../graph-data/mlops.json", import.meta.url));
  out.push(
    timePerCall("layoutRoles MLOps (15 roles, candidate lane orders + swaps, routed)", 30, () =>
      layoutRoles(mlops),
    ),
  );
  const synthetic = load(
    syntheticTaxonomyDocument({
      roles: 1000,
      tracks: 20,
      levels: 5,
      related: 10,
      unlevelled: 0.03,
      seed: 11,
    }),
  );
  out.push(
    timePerCall(`layoutRoles synthetic (1,000 roles, 20 tracks, ${synthetic.size} edges)`, 30, () =>
      layoutRoles(synthetic),
    ),
  );
  const onetFile = new URL("../graph-data/onet.json", import.meta.url);
  if (existsSync(onetFile)) {
    const onet = load(onetFile);
    const roles = onet.filterNodes((_id, node) => isRole(node));
    out.push(timePerCall("layoutRoles O*NET (923 roles)", 30, () => layoutRoles(onet)));
    out.push(
      timePerCall("overview O*NET (22 groups × 5 job zones)", 30, () => layoutOverview(onet)),
    );
    // A different occupation each run: the p95 is over occupations, not over repeats.
    const step = Math.floor(roles.length / 60);
    out.push(
      timePerCall("focus view O*NET (60 occupations)", 60, (i) =>
        layoutFocus(onet, roles[(i * step) % roles.length] ?? ""),
      ),
    );
  }
  return out;
}

export function printLayoutTimings(rows: Timing[] = layoutTimings()): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${"layout".padEnd(width)}  ${"median".padStart(9)}  ${"p95".padStart(9)}`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(width)}  ${`${r.medianMs.toFixed(2)} ms`.padStart(9)}  ${`${r.p95Ms.toFixed(2)} ms`.padStart(9)}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) printLayoutTimings();
