/**
 * The routing problem in plain numbers, independent of Graphology, so the exact search and the
 * brute-force reference in the tests run on exactly the same input.
 *
 * Nodes are indices; node i requires the items in `masks[i]` (bit j = item j). A route is a
 * path of nodes from `start` to `target` along `arcs`; the person starts holding `startMask`.
 */
export type Via = "progression" | "overlap" | "entry";

export interface Arc {
  to: number;
  via: Via;
}

export type RouteMode = "skills" | "steps";

export interface RouteProblem {
  masks: readonly bigint[];
  arcs: readonly (readonly Arc[])[];
  start: number;
  target: number;
  startMask: bigint;
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

export function pathMask(problem: RouteProblem, nodes: readonly number[]): bigint {
  let mask = problem.startMask;
  for (const node of nodes) mask |= problem.masks[node] ?? 0n;
  return mask;
}

export function pathKey(problem: RouteProblem, nodes: readonly number[]): PathKey {
  return {
    learn: popcount(pathMask(problem, nodes)) - popcount(problem.startMask),
    moves: nodes.length - 1,
  };
}

/** Orders keys by the mode's objective: fewest items then fewest moves, or the reverse. */
export function compareKeys(mode: RouteMode, a: PathKey, b: PathKey): number {
  return mode === "skills"
    ? a.learn - b.learn || a.moves - b.moves
    : a.moves - b.moves || a.learn - b.learn;
}
