import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticTaxonomyDocument } from "../../bench/synthetic-taxonomy.ts";
import { loadGraphText } from "../../src/data/load.ts";
import {
  layoutRoles,
  MAX_ROLES_DRAWN_WHOLE,
  ROLE_HEIGHT,
  ROLE_WIDTH,
} from "../../src/graph/layout.ts";
import { MAX_PER_COLUMN, MAX_RELATED } from "../../src/graph/layout-focus.ts";
import { curveHitsBox } from "../../src/graph/layout-geometry.ts";
import { cellCounts, cellKey } from "../../src/graph/layout-overview.ts";
import { MAX_SET_ROLES, SET_ROWS } from "../../src/graph/layout-role-set.ts";
import type { CareerGraph } from "../../src/graph/model.ts";
import { isRole } from "../../src/graph/model.ts";
import { fitLabel, type ViewLayout } from "../../src/graph/view-boxes.ts";
import { layoutView } from "../../src/graph/view-layout.ts";
import { highlightFor } from "../../src/state/highlight.ts";
import { type ExplorerState, initialState } from "../../src/state/types.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";
import { mustLoad } from "../helpers/load.ts";

const big = mustLoad(
  syntheticTaxonomyDocument({
    roles: 1000,
    tracks: 20,
    levels: 5,
    related: 10,
    unlevelled: 0.03,
    seed: 11,
  }),
);

let onetGraph: CareerGraph | undefined;
function onet(): CareerGraph {
  onetGraph ??= loadOnet();
  return onetGraph;
}

function loadOnet(): CareerGraph {
  const result = loadGraphText(
    readFileSync(new URL("../../graph-data/onet.json", import.meta.url), "utf8"),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.graph;
}

const roleIds = (graph: CareerGraph) => graph.filterNodes((_id, node) => isRole(node)).sort();

/** Boxes that overlap (titles included: their text must not run into anything). */
function overlaps(view: ViewLayout): string[] {
  const out: string[] = [];
  const boxes = [...view.boxes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      if (b.x - b.width / 2 >= a.x + a.width / 2) break;
      if (Math.abs(a.y - b.y) < (a.height + b.height) / 2) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

/** Edges running through a box that is neither of their ends. */
function edgesThroughBoxes(view: ViewLayout): string[] {
  const at = new Map(view.boxes.map((b) => [b.id, b]));
  const out: string[] = [];
  for (const e of view.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) {
      out.push(`${e.key} has an end that is not drawn`);
      continue;
    }
    for (const box of view.boxes) {
      if (box.id === e.source || box.id === e.target || box.kind === "title") continue;
      const hit = curveHitsBox(a, b, e.bend, {
        x: box.x,
        y: box.y,
        halfWidth: box.width / 2,
        halfHeight: box.height / 2,
      });
      if (hit) out.push(`${e.key} runs through ${box.id}`);
    }
  }
  return out;
}

describe("layoutRoles on 1,000 roles over 20 tracks and 5 levels", () => {
  it("places every role in its track's lane and level's column, without overlaps, in linear time", () => {
    const started = performance.now();
    const layout = layoutRoles(big);
    // Every lane order was tried before: minutes at this size. A loose bound, for a shared CPU.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(Object.keys(layout.positions).sort()).toEqual(roleIds(big));
    expect(layout.routed).toBe(false);
    const taken = new Set<string>();
    for (const p of Object.values(layout.positions)) {
      const key = `${Math.round(p.x / ROLE_WIDTH)},${Math.round(p.y / ROLE_HEIGHT)}`;
      expect(taken.has(key), `two roles at ${key}`).toBe(false);
      taken.add(key);
    }
    expect(layout.lanes.map((l) => l.track)).toEqual(
      big
        .getAttribute("vocabulary")
        .tracks.map((t) => t.id)
        .filter((t) => layout.lanes.some((l) => l.track === t)),
    );
  });

  it("reads left to right: a progression's target is right of its source", () => {
    const { positions } = layoutRoles(big);
    big.forEachEdge((_key, edge, source, target) => {
      if (edge.kind !== "progression") return;
      if (!big.getNodeAttribute(source, "level") || !big.getNodeAttribute(target, "level")) return;
      expect(positions[target]?.x, `${source} → ${target}`).toBeGreaterThan(
        positions[source]?.x ?? Number.POSITIVE_INFINITY,
      );
    });
  });
});

describe("the overview", () => {
  it.each([
    ["the synthetic taxonomy", () => big],
    ["O*NET", onet],
  ])(
    "on %s: one box per non-empty track × level cell with its count, nothing overlapping",
    (_name, load) => {
      const graph = load();
      const view = layoutView(graph, { kind: "overview" });
      const cells = view.boxes.filter((b) => b.kind === "cell");
      const counts = cellCounts(graph);
      expect(cells.length).toBe(counts.size);
      const total = cells.reduce((n, c) => n + Number.parseInt(c.label.replace(/,/g, ""), 10), 0);
      expect(total).toBe(roleIds(graph).length);
      for (const c of cells) {
        const roles = counts.get(cellKey(c.cell?.track ?? "", c.cell?.level ?? null));
        expect(c.label).toMatch(new RegExp(`^${roles?.length} `));
      }
      expect(view.boxes.filter((b) => b.kind === "role")).toEqual([]);
      expect(overlaps(view)).toEqual([]);
      expect(layoutView(graph, { kind: "overview" })).toBe(view);
    },
  );

  it("says 'occupations' in the data set's own words and orders rows as the vocabulary does", () => {
    const view = layoutView(big, { kind: "overview" });
    expect(view.boxes.find((b) => b.kind === "cell")?.label).toMatch(/^\d+ occupations?$/);
    const rows = view.boxes.filter((b) => b.id.startsWith("title:track:"));
    const ys = rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(view.minFontSize).toBeGreaterThanOrEqual(15);
  });

  it("opens a cell into exactly its roles, in a grid without overlaps", () => {
    const cell = layoutView(big, { kind: "overview" }).boxes.find((b) => b.kind === "cell");
    if (!cell?.cell) throw new Error("no cell");
    const view = layoutView(big, { kind: "cell", ...cell.cell });
    const drawn = view.boxes.filter((b) => b.kind === "role").map((b) => b.id);
    expect(drawn.sort()).toEqual(
      [...(cellCounts(big).get(cellKey(cell.cell.track, cell.cell.level)) ?? [])].sort(),
    );
    expect(overlaps(view)).toEqual([]);
  });
});

describe("the focus view", () => {
  const graphs: [string, CareerGraph][] = [
    ["the synthetic taxonomy", big],
    ["O*NET", onet()],
  ];
  it.each(graphs)(
    "on %s: predecessors left, successors right, related above and below; no overlaps, no edge through a box",
    (_name, graph) => {
      const roles = roleIds(graph);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: roles.length - 1 }), (i) => {
          const focus = roles[i] ?? "";
          const view = layoutView(graph, { kind: "focus", role: focus });
          const at = new Map(view.boxes.map((b) => [b.id, b]));
          expect(at.get(focus)).toMatchObject({ x: 0, y: 0 });
          graph.forEachEdge(focus, (_key, edge, source, target) => {
            const other = source === focus ? target : source;
            const box = at.get(other);
            if (!box) return;
            if (edge.kind === "progression" && target === focus) expect(box.x).toBeLessThan(0);
            if (edge.kind === "progression" && source === focus) expect(box.x).toBeGreaterThan(0);
          });
          // Related roles sit in rows above and below everything on the ladder.
          const relatedIds = new Set(
            view.edges
              .filter((e) => e.kind === "overlap" && e.source === focus)
              .map((e) => e.target),
          );
          const relatedBoxes = view.boxes.filter(
            (b) => relatedIds.has(b.id) || b.id === "more:related",
          );
          const ladder = view.boxes.filter((b) => !relatedBoxes.includes(b));
          const band = Math.max(...ladder.map((b) => Math.abs(b.y) + b.height / 2));
          for (const b of relatedBoxes) expect(Math.abs(b.y) - b.height / 2).toBeGreaterThan(band);
          expect(relatedBoxes.length).toBeLessThanOrEqual(MAX_RELATED);
          const columns = new Map<number, number>();
          for (const b of ladder) columns.set(b.x, (columns.get(b.x) ?? 0) + 1);
          for (const [x, n] of columns) if (x !== 0) expect(n).toBeLessThanOrEqual(MAX_PER_COLUMN);
          expect(overlaps(view)).toEqual([]);
          expect(edgesThroughBoxes(view)).toEqual([]);
          // Every shown role is linked to the focus by an edge (or is a rung of its ladder).
          const linked = new Set(view.edges.flatMap((e) => [e.source, e.target]));
          for (const b of view.boxes)
            if (b.kind === "role") expect(linked.has(b.id), b.id).toBe(true);
        }),
        { numRuns: 60, seed: 7 },
      );
    },
  );

  it("shows the closest related roles by rank and counts the rest as +N more", () => {
    const graph = onet();
    const focus = "role:15-1252.00";
    const view = layoutView(graph, { kind: "focus", role: focus });
    const ranks = new Map<string, number>();
    graph.forEachEdge(focus, (_key, edge, source, target) => {
      if (edge.kind !== "overlap" || source !== focus) return;
      ranks.set(target, edge.rank as number);
    });
    const more = view.boxes.find((b) => b.id === "more:related");
    expect(more?.label).toMatch(/^\+\d+ more related$/);
    const relatedIds = new Set(view.edges.filter((e) => e.kind === "overlap").map((e) => e.target));
    const shown = view.boxes.filter((b) => relatedIds.has(b.id));
    expect(shown.length).toBe(MAX_RELATED - 1);
    const worstShown = Math.max(...shown.map((b) => ranks.get(b.id) ?? 0));
    expect(worstShown).toBeLessThanOrEqual(MAX_RELATED);
  });

  it("is the same picture every time", () => {
    const a = layoutView(loadOnet(), { kind: "focus", role: "role:29-1141.00" });
    const b = layoutView(loadOnet(), { kind: "focus", role: "role:29-1141.00" });
    expect(a).toEqual(b);
  });
});

describe("a set of roles", () => {
  it("draws a route's steps in order, numbered, joined step to step", () => {
    const graph = onet();
    const steps = ["role:15-1251.00", "role:15-1211.00", "role:11-3021.00"];
    const view = layoutView(graph, {
      kind: "roles",
      roles: steps,
      chain: true,
      linked: true,
      what: "Route",
    });
    const boxes = steps.map((id) => view.boxes.find((b) => b.id === id));
    expect(boxes.map((b) => b?.label.split(".")[0])).toEqual(["1", "2", "3"]);
    const xs = boxes.map((b) => b?.x ?? 0);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(view.edges.map((e) => [e.source, e.target])).toEqual([
      [steps[0], steps[1]],
      [steps[1], steps[2]],
    ]);
    expect(overlaps(view)).toEqual([]);
    expect(edgesThroughBoxes(view)).toEqual([]);
  });

  it("draws a progression between compared roles the way it goes", () => {
    const graph = onet();
    // Computer Systems Analysts (Job Zone 3) → Software Developers (Job Zone 4).
    const view = layoutView(graph, {
      kind: "roles",
      roles: ["role:15-1252.00", "role:15-1211.00"],
      chain: false,
      linked: true,
      what: "Compared",
    });
    expect(view.edges.map((e) => [e.kind, e.source, e.target])).toEqual([
      ["progression", "role:15-1211.00", "role:15-1252.00"],
    ]);
  });

  it("caps a long set at MAX_SET_ROLES boxes with the rest counted", () => {
    const roles = roleIds(big).slice(0, 40);
    const view = layoutView(big, {
      kind: "roles",
      roles,
      chain: false,
      linked: true,
      what: "Asking",
    });
    expect(view.boxes.filter((b) => b.kind === "role")).toHaveLength(MAX_SET_ROLES - 1);
    expect(view.boxes.find((b) => b.kind === "more")?.label).toBe(
      `+${40 - MAX_SET_ROLES + 1} more`,
    );
    expect(overlaps(view)).toEqual([]);
    expect(edgesThroughBoxes(view)).toEqual([]);
  });
});

it("keeps a set by level to SET_ROWS per column, so it fits a window", () => {
  const sameLevel = roleIds(big).filter((id) => big.getNodeAttribute(id, "level") === "zone-2");
  const view = layoutView(big, {
    kind: "roles",
    roles: sameLevel.slice(0, 12),
    chain: false,
    linked: false,
    what: "Asking",
  });
  expect(view.boxes.filter((b) => b.kind === "role")).toHaveLength(SET_ROWS);
  expect(view.boxes.find((b) => b.kind === "more")?.label).toBe(`+${12 - SET_ROWS} more`);
  expect(view.edges).toEqual([]);
  expect(overlaps(view)).toEqual([]);
});

describe("fitLabel", () => {
  it("keeps at most the lines asked for, each within the box, ending in … when cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z,]{1,30}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (words, lines) => {
          const text = fitLabel(words.join(" "), 198, 15, lines);
          const out = text.split("\n");
          expect(out.length).toBeLessThanOrEqual(lines);
          for (const line of out)
            expect(line.length).toBeLessThanOrEqual(Math.floor(198 / (15 * 0.62)));
          if (out.join(" ").replace(/…/g, "") !== words.join(" ")) expect(text).toContain("…");
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe("which view the canvas draws", () => {
  const state = initialState();
  it.each([
    [{}, "overview"],
    [{ focus: "role:15-1252.00" }, "focus"],
    [{ focus: "skill:programming" }, "roles"],
    [{ view: "compare", compare: ["role:15-1252.00", "role:15-1251.00"] }, "roles"],
  ] as const)("on O*NET, state %o draws the %s view", (patch, kind) => {
    const graph = onet();
    expect(highlightFor(graph, { ...state, ...patch } as ExplorerState, null).view.kind).toBe(kind);
  });

  it(`draws a graph of at most ${MAX_ROLES_DRAWN_WHOLE} roles whole, whatever is focused`, () => {
    const small = mustLoad(sampleDocument());
    expect(highlightFor(small, state, null).view.kind).toBe("whole");
    expect(highlightFor(small, { ...state, focus: "role:mlops-engineer" }, null).view.kind).toBe(
      "whole",
    );
  });
});
