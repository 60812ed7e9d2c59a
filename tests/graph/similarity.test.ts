import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Requirement } from "../../src/graph/requirements.ts";
import { similarityOf } from "../../src/graph/similarity.ts";

const req = (id: string, importance: "core" | "secondary"): Requirement => ({
  id,
  label: id,
  kind: "skill",
  importance,
  statedBy: "role:x",
});

const reqsArb = fc
  .dictionary(
    fc.constantFrom("a", "b", "c", "d", "e", "f"),
    fc.constantFrom("core" as const, "secondary" as const),
  )
  .map((d) => Object.entries(d).map(([id, imp]) => req(`skill:${id}`, imp)));

describe("similarityOf", () => {
  it("weighs core twice as much as secondary", () => {
    // shared: a (core in both) = 2; union: a 2 + b max(1, 0) + c max(0, 2) = 5.
    const s = similarityOf(
      [req("a", "core"), req("b", "secondary")],
      [req("a", "core"), req("c", "core")],
    );
    expect(s.score).toBeCloseTo(2 / 5);
    expect(s.percent).toBe(40);
    expect(s.shared.map((r) => r.id)).toEqual(["a"]);
    expect(s.gapAtoB.map((r) => r.id)).toEqual(["c"]);
    expect(s.gapBtoA.map((r) => r.id)).toEqual(["b"]);
  });

  it("counts an item at different importance by its smaller weight", () => {
    expect(similarityOf([req("a", "core")], [req("a", "secondary")]).score).toBeCloseTo(1 / 2);
  });

  it("is symmetric, bounded, 100% for itself and 0% for disjoint sets", () => {
    fc.assert(
      fc.property(reqsArb, reqsArb, (a, b) => {
        const ab = similarityOf(a, b);
        const ba = similarityOf(b, a);
        expect(ab.score).toBeCloseTo(ba.score);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        expect(ab.gapAtoB.map((r) => r.id)).toEqual(ba.gapBtoA.map((r) => r.id));
        if (a.length > 0) expect(similarityOf(a, a).percent).toBe(100);
        const ids = new Set(a.map((r) => r.id));
        if (b.every((r) => !ids.has(r.id))) expect(ab.score).toBe(0);
        // Shared plus each gap covers the union exactly once.
        expect(ab.shared.length + ab.gapAtoB.length + ab.gapBtoA.length).toBe(
          new Set([...a, ...b].map((r) => r.id)).size,
        );
      }),
    );
  });
});
