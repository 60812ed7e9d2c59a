/**
 * The routing problem in plain numbers, independent of Graphology, so the exact search and the
 * brute-force reference in the tests run on exactly the same input.
 *
 * Nodes are indices; node i requires the items in `masks[i]` (bit j = item j) and the "one of"
 * groups in `groupMasks[i]` (bit g = group g, whose members are the items in `groups[g]`). A
 * route is a path of nodes from `start` to `target` along `arcs`; the person starts holding
 * `startMask` and with the groups in `startGroups` already met.
 *
 * Cost of a path (what "fewest skills" minimises): the fewest items the person must learn so
 * that every role on the path is met, i.e. |X \ startMask| for the smallest item set X that
 * contains every plain item the path's roles require and hits every group they require (a group
 * is hit by holding any member). It never decreases along a path: a longer path only adds
 * constraints.
 */
import { cached } from "../cached.ts";
import { minimumHittingSet } from "./hitting-set.ts";

export type Via = "progression" | "overlap" | "entry";

export interface Arc {
  to: number;
  via: Via;
}

export type RouteMode = "skills" | "steps";

export interface RouteProblem {
  masks: readonly bigint[];
  /** Groups each node requires (bit g = group g); absent = no groups. */
  groupMasks?: readonly bigint[];
  /** Group g → its member items. */
  groups?: readonly bigint[];
  arcs: readonly (readonly Arc[])[];
  start: number;
  target: number;
  startMask: bigint;
  /** Groups met before the route starts (the start role's own groups). */
  startGroups?: bigint;
  mode: RouteMode;
}

/** A path through the problem: nodes from start to target, and the arc used to enter each. */
export interface ProblemPath {
  nodes: number[];
  vias: Via[];
}

/** What a path costs: items to learn, and moves. */
export interface PathKey {
  learn: number;
  moves: number;
}

export function popcount(mask: bigint): number {
  let count = 0;
  let m = mask;
  while (m > 0n) {
    m &= m - 1n;
    count++;
  }
  return count;
}

/** Items a path's roles require, plus what the person starts with. */
export function pathMask(problem: RouteProblem, nodes: readonly number[]): bigint {
  let mask = problem.startMask;
  for (const node of nodes) mask |= problem.masks[node] ?? 0n;
  return mask;
}

export function pathGroups(problem: RouteProblem, nodes: readonly number[]): bigint {
  let mask = 0n;
  for (const node of nodes) mask |= problem.groupMasks?.[node] ?? 0n;
  return mask;
}

/** Member masks of the groups in `groupMask` that neither `held` nor startGroups meets. */
export function unmetGroups(problem: RouteProblem, groupMask: bigint, held: bigint): bigint[] {
  const out: bigint[] = [];
  let m = groupMask & ~(problem.startGroups ?? 0n);
  for (let g = 0; m > 0n; g++, m >>= 1n) {
    if ((m & 1n) === 0n) continue;
    const members = problem.groups?.[g] ?? 0n;
    if ((members & held) === 0n) out.push(members);
  }
  return out;
}

/** The cost of meeting items `mask` and groups `groupMask` from the start (see header). */
export function learnCost(problem: RouteProblem, mask: bigint, groupMask: bigint): number {
  const plain = popcount(mask & ~problem.startMask);
  if (groupMask === 0n) return plain;
  return plain + minimumHittingSet(unmetGroups(problem, groupMask, mask)).size;
}

export function pathKey(problem: RouteProblem, nodes: readonly number[]): PathKey {
  return {
    learn: learnCost(problem, pathMask(problem, nodes), pathGroups(problem, nodes)),
    moves: nodes.length - 1,
  };
}

/** Orders keys by the mode's objective: fewest items then fewest moves, or the reverse. */
export function compareKeys(mode: RouteMode, a: PathKey, b: PathKey): number {
  return mode === "skills"
    ? a.learn - b.learn || a.moves - b.moves
    : a.moves - b.moves || a.learn - b.learn;
}

const reversed = new WeakMap<RouteProblem, number[][]>();

/** Each node's predecessors (who has an arc into it), cached per problem. */
export function arcsInto(problem: RouteProblem): number[][] {
  return cached(reversed, problem, () => {
    const into: number[][] = Array.from({ length: problem.arcs.length }, () => []);
    problem.arcs.forEach((arcs, from) => {
      for (const arc of arcs) into[arc.to]?.push(from);
    });
    return into;
  });
}
