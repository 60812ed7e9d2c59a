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
  const items = masks.map(indicesOf);
  const members = groups.map(indicesOf);
  const highest = (lists: Int32Array[]) =>
    Math.max(0, ...lists.map((list) => (list.length ? (list.at(-1) as number) + 1 : 0)));
  // Every item any node requires or any group lists gets a position.
  const groupBase = Math.max(highest(items), highest(members));
  const groupBits = masks.map((_, node) =>
    indicesOf(groupMasks[node] ?? 0n).map((g) => groupBase + g),
  );
  return { items, groupBits, members, groupBase, groupCount: groups.length };
}
