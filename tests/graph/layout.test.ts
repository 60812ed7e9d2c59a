import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGraphDocument, loadGraphText } from "../../src/data/load.ts";
import { barycentreLaneOrder, candidateLaneOrders } from "../../src/graph/lane-order.ts";
import {
  layoutItems,
  layoutRoles,
  ROLE_FONT_SIZE,
  ROLE_HEIGHT,
  ROLE_WIDTH,
  wrapLabel,
} from "../../src/graph/layout.ts";
import {
  controlPoint,
  curveHitsBox,
  linkBends,
  segmentHitsBox,
} from "../../src/graph/layout-geometry.ts";
import type { CareerGraph } from "../../src/graph/model.ts";
import { highlightFor } from "../../src/state/highlight.ts";
import { initialState } from "../../src/state/types.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";
import { mustLoad } from "../helpers/load.ts";

function sampleGraph(): CareerGraph {
  const result = loadGraphDocument(sampleDocument());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.graph;
}

const mlopsFile = new URL("../../graph-data/mlops.json", import.meta.url);
const kitchenFile = new URL("../fixtures/kitchen-careers.json", import.meta.url);
const graphs: [string, () => CareerGraph][] = [["the sample graph", sampleGraph]];
if (existsSync(kitchenFile)) {
  graphs.push([
    "the kitchen fixture",
    () => {
      const result = loadGraphText(readFileSync(kitchenFile, "utf8"));
      if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
      return result.graph;
    },
  ]);
}
if (existsSync(mlopsFile)) {
  graphs.push([
    "the MLOps data set",
    () => {
      const result = loadGraphText(readFileSync(mlopsFile, "utf8"));
      if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
      return result.graph;
    },
  ]);
}

describe.each(graphs)("layoutRoles on %s", (_name, load) => {
  it("gives the same picture every time", () => {
    expect(layoutRoles(load())).toEqual(layoutRoles(load()));
  });

  it("places every role, and no two role boxes (and so labels) overlap", () => {
    const graph = load();
    const { positions } = layoutRoles(graph);
    const ids = Object.keys(positions);
    expect(ids.length).toBe(graph.filterNodes((_, a) => a.kind === "role").length);
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) {
        const pa = positions[a];
        const pb = positions[b];
        if (!pa || !pb) throw new Error("missing position");
        const apart =
          Math.abs(pa.x - pb.x) >= ROLE_WIDTH + 8 || Math.abs(pa.y - pb.y) >= ROLE_HEIGHT + 8;
        expect(apart, `${a} and ${b} overlap`).toBe(true);
      }
    }
  });

  it("fits every role label inside its box in at most three lines", () => {
    const graph = load();
    graph.forEachNode((_id, node) => {
      if (node.kind !== "role") return;
      const lines = wrapLabel(node.label, ROLE_WIDTH - 10);
      expect(lines.length, node.label).toBeLessThanOrEqual(3);
      expect(lines.length * ROLE_FONT_SIZE * 1.2).toBeLessThanOrEqual(ROLE_HEIGHT);
    });
  });

  it("reads progression left to right: every progression target is to the right", () => {
    const graph = load();
    const { positions } = layoutRoles(graph);
    graph.forEachEdge((_key, edge, source, target) => {
      if (edge.kind !== "progression") return;
      expect(positions[target]?.x, `${source} → ${target}`).toBeGreaterThan(
        positions[source]?.x ?? Number.POSITIVE_INFINITY,
      );
    });
  });
});

describe("layoutRoles", () => {
  it("lines the two ladders up rung by rung and groups tracks in lanes", () => {
    const { positions, lanes } = layoutRoles(sampleGraph());
    expect(positions["role:machine-learning-engineer"]?.x).toBe(
      positions["role:junior-mlops-engineer"]?.x,
    );
    expect(lanes.map((l) => l.track).sort()).toEqual([
      "adjacent",
      "leadership",
      "ml-engineering",
      "mlops",
    ]);
    for (const [i, lane] of lanes.entries())
      expect(lane.top).toBeGreaterThan(lanes[i - 1]?.bottom ?? -1);
    const mlops = lanes.find((l) => l.track === "mlops");
    const y = positions["role:mlops-engineer"]?.y ?? -1;
    expect(y).toBeGreaterThan(mlops?.top ?? 0);
    expect(y).toBeLessThan(mlops?.bottom ?? 0);
  });

  it("puts adjacent feeder roles before the role they lead into", () => {
    const { positions } = layoutRoles(sampleGraph());
    expect(positions["role:data-engineer"]?.x).toBeLessThan(
      positions["role:mlops-engineer"]?.x ?? 0,
    );
  });
});

describe("layoutItems", () => {
  it("shelves items below the roles without overlapping", () => {
    const layout = layoutRoles(sampleGraph());
    const ids = Array.from({ length: 23 }, (_, i) => `skill:s${i}`);
    const items = layoutItems(ids, layout, 0);
    const points = ids.map((id) => items[id]);
    for (const p of points) expect(p?.y).toBeGreaterThan(layout.bounds.bottom);
    const keys = new Set(points.map((p) => `${p?.x},${p?.y}`));
    expect(keys.size).toBe(ids.length);
    expect(layoutItems(ids, layout, 0)).toEqual(items);
  });
});

describe.each(graphs)("edges on %s", (_name, load) => {
  it("no progression or overlap edge (straight or bent) runs through another role's box", () => {
    const graph = load();
    const { positions, bends } = layoutRoles(graph);
    const crossings: string[] = [];
    graph.forEachEdge((key, edge, source, target) => {
      if (edge.kind !== "progression" && edge.kind !== "overlap") return;
      const a = positions[source];
      const b = positions[target];
      if (!a || !b) return;
      for (const [id, p] of Object.entries(positions)) {
        if (id === source || id === target) continue;
        const box = { x: p.x, y: p.y, halfWidth: ROLE_WIDTH / 2, halfHeight: ROLE_HEIGHT / 2 };
        if (curveHitsBox(a, b, bends[key] ?? 0, box))
          crossings.push(`${source} → ${target} runs through ${id}`);
      }
    });
    expect(crossings).toEqual([]);
  });
});

describe("segmentHitsBox", () => {
  const box = { x: 0, y: 0, halfWidth: 10, halfHeight: 5 };
  it.each([
    [{ x: -20, y: 0 }, { x: 20, y: 0 }, true],
    [{ x: -20, y: 6 }, { x: 20, y: 6 }, false],
    [{ x: -20, y: -20 }, { x: 20, y: 20 }, true],
    [{ x: 11, y: -20 }, { x: 11, y: 20 }, false],
    [{ x: -30, y: 0 }, { x: -15, y: 0 }, false],
  ])("%o → %o hits: %s", (a, b, hit) => {
    expect(segmentHitsBox(a, b, box)).toBe(hit);
  });
});

describe("controlPoint", () => {
  it("puts positive bends on the left of source → target (y down)", () => {
    expect(controlPoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 10)).toEqual({ x: 50, y: -10 });
  });
});

describe("lane order", () => {
  /** Tracks t0…t(n-1) with one role each, and overlap edges between the given tracks. */
  function tracksGraph(n: number, links: [number, number][]): CareerGraph {
    return mustLoad({
      id: "lanes",
      title: "Lanes",
      vocabulary: {
        tracks: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, label: `T${i}` })),
      },
      datasets: [{ id: "d", title: "D", licence: "CC0", attribution: "D" }],
      defaultSources: [{ dataset: "d" }],
      nodes: Array.from({ length: n }, (_, i) => ({
        id: `role:r${i}`,
        kind: "role" as const,
        label: `R${i}`,
        track: `t${i}`,
      })),
      edges: links.map(([a, b]) => ({
        kind: "overlap" as const,
        source: `role:r${a}`,
        target: `role:r${b}`,
      })),
    });
  }

  it("moves a track next to the track its roles link to (barycentre)", () => {
    const order = barycentreLaneOrder(tracksGraph(4, [[0, 3]]));
    expect(Math.abs(order.indexOf("t0") - order.indexOf("t3"))).toBe(1);
  });

  it("keeps the declared order when no roles link across lanes, and tries it first", () => {
    const graph = tracksGraph(5, []);
    expect(barycentreLaneOrder(graph)).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(candidateLaneOrders(graph)[0]).toEqual(["t0", "t1", "t2", "t3", "t4"]);
  });

  it("offers at most four candidate orders however many tracks there are", () => {
    // 40 distinct cross-lane pairs over 23 tracks.
    const links: [number, number][] = [];
    for (let i = 1; links.length < 40; i++) links.push([i % 23, (i + 1 + Math.floor(i / 23)) % 23]);
    const orders = candidateLaneOrders(tracksGraph(23, links));
    for (const order of orders)
      expect([...order].sort()).toEqual(Array.from({ length: 23 }, (_, i) => `t${i}`).sort());
  });
});

describe("lane order of a small graph", () => {
  it("draws the kitchen fixture with no edge bent or blocked (a neighbour swap finds the order)", () => {
    const result = loadGraphText(readFileSync(kitchenFile, "utf8"));
    if (!result.ok) throw new Error("kitchen fixture does not load");
    const layout = layoutRoles(result.graph);
    expect(layout.blocked).toBe(0);
    expect(layout.bends).toEqual({});
  });
});

describe("links to the item shelf", () => {
  it.each(graphs)(
    "on %s, links bend around every other role box or are left out",
    (_name, load) => {
      const graph = load();
      const layout = layoutRoles(graph);
      const size = { halfWidth: ROLE_WIDTH / 2, halfHeight: ROLE_HEIGHT / 2 };
      graph.forEachNode((focus, node) => {
        if (node.kind !== "role") return;
        const h = highlightFor(graph, { ...initialState(), focus }, null);
        const at = layoutItems(
          h.items.map((i) => i.id),
          layout,
          layout.positions[focus]?.x,
        );
        const links = h.links.map((l) => ({ ...l, key: `${l.source}->${l.target}` }));
        const bends = linkBends(links, layout.positions, at, size);
        for (const link of links) {
          const bend = bends[link.key];
          if (bend === null || bend === undefined) continue;
          const a = layout.positions[link.source];
          const b = at[link.target];
          if (!a || !b) throw new Error(`${link.key} has no ends`);
          for (const [id, p] of Object.entries(layout.positions)) {
            if (id === link.source) continue;
            expect(
              curveHitsBox(a, b, bend, { x: p.x, y: p.y, ...size }),
              `${link.key} × ${id}`,
            ).toBe(false);
          }
        }
      });
    },
  );
});
