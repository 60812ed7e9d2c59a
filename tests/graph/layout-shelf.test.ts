import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { COLUMN_GAP, layoutRoles, ROLE_HEIGHT, ROLE_WIDTH } from "../../src/graph/layout.ts";
import { segmentHitsBox } from "../../src/graph/layout-geometry.ts";
import { layoutShelf, SHELF_GAP, shelfConnector } from "../../src/graph/layout-shelf.ts";
import { loadMlops } from "../helpers/mlops.ts";

const bounds = { left: -84, right: 844, top: 0, bottom: 600 };

describe("the skills and tools shelf", () => {
  it("puts chips of any width below the roles, in rows within the graph's width, never overlapping", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            width: fc.integer({ min: 40, max: 260 }),
            height: fc.integer({ min: 30, max: 80 }),
          }),
          { maxLength: 60 },
        ),
        fc.option(fc.integer({ min: -200, max: 1000 }), { nil: undefined }),
        (sizes, anchor) => {
          const ids = sizes.map((_, i) => `skill:${i}`);
          const byId = Object.fromEntries(
            ids.map((id, i) => [id, sizes[i] ?? { width: 0, height: 0 }]),
          );
          const at = layoutShelf(ids, byId, { bounds }, anchor);
          const boxes = ids.map((id) => {
            const p = at[id] ?? { x: Number.NaN, y: Number.NaN };
            const s = byId[id] ?? { width: 0, height: 0 };
            return {
              x1: p.x - s.width / 2,
              x2: p.x + s.width / 2,
              y1: p.y - s.height / 2,
              y2: p.y + s.height / 2,
            };
          });
          for (const b of boxes) {
            expect(b.y1).toBeGreaterThanOrEqual(bounds.bottom + SHELF_GAP.top - 1e-9);
            expect(b.x1).toBeGreaterThanOrEqual(bounds.left - 1e-9);
            expect(b.x2).toBeLessThanOrEqual(bounds.right + 1e-9);
          }
          for (const [i, a] of boxes.entries())
            for (const b of boxes.slice(i + 1)) {
              const overlap =
                Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) &&
                Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
              expect(overlap).toBe(false);
            }
        },
      ),
    );
  });

  it("centres a short row under the anchor role", () => {
    const at = layoutShelf(
      ["a", "b"],
      { a: { width: 100, height: 34 }, b: { width: 100, height: 34 } },
      { bounds },
      400,
    );
    expect(((at.a?.x ?? 0) + (at.b?.x ?? 0)) / 2).toBeCloseTo(400, 6);
  });
});

describe("the connector from a focused role to its shelf", () => {
  const graphs = [
    ["MLOps", loadMlops().graph],
    [
      "the kitchen fixture",
      (() => {
        const r = loadGraphDocument(
          JSON.parse(readFileSync("tests/fixtures/kitchen-careers.json", "utf8")),
        );
        if (!r.ok) throw new Error("kitchen fixture does not load");
        return r.graph;
      })(),
    ],
  ] as const;
  for (const [name, graph] of graphs)
    it(`never runs through another role's box, from any role of ${name}`, () => {
      const layout = layoutRoles(graph);
      const chip = { width: 120, height: 34 };
      const ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
      const sizes = Object.fromEntries(ids.map((id) => [id, chip]));
      const roles = Object.entries(layout.positions);
      expect(roles.length).toBeGreaterThan(5);
      for (const [id, at] of roles) {
        const shelf = layoutShelf(ids, sizes, layout, at.x);
        const c = shelfConnector(
          at,
          ids.map((i) => ({ ...(shelf[i] ?? { x: 0, y: 0 }), ...chip })),
          { halfWidth: ROLE_WIDTH / 2, columnGap: COLUMN_GAP },
        );
        if (!c) throw new Error("no connector");
        // The bar sits between the roles and the chips, and under the line's foot.
        expect(c.bar.y).toBeGreaterThan(layout.bounds.bottom);
        expect(c.foot.x).toBeGreaterThanOrEqual(c.bar.left);
        expect(c.foot.x).toBeLessThanOrEqual(c.bar.right);
        for (const [other, p] of roles) {
          const box = { ...p, halfWidth: ROLE_WIDTH / 2, halfHeight: ROLE_HEIGHT / 2 };
          expect(segmentHitsBox(c.joint, c.foot, box), `${id} down through ${other}`).toBe(false);
          if (other !== id)
            expect(segmentHitsBox(at, c.joint, box), `${id} out through ${other}`).toBe(false);
        }
      }
    });
});
