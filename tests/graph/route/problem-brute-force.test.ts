import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankedRoutes } from "../../../src/graph/route/alternatives.ts";
import { exactSearch } from "../../../src/graph/route/exact-search.ts";
import {
  type Arc,
  compareKeys,
  type PathKey,
  pathKey,
  type RouteMode,
  type RouteProblem,
} from "../../../src/graph/route/problem.ts";

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
    });
  })
  .map(
    ({ masks, adjacency, start, target, have, mode }): RouteProblem => ({
      masks,
      arcs: adjacency.map((row, from) =>
        row.flatMap((on, to): Arc[] => (on && to !== from ? [{ to, via: "progression" }] : [])),
      ),
      start,
      target,
      startMask: have | (masks[start] as bigint),
      mode,
    }),
  );

const sameKey = (a: PathKey, b: PathKey) => a.learn === b.learn && a.moves === b.moves;

describe("exact route search against brute force over all simple paths", () => {
  it("finds a path exactly as good as the best simple path, or none when none exists", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const paths = allSimplePaths(problem);
        const found = exactSearch(problem);
        if (paths.length === 0) return found === null;
        const best = paths
          .map((p) => pathKey(problem, p))
          .sort((a, b) => compareKeys(problem.mode, a, b))[0] as PathKey;
        expect(found).not.toBeNull();
        const nodes = found?.nodes ?? [];
        expect(paths.map((p) => p.join(","))).toContain(nodes.join(","));
        expect(pathKey(problem, nodes)).toEqual(best);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it("lists alternatives that are each the best path different from all routes before them", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 3 }), (problem, k) => {
        const ranked = rankedRoutes(problem, { alternatives: k, maxPaths: 10_000 });
        const paths = allSimplePaths(problem);
        if (paths.length === 0) return ranked.length === 0;
        const chosen: Set<number>[] = [];
        let expectedCount = 0;
        for (const route of ranked) {
          // The brute-force best among paths that are not a chosen route, nor one with a detour.
          const eligible = paths.filter(
            (p) => !chosen.some((set) => [...set].every((n) => p.includes(n))),
          );
          const best = eligible
            .map((p) => pathKey(problem, p))
            .sort((a, b) => compareKeys(problem.mode, a, b))[0];
          expect(best).toBeDefined();
          expect(sameKey(route.key, best as PathKey)).toBe(true);
          expect(eligible.map((p) => p.join(","))).toContain(route.nodes.join(","));
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
