/**
 * What routing needs from a graph, computed once per graph: roles, items and "one of" groups as
 * indices; each role's requirement units as bit masks (plain items, groups), core only and core
 * plus secondary; and its moves.
 *
 * Cached per graph instance: a loaded career graph is never mutated (the UI keeps hover,
 * selection and routes in its own state), so the index stays valid for the graph's lifetime.
 */

import { cached } from "../cached.ts";
import type { CareerGraph } from "../model.ts";
import { isItem } from "../model.ts";
import { type Requirement, requirementUnits } from "../requirements.ts";
import type { Arc } from "./problem.ts";

export interface RoutingIndex {
  roles: string[];
  roleIndex: Map<string, number>;
  /** Item id → bit position in the masks. */
  itemIndex: Map<string, number>;
  /** A mask of the given items (unknown ids are left out). */
  maskOf(ids: Iterable<string>): bigint;
  /** Each role's requirement units (plain items, and groups with `members`). */
  requirements: Requirement[][];
  /** Group key → bit; and group bit index → member items. */
  groupBit: Map<string, bigint>;
  groups: bigint[];
  /** Core units only (the default cost), per role and a last entry for the virtual start … */
  core: { masks: bigint[]; groupMasks: bigint[] };
  /** … and core plus secondary (when the person asks to count nice-to-haves). */
  all: { masks: bigint[]; groupMasks: bigint[] };
  progression: Arc[][];
  overlap: Arc[][];
  /** Roles no progression edge leads into. */
  entries: number[];
}

const cache = new WeakMap<CareerGraph, RoutingIndex>();

export function routingIndex(graph: CareerGraph): RoutingIndex {
  return cached(cache, graph, () => buildIndex(graph));
}

function buildIndex(graph: CareerGraph): RoutingIndex {
  const roles = graph.filterNodes((_, a) => a.kind === "role").sort();
  const items = graph.filterNodes((_, a) => isItem(a)).sort();
  const roleIndex = new Map(roles.map((id, i) => [id, i]));
  // Positions, not one bigint per item: at 15,000 items those would be megabytes of masks.
  const itemIndex = new Map(items.map((id, i) => [id, i]));
  const maskOf = (ids: Iterable<string>) => toMask(ids, itemIndex, items.length);
  const requirements = roles.map((id) => requirementUnits(graph, id));
  const groupBit = new Map<string, bigint>();
  const groups: bigint[] = [];
  for (const units of requirements)
    for (const u of units)
      if (u.members && !groupBit.has(u.id)) {
        groupBit.set(u.id, 1n << BigInt(groups.length));
        groups.push(maskOf(u.members.map((m) => m.id)));
      }
  // One more entry than roles: the virtual start a route from skills alone begins at. The
  // arrays are the same objects for every query, so the search compiles them once.
  const masksOf = (keep: (u: Requirement) => boolean) => ({
    masks: [
      ...requirements.map((units) =>
        maskOf(units.filter((u) => !u.members && keep(u)).map((u) => u.id)),
      ),
      0n,
    ],
    groupMasks: [
      ...requirements.map((units) =>
        units.reduce((m, u) => (u.members && keep(u) ? m | (groupBit.get(u.id) ?? 0n) : m), 0n),
      ),
      0n,
    ],
  });
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
  return {
    roles,
    roleIndex,
    itemIndex,
    maskOf,
    requirements,
    groupBit,
    groups,
    core: masksOf((u) => u.importance === "core"),
    all: masksOf(() => true),
    progression,
    overlap,
    entries: roles.map((_, i) => i).filter((i) => !hasPredecessor.has(i)),
  };
}

const moves = new WeakMap<RoutingIndex, Map<boolean, readonly (readonly Arc[])[]>>();

/**
 * Moves from each role: progression forward, plus overlap both ways when lateral moves are on.
 * Built once per index and setting: the same arrays for every query, so what
 * the search derives from a role's moves (search-space.ts arcDiffs) is derived once. Callers
 * must not modify them (copy the outer array to add a node).
 */
export function movesOf(index: RoutingIndex, allowLateral: boolean): readonly (readonly Arc[])[] {
  const bySetting = cached(moves, index, () => new Map());
  return cached(bySetting, allowLateral, () => buildMoves(index, allowLateral));
}

function buildMoves(index: RoutingIndex, allowLateral: boolean): Arc[][] {
  return index.roles.map((_, i) => {
    const forward = index.progression[i] ?? [];
    if (!allowLateral) return forward;
    // A pair joined both ways keeps the progression move.
    const targets = new Set(forward.map((a) => a.to));
    return [...forward, ...(index.overlap[i] ?? []).filter((a) => !targets.has(a.to))];
  });
}

/** A bigint mask from item ids, built through 32-bit words: one allocation, not one per item. */
function toMask(ids: Iterable<string>, index: Map<string, number>, size: number): bigint {
  const words = new Uint32Array(Math.max(1, Math.ceil(size / 32)));
  let any = false;
  for (const id of ids) {
    const i = index.get(id);
    if (i === undefined) continue;
    words[i >>> 5] = (words[i >>> 5] as number) | (1 << (i & 31));
    any = true;
  }
  if (!any) return 0n;
  let hex = "";
  for (let w = words.length - 1; w >= 0; w--)
    hex += (words[w] as number).toString(16).padStart(8, "0");
  return BigInt(`0x${hex}`);
}
