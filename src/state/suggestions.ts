/**
 * Starting points for newcomers, derived from the graph rather than hard-coded so any data set
 * gets them: each ladder from its first rung to its top, and the role with the most adjacent
 * roles compared with them.
 */
import type { CareerGraph } from "../graph/model.ts";
import { isRole } from "../graph/model.ts";
import { levelInfo, NO_TRACK } from "../graph/vocabulary.ts";
import { MAX_COMPARE } from "./types.ts";

export interface RouteSuggestion {
  from: string;
  to: string;
}

export function suggestedRoutes(graph: CareerGraph): RouteSuggestion[] {
  const vocabulary = graph.getAttribute("vocabulary");
  const byTrack = new Map<string, { id: string; rank: number }[]>();
  graph.forEachNode((id, node) => {
    const rank = isRole(node) ? levelInfo(vocabulary, node.level)?.rank : undefined;
    if (!isRole(node) || rank === undefined) return;
    const track = node.track ?? NO_TRACK;
    const list = byTrack.get(track) ?? [];
    list.push({ id, rank });
    byTrack.set(track, list);
  });
  const out: RouteSuggestion[] = [];
  // In lane order, as the list and the canvas show the tracks.
  const order = new Map(vocabulary.tracks.map((t) => [t.id, t.order]));
  const tracks = [...byTrack.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const track of tracks) {
    const ladder = (byTrack.get(track) ?? []).sort(
      (a, b) => a.rank - b.rank || a.id.localeCompare(b.id),
    );
    const first = ladder[0];
    const last = ladder.at(-1);
    if (first && last && first.id !== last.id) out.push({ from: first.id, to: last.id });
  }
  return out;
}

/** The role with the most adjacent (overlap) roles, with up to three of them. */
export function suggestedComparison(graph: CareerGraph): string[] {
  let best: string[] = [];
  graph.forEachNode((id, node) => {
    if (!isRole(node)) return;
    const adjacent = new Set<string>();
    graph.forEachEdge(id, (_key, edge, source, target) => {
      if (edge.kind === "overlap") adjacent.add(source === id ? target : source);
    });
    const group = [id, ...[...adjacent].sort()].slice(0, MAX_COMPARE);
    if (group.length > best.length || (group.length === best.length && id < (best[0] ?? "")))
      best = group;
  });
  return best.length >= 2 ? best : [];
}
