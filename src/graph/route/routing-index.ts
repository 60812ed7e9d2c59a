/**
 * What routing needs from a graph, computed once per graph: roles and items as indices, each
 * role's full requirement set as a bit mask, and its moves.
 *
 * Cached per graph instance: a loaded career graph is never mutated (the UI keeps hover,
 * selection and routes in its own state), so the index stays valid for the graph's lifetime.
 */
import type { CareerGraph } from "../model.ts";
import { isItem } from "../model.ts";
import { fullRequirements, type Requirement } from "../requirements.ts";
import type { Arc } from "./problem.ts";

export interface RoutingIndex {
  roles: string[];
  roleIndex: Map<string, number>;
  itemBit: Map<string, bigint>;
  requirements: Requirement[][];
  masks: bigint[];
  progression: Arc[][];
  overlap: Arc[][];
  /** Roles no progression edge leads into. */
  entries: number[];
}

const cache = new WeakMap<CareerGraph, RoutingIndex>();

export function routingIndex(graph: CareerGraph): RoutingIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  const roles = graph.filterNodes((_, a) => a.kind === "role").sort();
  const items = graph.filterNodes((_, a) => isItem(a)).sort();
  const roleIndex = new Map(roles.map((id, i) => [id, i]));
  const itemBit = new Map(items.map((id, i) => [id, 1n << BigInt(i)]));
  const requirements = roles.map((id) => fullRequirements(graph, id));
  const masks = requirements.map((reqs) =>
    reqs.reduce((m, r) => m | (itemBit.get(r.id) ?? 0n), 0n),
  );
  const progression: Arc[][] = roles.map(() => []);
  const overlap: Arc[][] = roles.map(() => []);
  const hasPredecessor = new Set<number>();
  graph.forEachEdge((_key, edge, source, target) => {
    const s = roleIndex.get(source);
    const t = roleIndex.get(target);
    if (s === undefined || t === undefined) return;
    if (edge.kind === "progression") {
      progression[s]?.push({ to: t, via: "progression" });
      hasPredecessor.add(t);
    } else if (edge.kind === "overlap") {
      overlap[s]?.push({ to: t, via: "overlap" });
      overlap[t]?.push({ to: s, via: "overlap" });
    }
  });
  for (const arcs of [...progression, ...overlap]) arcs.sort((a, b) => a.to - b.to);
  const index: RoutingIndex = {
    roles,
    roleIndex,
    itemBit,
    requirements,
    masks,
    progression,
    overlap,
    entries: roles.map((_, i) => i).filter((i) => !hasPredecessor.has(i)),
  };
  cache.set(graph, index);
  return index;
}

/** Moves from each role: progression forward, plus overlap both ways when lateral moves are on. */
export function movesOf(index: RoutingIndex, allowLateral: boolean): Arc[][] {
  return index.roles.map((_, i) => {
    const forward = index.progression[i] ?? [];
    if (!allowLateral) return forward;
    // A pair joined both ways keeps the progression move.
    const targets = new Set(forward.map((a) => a.to));
    return [...forward, ...(index.overlap[i] ?? []).filter((a) => !targets.has(a.to))];
  });
}
