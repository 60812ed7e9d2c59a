import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_WEIGHT, fitOf, frontierOf, itemsOfRole, rankByFit } from "../../src/graph/fit.ts";
import { requirementUnits } from "../../src/graph/requirements.ts";
import { miniGraph } from "../helpers/load.ts";

const graph = miniGraph({
  roles: [
    { id: "role:adviser", requires: {} },
    { id: "role:junior", requires: { "skill:python": "core", "tool:git": "secondary" } },
    { id: "role:mid", buildsOn: "role:junior", requires: { "tool:docker": "core" } },
    {
      id: "role:cloud",
      requires: { "skill:ops": "core" },
      oneOf: { "cloud platform": { importance: "core", members: ["tool:aws", "tool:gcp"] } },
    },
    { id: "role:lead", buildsOn: "role:mid", requires: { "skill:leadership": "core" } },
  ],
});

describe("fit", () => {
  it("weighs core over secondary and counts what is met", () => {
    const f = fitOf(graph, "role:junior", new Set(["tool:git"]));
    expect(f).toMatchObject({ met: 1, total: 2, coreMissing: 1 });
    expect(f.score).toBeCloseTo(1 / (CORE_WEIGHT + 1));
    expect(f.gap.map((g) => g.id)).toEqual(["skill:python"]);
  });

  it("counts a one-of group once, met by any member", () => {
    const one = fitOf(graph, "role:cloud", new Set(["tool:gcp"]));
    const both = fitOf(graph, "role:cloud", new Set(["tool:gcp", "tool:aws"]));
    expect(one).toMatchObject({ met: 1, total: 2, coreMissing: 1 });
    expect(both.score).toBe(one.score);
    expect(one.gap.map((g) => g.label)).toEqual(["Ops"]);
  });

  it("ranks roles best fit first and lists the frontier by fewest core items missing", () => {
    const have = new Set(["skill:python", "tool:git", "tool:docker"]);
    const ranked = rankByFit(graph, have);
    expect(
      ranked
        .map((f) => f.roleId)
        .slice(0, 2)
        .sort(),
    ).toEqual(["role:junior", "role:mid"]);
    const { ready, next } = frontierOf(ranked);
    expect(ready.map((f) => f.roleId).sort()).toEqual(["role:junior", "role:mid"]);
    expect(next.map((f) => f.roleId)).toEqual(["role:lead"]);
  });

  it("an empty profile has no frontier", () => {
    expect(frontierOf(rankByFit(graph, new Set()))).toEqual({ ready: [], next: [] });
  });

  it("'I am a …' takes the role's plain requirements, not a group's members", () => {
    expect(itemsOfRole(graph, "role:mid").sort()).toEqual([
      "skill:python",
      "tool:docker",
      "tool:git",
    ]);
    expect(itemsOfRole(graph, "role:cloud")).toEqual(["skill:ops"]);
  });

  it("matches a direct count over the units for any profile (property)", () => {
    const items = ["skill:python", "tool:git", "tool:docker", "skill:ops", "tool:aws", "tool:gcp"];
    fc.assert(
      fc.property(fc.subarray(items), (picked) => {
        const have = new Set(picked);
        for (const f of rankByFit(graph, have)) {
          const units = requirementUnits(graph, f.roleId);
          const met = units.filter((u) =>
            u.members ? u.members.some((m) => have.has(m.id)) : have.has(u.id),
          );
          const w = (u: (typeof units)[number]) => (u.importance === "core" ? CORE_WEIGHT : 1);
          const sum = (us: typeof units) => us.reduce((s, u) => s + w(u), 0);
          expect(f.met).toBe(met.length);
          expect(f.met + f.gap.length).toBe(f.total);
          expect(f.score).toBeCloseTo(units.length ? sum(met) / sum(units) : 0);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
        }
        // A role that lists nothing says nothing about fit: last, with or without a profile.
        expect(rankByFit(graph, have).at(-1)?.roleId).toBe("role:adviser");
      }),
    );
  });
});
