/**
 * Candidate lane orders, each found in linear time (no permutations: four tracks had 24, the
 * 23 of a national occupation taxonomy would have 2.6 × 10²²).
 *
 * - the declared order: what the data set's authors chose, and what the role list follows;
 * - the barycentre order (Sugiyama, Tagawa & Toda 1981, applied to lanes instead of layers):
 *   each track moves to the mean declared position of the tracks its roles link to across lanes
 *   (progression and overlap edges, each counted once), so tightly linked lanes end up side by
 *   side and long lane-spanning edges get fewer;
 * - both reversed: the layout places lanes top to bottom, so which lane comes first changes
 *   where free roles go.
 *
 * One pass over the edges and a sort of the tracks: O(E + T log T).
 */
import type { CareerGraph } from "./model.ts";
import { NO_TRACK } from "./vocabulary.ts";

/** The document's lane order: its tracks as the vocabulary orders them. */
export function declaredLaneOrder(graph: CareerGraph): string[] {
  return graph.getAttribute("vocabulary").tracks.map((t) => t.id);
}

/**
 * Tracks sorted by the weighted mean declared index of themselves and their cross-lane
 * neighbours (ties keep the declared order, so the result is deterministic).
 */
export function barycentreLaneOrder(graph: CareerGraph): string[] {
  const declared = declaredLaneOrder(graph);
  const index = new Map(declared.map((t, i) => [t, i]));
  // Each track starts at its own place with weight 1, so an unlinked track stays where it is.
  const sum = declared.map((_, i) => i);
  const weight = declared.map(() => 1);
  graph.forEachEdge((_key, edge, _source, _target, s, t) => {
    if (edge.kind !== "progression" && edge.kind !== "overlap") return;
    const a = index.get((s as { track?: string }).track ?? NO_TRACK);
    const b = index.get((t as { track?: string }).track ?? NO_TRACK);
    if (a === undefined || b === undefined || a === b) return;
    sum[a] = (sum[a] ?? 0) + b;
    weight[a] = (weight[a] ?? 0) + 1;
    sum[b] = (sum[b] ?? 0) + a;
    weight[b] = (weight[b] ?? 0) + 1;
  });
  const centre = (i: number) => (sum[i] ?? i) / (weight[i] ?? 1);
  return declared
    .map((track, i) => ({ track, i, at: centre(i) }))
    .sort((x, y) => x.at - y.at || x.i - y.i)
    .map((x) => x.track);
}

/** The orders worth drawing, first = preferred on a tie; duplicates removed. */
export function candidateLaneOrders(graph: CareerGraph): string[][] {
  const declared = declaredLaneOrder(graph);
  const barycentre = barycentreLaneOrder(graph);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const order of [declared, [...declared].reverse(), barycentre, [...barycentre].reverse()]) {
    const key = order.join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(order);
  }
  return out;
}
