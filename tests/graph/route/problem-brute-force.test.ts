import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankedRoutes } from "../../../src/graph/route/alternatives.ts";
import { exactSearch } from "../../../src/graph/route/exact-search.ts";
import { privateItemsBound } from "../../../src/graph/route/private-items.ts";
import {
  type Arc,
  compareKeys,
  type PathKey,
  pathKey,
  type RouteMode,
  type RouteProblem,
} from "../../../src/graph/route/problem.ts";

/**
 * Reference cost straight from the definition, by enumerating every item set: the fewest items
 * to add to what the person holds so that the path's plain items are held and each of its open
 * "one of" groups has a member held.
 */
function referenceKey(problem: RouteProblem, nodes: readonly number[], items: number): PathKey {
  let required = 0;
  let groups = 0;
  for (const n of nodes) {
    required |= Number(problem.masks[n] ?? 0n);
    groups |= Number(problem.groupMasks?.[n] ?? 0n);
  }
  const start = Number(problem.startMask);
  const met = Number(problem.startGroups ?? 0n);
  let best = Number.POSITIVE_INFINITY;
  for (let x = 0; x < 1 << items; x++) {
    if ((x & required) !== required) continue;
    const held = x | start;
    let ok = true;
    for (let g = 0; g < (problem.groups?.length ?? 0); g++) {
      if (!(groups & (1 << g)) || met & (1 << g)) continue;
      if ((Number(problem.groups?.[g] ?? 0n) & held) === 0) ok = false;
    }
    if (ok) best = Math.min(best, popcount(x & ~start));
  }
  return { learn: best, moves: nodes.length - 1 };
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

/** Every simple path from start to target, by depth-first enumeration. */
function allSimplePaths(problem: RouteProblem): number[][] {
  const out: number[][] = [];
  const walk = (path: number[]) => {
    const here = path[path.length - 1] as number;
    if (here === problem.target) {
      out.push([...path]);
      return;
    }
    for (const arc of problem.arcs[here] ?? []) {
      if (!path.includes(arc.to)) walk([...path, arc.to]);
    }
  };
  walk([problem.start]);
  return out;
}

/**
 * Random problems: up to 7 nodes with an adjacency matrix of coin flips (dense enough that routes
 * diverge and meet again) and requirement sets over up to 6 items (few enough that they overlap,
 * which is where a greedy search goes wrong).
 */
const problemArb = fc
  .record({
    n: fc.integer({ min: 1, max: 7 }),
    items: fc.integer({ min: 1, max: 6 }),
    mode: fc.constantFrom<RouteMode>("skills", "steps"),
  })
  .chain(({ n, items, mode }) => {
    const itemMask = fc.integer({ min: 0, max: (1 << items) - 1 }).map(BigInt);
    return fc.record({
      masks: fc.array(itemMask, { minLength: n, maxLength: n }),
      adjacency: fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
      start: fc.integer({ min: 0, max: n - 1 }),
      target: fc.integer({ min: 0, max: n - 1 }),
      have: fc.oneof(fc.constant(0n), itemMask),
      mode: fc.constant(mode),
      // Up to 3 "one of" groups of 2+ items each, overlapping at will, required by random nodes.
      groups:
        items < 2
          ? fc.constant<bigint[]>([])
          : fc.array(
              fc.tuple(fc.nat(items - 1), fc.nat(items - 2), itemMask).map(([a, b, extra]) => {
                const second = b >= a ? b + 1 : b;
                return (1n << BigInt(a)) | (1n << BigInt(second)) | extra;
              }),
              { maxLength: 3 },
            ),
      groupPicks: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: n, maxLength: n }),
      items: fc.constant(items),
    });
  })
  .map(
    ({ masks, adjacency, start, target, have, mode, groups, groupPicks, items }): Case => ({
      items,
      groupMasks: groupPicks.map((p) => BigInt(p & ((1 << groups.length) - 1))),
      groups,
      masks,
      arcs: adjacency.map((row, from) =>
        row.flatMap((on, to): Arc[] => (on && to !== from ? [{ to, via: "progression" }] : [])),
      ),
      start,
      target,
      startMask: have | (masks[start] as bigint),
      mode,
    }),
  )
  .map((c) => ({
    ...c,
    startGroups: c.groups.reduce(
      (met, members, g) =>
        (members & c.startMask) !== 0n || ((c.groupMasks[c.start] ?? 0n) >> BigInt(g)) & 1n
          ? met | (1n << BigInt(g))
          : met,
      0n,
    ),
  }));

type Case = RouteProblem & { items: number; groups: bigint[]; groupMasks: bigint[] };

/** The best of `paths` by the reference cost, in the problem's order; undefined for none. */
function bestKey(problem: Case, paths: readonly number[][]): PathKey | undefined {
  return paths
    .map((p) => referenceKey(problem, p, problem.items))
    .sort((a, b) => compareKeys(problem.mode, a, b))[0];
}

const sameKey = (a: PathKey, b: PathKey) => a.learn === b.learn && a.moves === b.moves;

describe("exact route search against brute force over all simple paths", () => {
  it("finds a path exactly as good as the best simple path, or none when none exists", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const paths = allSimplePaths(problem);
        const found = exactSearch(problem);
        if (paths.length === 0) return found === null;
        const best = bestKey(problem, paths) as PathKey;
        expect(found).not.toBeNull();
        const nodes = found?.path.nodes ?? [];
        expect(paths.map((p) => p.join(","))).toContain(nodes.join(","));
        expect(referenceKey(problem, nodes, problem.items)).toEqual(best);
        expect(pathKey(problem, nodes)).toEqual(best);
        expect(found?.exact).toBe(true);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it("finds the best path that misses a node of every list it must differ from", () => {
    fc.assert(
      fc.property(
        problemArb,
        fc.array(fc.array(fc.nat(6), { maxLength: 4 }), { maxLength: 3 }),
        (problem, lists) => {
          const n = problem.masks.length;
          const differFrom = lists.map((l) => [...new Set(l.filter((v) => v < n))]);
          const eligible = allSimplePaths(problem).filter((p) =>
            differFrom.every((nodes) => nodes.some((v) => !p.includes(v))),
          );
          const found = exactSearch(problem, { differFrom });
          if (eligible.length === 0) return found === null;
          const best = bestKey(problem, eligible) as PathKey;
          expect(found?.exact).toBe(true);
          expect(eligible.map((p) => p.join(","))).toContain(found?.path.nodes.join(","));
          expect(found?.key).toEqual(best);
          return true;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("lists alternatives that are each the best path different from all routes before them", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 3 }), (problem, k) => {
        const ranked = rankedRoutes(problem, { alternatives: k });
        const paths = allSimplePaths(problem);
        if (paths.length === 0) return ranked.length === 0;
        const chosen: Set<number>[] = [];
        let expectedCount = 0;
        for (const route of ranked) {
          // The brute-force best among paths that are not a chosen route, nor one with a detour.
          const eligible = paths.filter(
            (p) => !chosen.some((set) => [...set].every((n) => p.includes(n))),
          );
          const best = bestKey(problem, eligible);
          expect(route.exact).toBe(true);
          expect(best).toBeDefined();
          expect(sameKey(route.key, best as PathKey)).toBe(true);
          expect(eligible.map((p) => p.join(","))).toContain(route.nodes.join(","));
          // Start and target are on every path, so only the roles between them tell routes apart.
          chosen.push(new Set(route.nodes));
          expectedCount++;
        }
        // It stops early only when no eligible path is left.
        if (ranked.length < k + 1) {
          const left = paths.filter(
            (p) => !chosen.some((set) => [...set].every((n) => p.includes(n))),
          );
          expect(left).toEqual([]);
        }
        return expectedCount === ranked.length;
      }),
      { numRuns: 1000 },
    );
  });
});

describe("alternatives cut short by their budget", () => {
  it("report a lower bound no greater than the best route differing from those before them", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 3 }), fc.nat(6), (problem, k, labels) => {
        // A few labels per search: most searches end early, inexact, with only their bound.
        const budget = { maxLabels: labels + 1 };
        const ranked = rankedRoutes(problem, { alternatives: k, alternativeBudget: budget });
        const paths = allSimplePaths(problem);
        const chosen: Set<number>[] = [];
        for (const route of ranked) {
          const eligible = paths.filter(
            (p) => !chosen.some((set) => [...set].every((n) => p.includes(n))),
          );
          // The bound is on what the best such route (by the mode's order) must learn.
          const best = bestKey(problem, eligible) as PathKey;
          expect(route.lowerBound).toBeLessThanOrEqual(best.learn);
          expect(route.lowerBound).toBeLessThanOrEqual(route.key.learn);
          chosen.push(new Set(route.nodes));
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the search's lower bound against brute force", () => {
  it("never exceeds what any simple route through a label's node still costs", () => {
    // One plain item per role at most, so many items are private to a role and some of them
    // also belong to a group another role requires: where a careless bound counts twice.
    const sparse = problemArb.map((c) => ({ ...c, masks: c.masks.map((m) => m & -m) }));
    fc.assert(
      fc.property(fc.oneof(problemArb, sparse), (problem) => {
        const beyond = privateItemsBound(problem);
        for (const path of allSimplePaths(problem)) {
          const total = referenceKey(problem, path, problem.items).learn;
          // A label at path[j] holds the prefix's and the target's requirements; its learn bound
          // is their cost plus the private-items term of path[j].
          for (let j = 0; j < path.length; j++) {
            const held = [...path.slice(0, j + 1), problem.target];
            const bound =
              referenceKey(problem, held, problem.items).learn + (beyond[path[j] as number] ?? 0);
            expect(bound).toBeLessThanOrEqual(total);
          }
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it("stays exact when a group is met only by an item held at the start that no role requires", () => {
    // No role requires what the person holds, and startGroups lists only the start role's own
    // groups: the search must see by itself that a held item with no position in its sets
    // meets a group.
    const withStartRoleGroupsOnly = problemArb.map((c) => ({
      ...c,
      masks: c.masks.map((m) => m & ~c.startMask),
      startGroups: c.groupMasks[c.start] ?? 0n,
    }));
    fc.assert(
      fc.property(withStartRoleGroupsOnly, (problem) => {
        const paths = allSimplePaths(problem);
        const found = exactSearch(problem);
        if (paths.length === 0) return found === null;
        const best = bestKey(problem, paths) as PathKey;
        expect(found?.exact).toBe(true);
        expect(referenceKey(problem, found?.path.nodes ?? [], problem.items)).toEqual(best);
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
