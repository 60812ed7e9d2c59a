/**
 * Exact minimum-learning path: an A* label-setting (multi-criteria Dijkstra) search over states
 * (node, items required so far, groups required so far, moves).
 *
 * Every route ends at the target, so a label's item set starts as what the person holds plus
 * what the target requires: the cost of a path is the cost of its roles' items and groups
 * together with the target's (problem.ts), and holding the target's items from the start
 * changes no route's cost while letting more labels be compared.
 *
 * Why it is exact. The cost never decreases along a path. Every label gets the key
 * f = (learn bound, moves bound):
 * - learn bound: the cost of the label's items and groups (the target's included). Any
 *   completion's final cost is at least this (cost is monotone in the item and group sets);
 *   along an arc the bound never decreases (the sets only grow).
 * - moves bound: moves so far plus the fewest moves from the node to the target (reverse BFS;
 *   removing nodes for alternatives only lengthens real distances, so it stays a lower bound).
 *   It grows by ≥ 0 along an arc since d(v) ≤ 1 + d(w).
 * - plus the private items (required by one role only) of the roles every way on must pass:
 *   consistent and admissible too, see private-items.ts.
 * Both parts are consistent, so labels pop in non-decreasing key order, and at the target the
 * bound is the true cost: the first target label popped is optimal. A label (v, S, k) is dropped
 * only when another label at v has S' ⊆ S and k' ≤ k, S being one bit set of items, groups and
 * marks (below): every continuation of the dropped label costs at least as much from the kept
 * one, and is allowed from it. A label that revisits a node is dominated by its own ancestor
 * there, so paths found are simple.
 *
 * Routes to differ from (`differFrom`, for alternatives): a path must miss at least one listed
 * node of each route. A label marks the listed nodes its path has visited, as further bits of
 * its set; once it holds every mark of one route, no continuation can miss a node of it and the
 * label is dropped. Dominance stays sound with marks in the set: a continuation that misses a
 * node of every route from the dropped label also does from the kept one, which has visited no
 * more of them.
 *
 * A label whose bound is worse than a route already known (in "steps" mode the fewest-moves
 * route; a quick route found first by a best-first search that keeps one label per node; any
 * route the search has reached the target by; or the cutoff a caller passes in) is never kept: an optimal route's
 * labels all have bounds no worse than the optimum, so none of them is lost. On career graphs
 * the quick route is almost always optimal, so the search is left to prove it.
 *
 * Budget: a query may cap labels and time. When the cap is hit the answer is the best target
 * label seen so far (or the fewest-moves path), marked inexact, with the smallest key still open
 * as a proven lower bound on the optimum.
 *
 * Minimum-label path problems are NP-hard in general; the bound and the dominance rule keep the
 * state space small on career graphs, whose ladders share most of their requirements.
 */

import { cached } from "../cached.ts";
import {
  addIndices,
  addSigned,
  BitPool,
  type Bits,
  countBits,
  has,
  indicesOf,
  isSubsetSigned,
  SIGNATURE_WORDS,
  wordsFor,
} from "./bitset.ts";
import { minimumHittingSet } from "./hitting-set.ts";
import { RankHeap } from "./min-heap.ts";
import { privateItemsBound } from "./private-items.ts";
import {
  type Arc,
  arcsInto,
  learnCost,
  type PathKey,
  type ProblemPath,
  pathKey,
  type RouteMode,
  type RouteProblem,
  type Via,
} from "./problem.ts";
import { arcDiffs, groupsMetAtStart, heldAtStart, searchSpace } from "./search-space.ts";

interface Label {
  node: number;
  /**
   * Items: what the person started with, what the target requires, and what the path's roles
   * require; then, from `groupBase`, the path's groups; then the marks of `differFrom` nodes.
   */
  bits: Bits;
  /** How many of the items the person must learn (not held at the start). */
  plain: number;
  /** The group term: fewest further items that meet the label's open groups. */
  groups: number;
  /** How many bits `bits` holds (a set can only be a subset of one at least as big). */
  size: number;
  moves: number;
  key: PathKey;
  /** The key as one number, ordered as compareKeys orders keys. */
  rank: number;
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
  /**
   * Routes to differ from, each given by the nodes that tell it apart: a path is accepted only
   * when it misses at least one node of every list (none exists if a list is empty).
   */
  differFrom?: readonly (readonly number[])[];
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

/** Fewest moves from each node to the target (-1: unreachable), cached per problem. */
export function movesToTarget(problem: RouteProblem): Int32Array {
  return cached(distances, problem, () => fewestMovesTo(problem));
}

function fewestMovesTo(problem: RouteProblem): Int32Array {
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
  return dist;
}

/** Keys as one number: both parts are small non-negative integers (< 2^21). */
const SHIFT = 2 ** 21;
function rankOf(mode: RouteMode, learn: number, moves: number): number {
  return mode === "skills" ? learn * SHIFT + moves : moves * SHIFT + learn;
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
  const differFrom = constraints.differFrom ?? [];
  if (differFrom.some((nodes) => nodes.length === 0)) return null;
  const dist = movesToTarget(problem);
  const spur = root[root.length - 1];
  if (spur === undefined || (dist[spur] ?? -1) < 0) return null;
  const space = searchSpace(problem);
  const { items, groupBits, members, groupBase, groupCount, grouped } = space;
  const marks = markBits(differFrom, groupBase + groupCount);
  const data = wordsFor(marks.end);
  const words = data + SIGNATURE_WORDS;
  const none = new Int32Array();
  const held = new Uint32Array(words);
  addIndices(held, heldAtStart(problem, space));
  const beyond = privateItemsBound(problem);
  const metAtStart = groupsMetAtStart(problem, groupCount);
  const hittingSets = new Map<string, number>();
  const maxLabels = budget.maxLabels ?? Number.POSITIVE_INFINITY;
  const deadline =
    budget.maxMillis === undefined ? Number.POSITIVE_INFINITY : now() + budget.maxMillis;

  // The first label: start, target (every route ends there), groups met at the start, root.
  const bits = held.slice();
  let plain = addSigned(bits, items[problem.target] ?? none, data);
  addSigned(bits, groupBits[problem.target] ?? none, data);
  const startGroupBits = indicesOf(problem.startGroups ?? 0n)
    .filter((g) => g < groupCount)
    .map((g) => groupBase + g);
  addSigned(bits, startGroupBits, data);
  for (const node of root) {
    plain += addSigned(bits, items[node] ?? none, data);
    addSigned(bits, groupBits[node] ?? none, data);
    addSigned(bits, marks.byNode.get(node)?.bits ?? none, data);
  }
  if (root.some((node) => marks.doomed(bits, node))) return null;

  /** Fewest items that meet the groups in `b` that its items do not meet (see header). */
  const open: number[] = [];
  const groupCost = (b: Bits): number => {
    if (groupCount === 0) return 0;
    open.length = 0;
    const first = groupBase >>> 5;
    const last = (groupBase + groupCount - 1) >>> 5;
    for (let w = first; w <= last; w++) {
      let word = b[w] as number;
      if (w === first) word &= ~((1 << (groupBase & 31)) - 1);
      const end = (groupBase + groupCount) & 31;
      if (w === last && end !== 0) word &= (1 << end) - 1;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const g = w * 32 + 31 - Math.clz32(low) - groupBase;
        if (metAtStart[g]) continue;
        const list = members[g] ?? none;
        let hit = false;
        for (let j = 0; j < list.length && !hit; j++) hit = has(b, list[j] as number);
        if (!hit) open.push(g);
      }
    }
    if (open.length <= 1) return open.length;
    const id = open.join(",");
    let size = hittingSets.get(id);
    if (size === undefined) {
      size = minimumHittingSet(open.map((g) => problem.groups?.[g] ?? 0n)).size;
      hittingSets.set(id, size);
    }
    return size;
  };

  const keyOf = (node: number, p: number, g: number, moves: number): PathKey => ({
    learn: p + g + (beyond[node] as number),
    moves: moves + (dist[node] as number),
  });

  // An upper bound: the cost of a route already known, first the fewest-moves route (in "steps"
  // mode only: in "skills" mode the quick route below is the bound that matters, and the
  // fewest-moves route is only a fallback cutShort finds when the budget ends the search), then
  // a quick route (below), then any route the search reaches the target by. Every label of an
  // optimal route has a bound no worse than the optimum, so labels worse than a known route are
  // never needed: they are not kept, which keeps the dominance lists short.
  const known =
    problem.mode === "steps" ? fewestMovesPath(problem, root, rootVias, constraints) : null;
  const knownKey = known && pathKey(problem, known.nodes);
  const cutoffRank = constraints.cutoff
    ? rankOf(problem.mode, constraints.cutoff.learn, constraints.cutoff.moves)
    : Number.POSITIVE_INFINITY;
  let limit = Math.min(
    cutoffRank,
    knownKey ? rankOf(problem.mode, knownKey.learn, knownKey.moves) : Number.POSITIVE_INFINITY,
  );

  const pool = new BitPool(data);
  try {
    const allowed = (from: number, to: number) =>
      (dist[to] ?? -1) >= 0 &&
      !forbiddenNodes.has(to) &&
      (forbiddenArcs.size === 0 || !forbiddenArcs.has(arcId(from, to)));
    /** The set of `label` extended to `to` (undefined if doomed), with `grown` = [added items, added bits]. */
    const grown = [0, 0];
    /** Whether the last extension added a group or an item some group lists. */
    let groupsTouched = true;
    const extend = (label: Label, to: number, list: Int32Array, cap: number): Bits | undefined => {
      // The plain items `to` adds can be counted without the copy; with `to`'s bound they give a
      // lower bound on the new label's key (the group term is ≥ 0). Most labels worse than a
      // known route are dropped here, before a set of hundreds of words is copied. `list` is
      // what `to` requires beyond the label's own node (which the label holds already).
      const base = label.plain + (beyond[to] as number);
      const movesBound = label.moves + 1 + (dist[to] as number);
      if (rankOf(problem.mode, base + list.length, movesBound) > cap) {
        // Counting stops once more items are new than the cap allows.
        const most =
          problem.mode === "skills"
            ? Math.floor((cap - movesBound) / SHIFT) - base
            : cap - movesBound * SHIFT - base;
        if (most < 0) return undefined;
        let fresh = 0;
        for (let j = 0; j < list.length; j++)
          if (!has(label.bits, list[j] as number) && ++fresh > most) return undefined;
      }
      const next = pool.with(label.bits, list, groupBits[to] ?? none);
      grown[0] = pool.added;
      grown[1] = pool.added + pool.addedExtra;
      groupsTouched = pool.addedExtra > 0;
      for (let j = 0; j < list.length && !groupsTouched; j++)
        groupsTouched = grouped[list[j] as number] === 1;
      const mark = marks.byNode.get(to);
      if (mark) {
        grown[1] += addSigned(next, mark.bits, data);
        if (marks.doomed(next, to)) {
          pool.giveBack(next);
          return undefined;
        }
      }
      return next;
    };
    const labelOf = (
      node: number,
      b: Bits,
      p: number,
      size: number,
      moves: number,
      parent: Label | undefined,
      via: Via | undefined,
    ): Label => {
      // The group term changes only with a new group or a new item some group lists.
      const g = parent && !groupsTouched ? parent.groups : groupCost(b);
      const key = keyOf(node, p, g, moves);
      return {
        node,
        bits: b,
        plain: p,
        groups: g,
        size,
        moves,
        key,
        rank: rankOf(problem.mode, key.learn, key.moves),
        parent,
        via,
        dead: false,
      };
    };
    /** The label for `label` moved along `arc` to `next`, the set `extend` just made. */
    const stepped = (label: Label, arc: Arc, next: Bits): Label =>
      labelOf(
        arc.to,
        next,
        label.plain + (grown[0] as number),
        label.size + (grown[1] as number),
        label.moves + 1,
        label,
        arc.via,
      );
    const first = labelOf(
      spur,
      bits,
      plain,
      countBits(bits.subarray(0, data)),
      root.length - 1,
      undefined,
      undefined,
    );

    // The quick route: best-first by the same key, one label per node (a later way into a node
    // whose key is no better is dropped). Its labels are true partial routes, so what it finds is
    // a true route: an upper bound, and the fallback if the budget runs out.
    let bestTarget: Label | undefined;
    {
      const best = new Float64Array(problem.arcs.length).fill(Number.POSITIVE_INFINITY);
      const open = new RankHeap<Label>();
      open.push(first, first.rank);
      let quickPops = 0;
      for (let label = open.pop(); label; label = open.pop()) {
        if (label.rank > (best[label.node] as number)) continue;
        if ((++quickPops & 63) === 0 && now() > deadline) break;
        if (label.node === problem.target) {
          bestTarget = label;
          limit = Math.min(limit, label.rank);
          break;
        }
        const out = problem.arcs[label.node] ?? [];
        const beyondHere = arcDiffs(space, label.node, out);
        for (let a = 0; a < out.length; a++) {
          const arc = out[a] as Arc;
          if (!allowed(label.node, arc.to)) continue;
          const next = extend(
            label,
            arc.to,
            beyondHere[a] as Int32Array,
            Math.min(limit, (best[arc.to] as number) - 1),
          );
          if (!next) continue;
          const l = stepped(label, arc, next);
          if (l.rank >= (best[arc.to] as number) || l.rank > limit) {
            pool.giveBack(next);
            continue;
          }
          best[arc.to] = l.rank;
          open.push(l, l.rank);
        }
      }
    }

    const heap = new RankHeap<Label>();
    const kept: Label[][] = problem.arcs.map(() => []);
    let labels = 0;
    let pops = 0;

    const offer = (label: Label): void => {
      const { node, bits: b, size, moves } = label;
      if (label.rank > limit) {
        pool.giveBack(b);
        return;
      }
      const here = kept[node] as Label[];
      for (let i = 0; i < here.length; i++) {
        const other = here[i] as Label;
        if (other.moves <= moves && other.size <= size && isSubsetSigned(other.bits, b, data)) {
          pool.giveBack(b);
          return;
        }
      }
      let live = 0;
      for (let i = 0; i < here.length; i++) {
        const other = here[i] as Label;
        if (moves <= other.moves && size <= other.size && isSubsetSigned(b, other.bits, data))
          other.dead = true;
        else here[live++] = other;
      }
      here.length = live;
      here.push(label);
      labels++;
      if (node === problem.target && (!bestTarget || label.rank < bestTarget.rank)) {
        bestTarget = label;
        limit = Math.min(limit, label.rank);
      }
      heap.push(label, label.rank);
    };

    offer(first);

    for (let label = heap.pop(); label; label = heap.pop()) {
      if (label.dead) continue;
      if (label.rank > cutoffRank) return null;
      if (label.node === problem.target) {
        const path = unwind(label, root, rootVias);
        return { path, key: label.key, exact: true, lowerBound: label.key.learn };
      }
      // The clock is read every 8 pops: a pop can be slow when a role holds many labels.
      if (labels >= maxLabels || ((++pops & 7) === 0 && now() > deadline))
        return cutShort(problem, label, bestTarget, root, rootVias, constraints);
      const out = problem.arcs[label.node] ?? [];
      const beyondHere = arcDiffs(space, label.node, out);
      for (let a = 0; a < out.length; a++) {
        const arc = out[a] as Arc;
        if (!allowed(label.node, arc.to)) continue;
        const next = extend(label, arc.to, beyondHere[a] as Int32Array, limit);
        if (!next) continue;
        offer(stepped(label, arc, next));
      }
    }
    return null;
  } finally {
    pool.release();
  }
}

/**
 * A bit for every node of every route in `differFrom`, from `base` on. A label holds the bits of
 * the nodes its path has visited; it is doomed once it holds all of one route's bits.
 */
function markBits(differFrom: readonly (readonly number[])[], base: number) {
  const byNode = new Map<number, { bits: Int32Array; routes: number[] }>();
  const routes: Int32Array[] = [];
  let end = base;
  differFrom.forEach((nodes, r) => {
    const own: number[] = [];
    for (const node of new Set(nodes)) {
      const entry = byNode.get(node) ?? { bits: new Int32Array(), routes: [] };
      entry.bits = Int32Array.from([...entry.bits, end]);
      entry.routes.push(r);
      byNode.set(node, entry);
      own.push(end++);
    }
    routes.push(Int32Array.from(own));
  });
  const doomed = (bits: Bits, node: number): boolean =>
    byNode
      .get(node)
      ?.routes.some((r) => (routes[r] as Int32Array).every((bit) => has(bits, bit))) ?? false;
  return { byNode, end, doomed };
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
  // Missing the last node of each route to differ from (that is not on the root) is enough.
  const differ = (constraints.differFrom ?? []).map((nodes) =>
    nodes.filter((n) => !root.includes(n)).at(-1),
  );
  if (differ.includes(undefined)) return null;
  const forbidden = new Set([
    ...(constraints.forbiddenNodes ?? []),
    ...root.slice(0, -1),
    ...(differ as number[]),
  ]);
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
