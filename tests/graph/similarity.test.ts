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

const group = (label: string, importance: "core" | "secondary", ...ids: string[]): Requirement => ({
  id: `group:${ids.join("|")}`,
  label,
  kind: "tool",
  importance,
  statedBy: "role:x",
  members: ids.map((id) => ({ id, label: id, kind: "tool" as const })),
});

describe("similarityOf with one-of groups", () => {
  it("counts a group as met by a role that requires one of its members on its own", () => {
    const s = similarityOf([group("cloud", "core", "aws", "azure", "gcp")], [req("aws", "core")]);
    // A role needing AWS meets "a cloud"; one needing "a cloud" may know Azure only.
    expect(s.gapBtoA).toEqual([]);
    expect(s.gapAtoB.map((r) => r.id)).toEqual(["aws"]);
    // Half the weight met on each side on average: m = (2 + 0) / 2 = 1; 1 / (4 - 1).
    expect(s.percent).toBe(33);
  });

  it("does not count a plain item as met by a group that merely allows it", () => {
    // Whoever meets "one of aws, azure" may hold azure only: aws stays a gap.
    const s = similarityOf([group("cloud", "core", "aws", "azure")], [req("aws", "core")]);
    expect(s.gapBtoA).toEqual([]);
    const back = similarityOf([req("aws", "core")], [group("cloud", "core", "aws", "azure")]);
    expect(back.gapBtoA.map((r) => r.id)).toEqual(["aws"]);
  });

  it("counts a narrower group as meeting a wider one, not the reverse", () => {
    const wide = group("cloud", "core", "aws", "azure", "gcp");
    const narrow = group("cloud", "core", "aws", "gcp");
    expect(similarityOf([narrow], [wide]).gapAtoB).toEqual([]);
    expect(similarityOf([wide], [narrow]).gapAtoB.map((r) => r.id)).toEqual([narrow.id]);
  });

  it("is the plain weighted Jaccard when no groups are involved, and symmetric with them", () => {
    fc.assert(
      fc.property(reqsArb, reqsArb, fc.boolean(), (a, b, withGroup) => {
        const ga = withGroup ? [...a, group("g", "core", "x", "y")] : a;
        const gb = withGroup ? [...b, group("g", "secondary", "y", "z")] : b;
        expect(similarityOf(ga, gb).score).toBeCloseTo(similarityOf(gb, ga).score);
        if (!withGroup) {
          const wa = new Map(a.map((r) => [r.id, r.importance === "core" ? 2 : 1]));
          const wb = new Map(b.map((r) => [r.id, r.importance === "core" ? 2 : 1]));
          let min = 0;
          let max = 0;
          for (const id of new Set([...wa.keys(), ...wb.keys()])) {
            min += Math.min(wa.get(id) ?? 0, wb.get(id) ?? 0);
            max += Math.max(wa.get(id) ?? 0, wb.get(id) ?? 0);
          }
          expect(similarityOf(a, b).score).toBeCloseTo(max === 0 ? 0 : min / max);
        }
      }),
    );
  });
});
