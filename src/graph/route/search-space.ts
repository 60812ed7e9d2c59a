/**
 * The exact search's view of a problem's requirements, compiled once per masks array (the
 * routing index keeps the same arrays for every query): each node's items as index lists, and
 * each node's "one of" groups as positions in the same bit set, after the items. One bit set per
 * label then holds items and groups together, so a dominance test is one subset test and
 * extending a label is one copy.
 */
import { indicesOf } from "./bitset.ts";
import type { RouteProblem } from "./problem.ts";

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
}

const compiled = new WeakMap<readonly bigint[], WeakMap<readonly bigint[], SearchSpace>>();
const noGroups: readonly bigint[] = [];

export function searchSpace(problem: RouteProblem): SearchSpace {
  const groupMasks = problem.groupMasks ?? noGroups;
  let byGroups = compiled.get(problem.masks);
  if (!byGroups) {
    byGroups = new WeakMap();
    compiled.set(problem.masks, byGroups);
  }
  let space = byGroups.get(groupMasks);
  if (!space) {
    space = compile(problem.masks, groupMasks, problem.groups ?? []);
    byGroups.set(groupMasks, space);
  }
  return space;
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
  let size = 0;
  for (const list of raw) for (const i of list) positionOf[i] = 0;
  for (let i = 0; i < positionOf.length; i++) if (positionOf[i] === 0) positionOf[i] = size++;
  const remap = (list: Int32Array) =>
    Int32Array.from(Array.from(list, (i) => positionOf[i] as number).filter((p) => p >= 0));
  const groupBase = size;
  const groupBits = masks.map((_, node) =>
    indicesOf(groupMasks[node] ?? 0n).map((g) => groupBase + g),
  );
  return {
    items: raw.map(remap),
    groupBits,
    members: members.map(remap),
    groupBase,
    groupCount: groups.length,
    positionOf,
  };
}

const startPositions = new WeakMap<RouteProblem, Int32Array>();

/** The positions of what the person holds at the start (items no node requires have none). */
export function heldAtStart(problem: RouteProblem, space: SearchSpace): Int32Array {
  let held = startPositions.get(problem);
  if (!held) {
    held = Int32Array.from(
      Array.from(indicesOf(problem.startMask), (i) => space.positionOf[i] ?? -1).filter(
        (p) => p >= 0,
      ),
    );
    startPositions.set(problem, held);
  }
  return held;
}

const metGroups = new WeakMap<RouteProblem, Uint8Array>();

/**
 * Groups met before the route starts: those listed as met, and those with a member the person
 * holds (a member no node requires has no position, so the search could not see it held).
 */
export function groupsMetAtStart(problem: RouteProblem, groupCount: number): Uint8Array {
  let met = metGroups.get(problem);
  if (!met) {
    const out = new Uint8Array(groupCount);
    for (const g of indicesOf(problem.startGroups ?? 0n)) if (g < groupCount) out[g] = 1;
    problem.groups?.forEach((members, g) => {
      if (g < groupCount && (members & problem.startMask) !== 0n) out[g] = 1;
    });
    metGroups.set(problem, out);
    met = out;
  }
  return met;
}
