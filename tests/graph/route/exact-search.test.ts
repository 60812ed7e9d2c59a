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
    expect(path?.nodes).toEqual([0, 2, 3, 4]);
    expect(pathKey(diamond, path?.nodes ?? [])).toEqual({ learn: 2, moves: 3 });
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
    expect(exactSearch(shortcut)?.nodes).toEqual([0, 4]);
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
    expect(path?.nodes).toEqual([0, 1, 3, 4]);
    expect(path?.vias).toEqual(["progression", "progression", "progression"]);
  });
});
