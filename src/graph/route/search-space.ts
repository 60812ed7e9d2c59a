/**
 * The exact search's view of a problem's requirements, compiled once per masks array (the
 * routing index keeps the same arrays for every query): each node's items as index lists, and
 * each node's "one of" groups as positions in the same bit set, after the items. One bit set per
 * label then holds items and groups together, so a dominance test is one subset test and
 * extending a label is one copy.
 */

import { cached } from "../cached.ts";
import { indicesOf } from "./bitset.ts";
import type { Arc, RouteProblem } from "./problem.ts";

export interface SearchSpace {
  /** Each node's plain items (bit positions). */
  items: Int32Array[];
  /** Each node's groups, as bit positions (groupBase + g). */
  groupBits: Int32Array[];
  /** Each group's member items. */
  members: Int32Array[];
  /** Positions below this are items; groups follow, from here. */
  groupBase: number;
  groupCount: number;
  /** Item index (bit of the masks) → its position, -1 for an item no node requires. */
  positionOf: Int32Array;
  /** 1 at each position of an item some group lists. */
  grouped: Uint8Array;
}

const compiled = new WeakMap<readonly bigint[], WeakMap<readonly bigint[], SearchSpace>>();
const noGroups: readonly bigint[] = [];

export function searchSpace(problem: RouteProblem): SearchSpace {
  const groupMasks = problem.groupMasks ?? noGroups;
  const byGroups = cached(compiled, problem.masks, () => new WeakMap());
  return cached(byGroups, groupMasks, () =>
    compile(problem.masks, groupMasks, problem.groups ?? []),
  );
}

function compile(
  masks: readonly bigint[],
  groupMasks: readonly bigint[],
  groups: readonly bigint[],
): SearchSpace {
  const raw = masks.map(indicesOf);
  const members = groups.map(indicesOf);
  const highest = (lists: Int32Array[]) =>
    Math.max(0, ...lists.map((list) => (list.length ? (list.at(-1) as number) + 1 : 0)));
  // Only items some node requires get a position: no label can hold any other (what the person
  // starts with beyond them changes no cost), and on the L bench a quarter of the items are
  // never required, so sets are a quarter shorter. Group members no node requires can never be
  // held either; they keep no position.
  const positionOf = new Int32Array(Math.max(highest(raw), highest(members))).fill(-1);
  // Positions in order of first appearance, node by node: a node's items that no node before it
  // requires sit side by side, in a few words of the set.
  let size = 0;
  for (const list of raw) for (const i of list) if (positionOf[i] === -1) positionOf[i] = size++;
  const remap = (list: Int32Array) =>
    Int32Array.from(Array.from(list, (i) => positionOf[i] as number).filter((p) => p >= 0)).sort();
  const groupBase = size;
  const groupBits = masks.map((_, node) =>
    indicesOf(groupMasks[node] ?? 0n).map((g) => groupBase + g),
  );
  const memberLists = members.map(remap);
  const grouped = new Uint8Array(groupBase);
  for (const list of memberLists) for (const p of list) grouped[p] = 1;
  return {
    items: raw.map(remap),
    groupBits,
    members: memberLists,
    groupBase,
    groupCount: groups.length,
    positionOf,
    grouped,
  };
}

const startPositions = new WeakMap<RouteProblem, Int32Array>();

/** The positions of what the person holds at the start (items no node requires have none). */
export function heldAtStart(problem: RouteProblem, space: SearchSpace): Int32Array {
  return cached(startPositions, problem, () =>
    Int32Array.from(
      Array.from(indicesOf(problem.startMask), (i) => space.positionOf[i] ?? -1).filter(
        (p) => p >= 0,
      ),
    ),
  );
}

const metGroups = new WeakMap<RouteProblem, Uint8Array>();

/**
 * Groups met before the route starts: those listed as met, and those with a member the person
 * holds (a member no node requires has no position, so the search could not see it held).
 */
export function groupsMetAtStart(problem: RouteProblem, groupCount: number): Uint8Array {
  return cached(metGroups, problem, () => {
    const out = new Uint8Array(groupCount);
    for (const g of indicesOf(problem.startGroups ?? 0n)) if (g < groupCount) out[g] = 1;
    problem.groups?.forEach((members, g) => {
      if (g < groupCount && (members & problem.startMask) !== 0n) out[g] = 1;
    });
    return out;
  });
}

const diffs = new WeakMap<
  SearchSpace,
  WeakMap<readonly Arc[], { node: number; lists: Int32Array[] }>
>();

/**
 * For each of `node`'s moves, the items its target requires that `node` does not: a label at
 * `node` holds all of `node`'s items, so only these can be new to it. Linked roles share most
 * of their requirements (ladders, overlaps), so these lists are much shorter than the roles'
 * own, and counting a move's new items is the search's most frequent operation. Cached per
 * moves array (the routing index keeps the same arrays for every query).
 */
export function arcDiffs(space: SearchSpace, node: number, arcs: readonly Arc[]): Int32Array[] {
  const byArcs = cached(diffs, space, () => new WeakMap());
  const known = byArcs.get(arcs);
  if (known && known.node === node) return known.lists;
  const own = new Set(space.items[node] ?? []);
  const lists = arcs.map((arc) =>
    Int32Array.from(Array.from(space.items[arc.to] ?? [], Number).filter((i) => !own.has(i))),
  );
  byArcs.set(arcs, { node, lists });
  return lists;
}
