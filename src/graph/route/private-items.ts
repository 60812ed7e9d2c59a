/**
 * A stronger lower bound for the exact search (exact-search.ts): items that only one role in the
 * graph requires — "private" items — are learnt exactly when the route visits that role. On a
 * national taxonomy most skills are long-tail, so a route through distant roles must pay for
 * theirs, and the plain bound (what the target still requires) says nothing about that.
 *
 * priv(u) counts u's private items that the person does not start with, that the target does
 * not require (those are counted by the target term already) and that belong to no "one of"
 * group (those can lower the group term). h(v) = the least sum of priv(u) over the nodes u after
 * v on any path from v to the target (a reverse Dijkstra from the target).
 *
 * Admissible: the nodes of a simple path are distinct, and distinct nodes' private items are
 * distinct items, none counted by the other terms; removing nodes or arcs (alternatives) only
 * raises the true least sum, so the bound computed on the whole graph stays below it.
 * Consistent: along an arc v → w the label's learn count grows by at least priv(w) (w's private
 * items cannot be held yet: no other node has them), and h(v) ≤ priv(w) + h(w).
 */

import { cached } from "../cached.ts";
import { addIndices, type Bits, has, wordsFor } from "./bitset.ts";
import { MinHeap } from "./min-heap.ts";
import { arcsInto, type RouteProblem } from "./problem.ts";
import { heldAtStart, searchSpace } from "./search-space.ts";

/** How many nodes require each item, once per compiled masks (the routing index's). */
const holders = new WeakMap<readonly Int32Array[], Int32Array>();

function holderCounts(items: readonly Int32Array[], size: number): Int32Array {
  return cached(holders, items, () => {
    const counts = new Int32Array(size);
    for (const list of items) for (const i of list) counts[i] = (counts[i] as number) + 1;
    return counts;
  });
}

/** Per problem: the alternatives' searches share it (they only forbid nodes). */
const bounds = new WeakMap<RouteProblem, Float64Array>();

/** The bound for each node in items, as the search uses it (its own space and start set). */
export function privateItemsBound(problem: RouteProblem): Float64Array {
  return cached(bounds, problem, () => {
    const space = searchSpace(problem);
    const held = new Uint32Array(wordsFor(space.groupBase));
    addIndices(held, heldAtStart(problem, space));
    return compute(problem, space.items, space.members, held, space.groupBase);
  });
}

function compute(
  problem: RouteProblem,
  items: readonly Int32Array[],
  groupMembers: readonly Int32Array[],
  start: Bits,
  size: number,
): Float64Array {
  const counts = holderCounts(items, size);
  const target = new Set(items[problem.target] ?? []);
  const grouped = new Set<number>();
  for (const members of groupMembers) for (const i of members) grouped.add(i);
  const n = problem.arcs.length;
  const priv = new Int32Array(n);
  items.forEach((list, u) => {
    let c = 0;
    for (const i of list)
      if (counts[i] === 1 && !target.has(i) && !grouped.has(i) && !has(start, i)) c++;
    priv[u] = c;
  });
  const reverse = arcsInto(problem);
  const h = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  h[problem.target] = 0;
  const heap = new MinHeap<[number, number]>((a, b) => a[0] - b[0]);
  heap.push([0, problem.target]);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [d, w] = top;
    if (d > (h[w] as number)) continue;
    const step = d + (priv[w] as number);
    for (const v of reverse[w] ?? []) {
      if (step < (h[v] as number)) {
        h[v] = step;
        heap.push([step, v]);
      }
    }
  }
  return h;
}
