/**
 * Exact minimum-learning path: an A* label-setting (multi-criteria Dijkstra) search over states
 * (node, items required so far, groups required so far, moves).
 *
 * Why it is exact. The cost of a path (problem.ts) never decreases along it. Every label gets
 * the key f = (learn bound, moves bound):
 * - learn bound: the cost of the label's items and groups *plus the target's own*. Any
 *   completion visits the target, so its final cost is at least this (cost is monotone in the
 *   item and group sets); along an arc the bound never decreases (the sets only grow).
 * - moves bound: moves so far plus the fewest moves from the node to the target (reverse BFS;
 *   removing nodes for alternatives only lengthens real distances, so it stays a lower bound).
 *   It grows by ≥ 0 along an arc since d(v) ≤ 1 + d(w).
 * - plus the private items (required by one role only) of the roles every way on must pass:
 *   consistent and admissible too, see private-items.ts.
 * Both parts are consistent, so labels pop in non-decreasing key order, and at the target the
 * bound is the true cost: the first target label popped is optimal. A label (v, S, G, k) is
 * dropped only when another label at v has S' ⊆ S, G' ⊆ G and k' ≤ k: every continuation of
 * the dropped label costs at least as much from the kept one. A label that revisits a node is
 * dominated by its own ancestor there, so paths found are simple.
 *
 * A label whose bound is worse than a route already known (the fewest-moves route, or the cutoff
 * an alternatives search passes in) is never kept: an optimal route's labels all have bounds no
 * worse than the optimum, so none of them is lost.
 *
 * Budget: a query may cap labels and time. When the cap is hit the answer is the best target
 * label seen so far (or the fewest-moves path), marked inexact, with the smallest key still open
 * as a proven lower bound on the optimum.
 *
 * Minimum-label path problems are NP-hard in general; the bound and the dominance rule keep the
 * state space small on career graphs, whose ladders share most of their requirements.
 */
import {
  BitPool,
  type Bits,
  countBits,
  countMissing,
  fromBigInt,
  has,
  indicesOf,
  isSubset,
  withIndices,
  wordsFor,
} from "./bitset.ts";
import { minimumHittingSet } from "./hitting-set.ts";
import { MinHeap } from "./min-heap.ts";
import { privateItemsToTarget } from "./private-items.ts";
import {
  arcsInto,
  compareKeys,
  learnCost,
  type PathKey,
  type ProblemPath,
  pathKey,
  type RouteProblem,
  unmetGroups,
  type Via,
} from "./problem.ts";

interface Label {
  node: number;
  /** Items the path requires, plus what the person started with. */
  bits: Bits;
  /** How many of those the person must learn (|bits \ startMask|). */
  plain: number;
  /** How many items `bits` holds (a set can only be a subset of one at least as big). */
  size: number;
  groups: bigint;
  moves: number;
  key: PathKey;
  parent: Label | undefined;
  via: Via | undefined;
  dead: boolean;
}

export interface SearchConstraints {
  /** A fixed path prefix; the search continues from its last node. Defaults to [start]. */
  root?: readonly number[];
  /** Root vias (one per root node after the first). */
  rootVias?: readonly Via[];
  forbiddenNodes?: ReadonlySet<number>;
  /** Arcs not to take, as `"from>to"`. */
  forbiddenArcs?: ReadonlySet<string>;
  /**
   * Only a path no worse than this is wanted: the search gives up (null) once every open label's
   * bound is worse. Exact, because bounds never overestimate.
   */
  cutoff?: PathKey;
}

export interface SearchBudget {
  /** Labels the search may create. */
  maxLabels?: number;
  /** Wall-clock limit, in ms. */
  maxMillis?: number;
}

export interface SearchResult {
  path: ProblemPath;
  key: PathKey;
  /** False when the budget cut the search short: `path` is then the best found. */
  exact: boolean;
  /** A proven lower bound on the optimal learn cost (equals key.learn when exact). */
  lowerBound: number;
}

export function arcId(from: number, to: number): string {
  return `${from}>${to}`;
}

const distances = new WeakMap<RouteProblem, Int32Array>();

/** Each node's items as index lists, compiled once per masks array (the routing index's). */
const compiledMasks = new WeakMap<readonly bigint[], { items: Int32Array[]; size: number }>();
const compiledGroups = new WeakMap<readonly bigint[], Int32Array[]>();

function compile(problem: RouteProblem) {
  let masks = compiledMasks.get(problem.masks);
  if (!masks) {
    const items = problem.masks.map(indicesOf);
    const size = Math.max(
      0,
      ...items.map((list) => (list.length ? (list.at(-1) as number) + 1 : 0)),
    );
    masks = { items, size };
    compiledMasks.set(problem.masks, masks);
  }
  const groupsArray = problem.groups ?? [];
  let groups = compiledGroups.get(groupsArray);
  if (!groups) {
    groups = groupsArray.map(indicesOf);
    compiledGroups.set(groupsArray, groups);
  }
  const groupSize = Math.max(0, ...groups.map((g) => (g.length ? (g.at(-1) as number) + 1 : 0)));
  const words = wordsFor(Math.max(masks.size, groupSize, problem.startMask.toString(2).length));
  return { items: masks.items, groups, words, size: masks.size };
}

/** Fewest moves from each node to the target (-1: unreachable), cached per problem. */
export function movesToTarget(problem: RouteProblem): Int32Array {
  const cached = distances.get(problem);
  if (cached) return cached;
  const n = problem.arcs.length;
  const reverse = arcsInto(problem);
  const dist = new Int32Array(n).fill(-1);
  dist[problem.target] = 0;
  const queue = [problem.target];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    for (const u of reverse[v] ?? []) {
      if (dist[u] !== -1) continue;
      dist[u] = (dist[v] as number) + 1;
      queue.push(u);
    }
  }
  distances.set(problem, dist);
  return dist;
}

export function exactSearch(
  problem: RouteProblem,
  constraints: SearchConstraints = {},
  budget: SearchBudget = {},
): SearchResult | null {
  const root = constraints.root ?? [problem.start];
  const rootVias = constraints.rootVias ?? [];
  const forbiddenNodes = constraints.forbiddenNodes ?? new Set<number>();
  const forbiddenArcs = constraints.forbiddenArcs ?? new Set<string>();
  const dist = movesToTarget(problem);
  const { items, groups: groupItems, words, size } = compile(problem);
  const start = fromBigInt(problem.startMask, words);
  const beyond = privateItemsToTarget(problem, items, groupItems, start, size);
  const targetItems = items[problem.target] ?? new Int32Array();
  const targetGroups = problem.groupMasks?.[problem.target] ?? 0n;
  const startGroups = problem.startGroups ?? 0n;
  // Hitting-set sizes by the set of open groups: few distinct sets come up in one search.
  const hittingSets = new Map<bigint, number>();
  const maxLabels = budget.maxLabels ?? Number.POSITIVE_INFINITY;
  const deadline =
    budget.maxMillis === undefined ? Number.POSITIVE_INFINITY : now() + budget.maxMillis;

  let bits = start;
  let plain = 0;
  let groups = 0n;
  for (const node of root) {
    const next = withIndices(bits, items[node] ?? new Int32Array());
    bits = next.bits;
    plain += next.added;
    groups |= problem.groupMasks?.[node] ?? 0n;
  }
  const spur = root[root.length - 1];
  if (spur === undefined || (dist[spur] ?? -1) < 0) return null;

  const compare = (a: Label, b: Label) => compareKeys(problem.mode, a.key, b.key);
  const heap = new MinHeap<Label>(compare);
  const kept: Label[][] = problem.masks.map(() => []);
  let labels = 0;
  let pops = 0;
  let bestTarget: Label | undefined;

  /** Open groups of `g` that neither the held items nor the target's items meet. */
  const groupCost = (b: Bits, g: bigint): number => {
    let open = 0n;
    let m = g & ~startGroups;
    for (let i = 0; m > 0n; i++, m >>= 1n) {
      if ((m & 1n) === 0n) continue;
      const members = groupItems[i] ?? new Int32Array();
      let hit = false;
      for (let j = 0; j < members.length && !hit; j++) {
        const item = members[j] as number;
        hit = has(b, item) || targetItems.includes(item);
      }
      if (!hit) open |= 1n << BigInt(i);
    }
    if (open === 0n) return 0;
    let size = hittingSets.get(open);
    if (size === undefined) {
      size = minimumHittingSet(unmetGroups(problem, open, 0n)).size;
      hittingSets.set(open, size);
    }
    return size;
  };
  // Lower bound: what the label requires, what the target still requires, and the private items
  // of the roles any way on must pass (see header and private-items.ts).
  const keyOf = (node: number, b: Bits, p: number, g: bigint, moves: number): PathKey => ({
    learn:
      p + countMissing(targetItems, b) + groupCost(b, g | targetGroups) + (beyond[node] as number),
    moves: moves + (dist[node] as number),
  });

  // An upper bound from the start: the fewest-moves route's cost. Every label of an optimal
  // route has a bound no worse than the optimum (the bounds are consistent), so labels worse
  // than a known route are never needed: they are not kept, which keeps the dominance lists short.
  const known = fewestMovesPath(problem, root, rootVias, constraints);
  const ceiling = known ? pathKey(problem, known.nodes) : undefined;
  const tooCostly = (key: PathKey) =>
    (ceiling !== undefined && compareKeys(problem.mode, key, ceiling) > 0) ||
    (constraints.cutoff !== undefined && compareKeys(problem.mode, key, constraints.cutoff) > 0);

  const pool = new BitPool(words);
  const offer = (label: Label): void => {
    if (tooCostly(label.key)) {
      pool.giveBack(label.bits);
      return;
    }
    const here = kept[label.node] ?? [];
    for (const other of here) {
      if (
        !other.dead &&
        other.moves <= label.moves &&
        other.size <= label.size &&
        (other.groups & label.groups) === other.groups &&
        isSubset(other.bits, label.bits)
      ) {
        pool.giveBack(label.bits);
        return;
      }
    }
    let live = 0;
    for (const other of here) {
      if (
        label.moves <= other.moves &&
        label.size <= other.size &&
        (label.groups & other.groups) === label.groups &&
        isSubset(label.bits, other.bits)
      )
        other.dead = true;
      else if (!other.dead) here[live++] = other;
    }
    here.length = live;
    here.push(label);
    kept[label.node] = here;
    labels++;
    if (
      label.node === problem.target &&
      (!bestTarget || compareKeys(problem.mode, label.key, bestTarget.key) < 0)
    )
      bestTarget = label;
    heap.push(label);
  };

  offer({
    node: spur,
    bits,
    plain,
    size: plain + countBits(start),
    groups,
    moves: root.length - 1,
    key: keyOf(spur, bits, plain, groups, root.length - 1),
    parent: undefined,
    via: undefined,
    dead: false,
  });

  for (let label = heap.pop(); label; label = heap.pop()) {
    if (label.dead) continue;
    if (constraints.cutoff && compareKeys(problem.mode, label.key, constraints.cutoff) > 0)
      return null;
    if (label.node === problem.target) {
      const path = unwind(label, root, rootVias);
      return { path, key: label.key, exact: true, lowerBound: label.key.learn };
    }
    // The clock is read every 8 pops: a pop can be slow when a role holds many labels.
    if (labels >= maxLabels || ((++pops & 7) === 0 && now() > deadline))
      return cutShort(problem, label, bestTarget, root, rootVias, constraints);
    for (const arc of problem.arcs[label.node] ?? []) {
      if (forbiddenNodes.has(arc.to) || forbiddenArcs.has(arcId(label.node, arc.to))) continue;
      if ((dist[arc.to] ?? -1) < 0) continue;
      const next = pool.with(label.bits, items[arc.to] ?? new Int32Array());
      const p = label.plain + next.added;
      const g = label.groups | (problem.groupMasks?.[arc.to] ?? 0n);
      offer({
        node: arc.to,
        bits: next.bits,
        plain: p,
        size: label.size + next.added,
        groups: g,
        moves: label.moves + 1,
        key: keyOf(arc.to, next.bits, p, g, label.moves + 1),
        parent: label,
        via: arc.via,
        dead: false,
      });
    }
  }
  return null;
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** The budget ran out with `open` the cheapest open label: best found, and a proven bound. */
function cutShort(
  problem: RouteProblem,
  open: Label,
  bestTarget: Label | undefined,
  root: readonly number[],
  rootVias: readonly Via[],
  constraints: SearchConstraints,
): SearchResult | null {
  // In "skills" mode labels pop by learn bound, so the open label's bound holds for every path;
  // in "steps" mode only the target's own requirements are a sure bound.
  const lowerBound =
    problem.mode === "skills"
      ? open.key.learn
      : learnCost(
          problem,
          problem.masks[problem.target] ?? 0n,
          problem.groupMasks?.[problem.target] ?? 0n,
        );
  const fallback = bestTarget
    ? unwind(bestTarget, root, rootVias)
    : fewestMovesPath(problem, root, rootVias, constraints);
  if (!fallback) return null;
  const key = pathKey(problem, fallback.nodes);
  return {
    path: fallback,
    key,
    exact: false,
    lowerBound: Math.min(lowerBound, key.learn),
  };
}

/** Breadth-first: a route with the fewest moves, used when the budget ends the exact search. */
function fewestMovesPath(
  problem: RouteProblem,
  root: readonly number[],
  rootVias: readonly Via[],
  constraints: SearchConstraints,
): ProblemPath | null {
  const spur = root[root.length - 1] as number;
  const forbidden = new Set([...(constraints.forbiddenNodes ?? []), ...root.slice(0, -1)]);
  const parent = new Map<number, { from: number; via: Via }>();
  const queue = [spur];
  const seen = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    if (v === problem.target) break;
    for (const arc of problem.arcs[v] ?? []) {
      if (seen.has(arc.to) || forbidden.has(arc.to)) continue;
      if (constraints.forbiddenArcs?.has(arcId(v, arc.to))) continue;
      seen.add(arc.to);
      parent.set(arc.to, { from: v, via: arc.via });
      queue.push(arc.to);
    }
  }
  if (!seen.has(problem.target)) return null;
  const nodes: number[] = [];
  const vias: Via[] = [];
  for (let v = problem.target; v !== spur; ) {
    const p = parent.get(v) as { from: number; via: Via };
    nodes.push(v);
    vias.push(p.via);
    v = p.from;
  }
  return { nodes: [...root, ...nodes.reverse()], vias: [...rootVias, ...vias.reverse()] };
}

function unwind(label: Label, root: readonly number[], rootVias: readonly Via[]): ProblemPath {
  const nodes: number[] = [];
  const vias: Via[] = [];
  for (let l: Label | undefined = label; l?.parent; l = l.parent) {
    nodes.push(l.node);
    vias.push(l.via as Via);
  }
  nodes.reverse();
  vias.reverse();
  return { nodes: [...root, ...nodes], vias: [...rootVias, ...vias] };
}
