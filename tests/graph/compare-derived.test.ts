import { describe, expect, it } from "vitest";
import { closestCompared, compareRoles, type RoleComparison } from "../../src/graph/compare.ts";
import { miniGraph } from "../helpers/load.ts";

const graph = miniGraph({
  roles: [
    {
      id: "role:a",
      requires: { "skill:python": "core", "tool:git": "secondary", "skill:sql": "core" },
    },
    {
      id: "role:b",
      requires: { "skill:python": "core", "tool:docker": "core", "skill:sql": "secondary" },
    },
    {
      id: "role:c",
      requires: { "skill:python": "core", "tool:docker": "secondary", "skill:k8s": "core" },
    },
  ],
  progression: [["role:a", "role:b"]],
  overlap: [["role:b", "role:c"]],
});

function comparison(ids: string[]): RoleComparison {
  const r = compareRoles(graph, ids);
  if (!r.ok) throw new Error(r.reason);
  return r.comparison;
}

describe("what the compare view shows, computed once", () => {
  it("lists items some but not all roles need, with who needs them", () => {
    const c = comparison(["role:a", "role:b", "role:c"]);
    expect(c.sharedBySome.map((s) => [s.item.id, s.roles])).toEqual([
      ["skill:sql", ["role:a", "role:b"]],
      ["tool:docker", ["role:b", "role:c"]],
    ]);
    // Shared by all and unique items are not "shared by some".
    const some = new Set(c.sharedBySome.map((s) => s.item.id));
    for (const i of [...c.shared, ...Object.values(c.unique).flat()])
      expect(some.has(i.id)).toBe(false);
  });

  it("has nothing shared by some with two roles (an item is then shared or unique)", () => {
    expect(comparison(["role:a", "role:b"]).sharedBySome).toEqual([]);
  });

  it("gives each direct move its gap: a next step one way, adjacent roles both ways", () => {
    const c = comparison(["role:a", "role:b", "role:c"]);
    const moves = c.moves.map((m) => [m.from, m.to, m.gap.map((g) => g.id).sort(), m.core]);
    expect(moves).toEqual([
      ["role:a", "role:b", ["tool:docker"], 1],
      ["role:b", "role:c", ["skill:k8s"], 1],
      ["role:c", "role:b", ["skill:sql"], 0],
    ]);
  });

  it("ranks the compared roles by fit for a person's skills", () => {
    const c = comparison(["role:a", "role:b", "role:c"]);
    const fits = closestCompared(graph, c, new Set(["skill:python", "tool:docker"]));
    expect(fits.map((f) => f.roleId)).toEqual(["role:b", "role:c", "role:a"]);
    expect(fits[0]).toMatchObject({ met: 2, total: 3, coreMissing: 0 });
    expect(fits[0]?.gap.map((g) => g.id)).toEqual(["skill:sql"]);
  });

  it("ranks nothing for an empty profile", () => {
    expect(closestCompared(graph, comparison(["role:a", "role:b"]), new Set())).toEqual([]);
  });
});
