import { describe, expect, it } from "vitest";
import { exactSearch } from "../../../src/graph/route/exact-search.ts";
import { pathKey, type RouteProblem } from "../../../src/graph/route/problem.ts";

// Nodes: 0 start, 1 A {a}, 2 C {x, y}, 3 B {x, y}, 4 target {}.
// A looks cheaper at first (1 item against 2), but C teaches what B needs, so S→C→B→T costs 2.
const diamond: RouteProblem = {
  masks: [0n, 0b001n, 0b110n, 0b110n, 0n],
  arcs: [
    [
      { to: 1, via: "progression" },
      { to: 2, via: "progression" },
    ],
    [{ to: 3, via: "progression" }],
    [{ to: 3, via: "progression" }],
    [{ to: 4, via: "progression" }],
    [],
  ],
  start: 0,
  target: 4,
  startMask: 0n,
  mode: "skills",
};

describe("exactSearch", () => {
  it("keeps a costlier partial route when what it teaches is needed later", () => {
    const path = exactSearch(diamond);
    expect(path?.path.nodes).toEqual([0, 2, 3, 4]);
    expect(pathKey(diamond, path?.path.nodes ?? [])).toEqual({ learn: 2, moves: 3 });
  });

  it("prefers fewer moves first in steps mode", () => {
    const shortcut: RouteProblem = {
      ...diamond,
      mode: "steps",
      masks: [0n, 0n, 0n, 0n, 0b1000n],
      arcs: [
        ...diamond.arcs.slice(0, 1).map((a) => [...a, { to: 4, via: "overlap" as const }]),
        ...diamond.arcs.slice(1),
      ],
    };
    expect(exactSearch(shortcut)?.path.nodes).toEqual([0, 4]);
  });

  it("returns null when the target cannot be reached", () => {
    expect(exactSearch({ ...diamond, arcs: [[], [], [], [], []] })).toBeNull();
  });

  it("honours a root prefix and forbidden nodes", () => {
    const path = exactSearch(diamond, {
      root: [0, 1],
      rootVias: ["progression"],
      forbiddenNodes: new Set([0]),
    });
    expect(path?.path.nodes).toEqual([0, 1, 3, 4]);
    expect(path?.path.vias).toEqual(["progression", "progression", "progression"]);
  });
});

describe("exactSearch with a budget", () => {
  // A ladder of 12 roles, each with two ways forward that teach different items: the search
  // has to weigh many partial routes, so a budget of a few labels cannot finish it.
  const n = 12;
  const wide: RouteProblem = {
    masks: Array.from({ length: 2 * n + 1 }, (_, i) => (i === 0 ? 0n : 1n << BigInt(i))),
    arcs: Array.from({ length: 2 * n + 1 }, (_, i) => {
      const rung = i === 0 ? 0 : Math.ceil(i / 2);
      if (rung >= n) return [];
      return [
        { to: 2 * rung + 1, via: "progression" as const },
        { to: 2 * rung + 2, via: "progression" as const },
      ];
    }),
    start: 0,
    target: 2 * n,
    startMask: 0n,
    mode: "skills",
  };

  it("answers exactly when the budget is enough", () => {
    const found = exactSearch(wide);
    expect(found?.exact).toBe(true);
    expect(found?.lowerBound).toBe(found?.key.learn);
  });

  it("falls back to the best route found, marked inexact, with a bound no greater than the optimum", () => {
    const optimum = exactSearch(wide)?.key.learn as number;
    const cut = exactSearch(wide, {}, { maxLabels: 3 });
    expect(cut).not.toBeNull();
    expect(cut?.exact).toBe(false);
    expect(cut?.lowerBound).toBeLessThanOrEqual(optimum);
    expect(cut?.key.learn).toBeGreaterThanOrEqual(optimum);
    expect(cut?.path.nodes[0]).toBe(0);
    expect(cut?.path.nodes.at(-1)).toBe(2 * n);
  });
});

describe("alternatives within a time budget", () => {
  it("returns the best route and stops looking for alternatives once the query's time is spent", async () => {
    const { rankedRoutes } = await import("../../../src/graph/route/alternatives.ts");
    // Start, two layers of ten roles each fully joined, target: many different routes exist.
    const n = 22;
    const layer = (k: number) => Array.from({ length: 10 }, (_, i) => 1 + k * 10 + i);
    const dense: RouteProblem = {
      masks: Array.from({ length: n }, (_, i) => 1n << BigInt(i % 7)),
      arcs: Array.from({ length: n }, (_, i) =>
        (i === 0 ? layer(0) : i <= 10 ? layer(1) : i <= 20 ? [n - 1] : []).map((to) => ({
          to,
          via: "progression" as const,
        })),
      ),
      start: 0,
      target: n - 1,
      startMask: 0n,
      mode: "skills",
    };
    const unlimited = rankedRoutes(dense, { alternatives: 3 });
    expect(unlimited.length).toBe(4);
    const spent = rankedRoutes(dense, { alternatives: 3, totalMillis: 0 });
    // The best route is always answered; no alternative is looked for past the deadline.
    expect(spent.length).toBe(1);
    expect(spent[0]?.key).toEqual(unlimited[0]?.key);
  });
});
