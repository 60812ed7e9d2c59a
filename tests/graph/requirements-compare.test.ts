import { describe, expect, it } from "vitest";
import { compareRoles } from "../../src/graph/compare.ts";
import { roleNeighbours, rolesRequiring } from "../../src/graph/neighbours.ts";
import {
  fullRequirements,
  ladderBelow,
  ownRequirements,
  requirementUnits,
} from "../../src/graph/requirements.ts";
import { findSkillRoute } from "../../src/graph/route/find-skill-route.ts";
import { miniGraph } from "../helpers/load.ts";

const graph = miniGraph({
  roles: [
    { id: "role:junior", requires: { "skill:python": "core", "tool:git": "secondary" } },
    {
      id: "role:mid",
      buildsOn: "role:junior",
      requires: { "tool:docker": "core", "tool:git": "core" },
    },
    { id: "role:senior", buildsOn: "role:mid", requires: { "skill:leadership": "core" } },
    { id: "role:devops", requires: { "tool:docker": "core", "skill:ci-cd": "core" } },
  ],
  progression: [
    ["role:junior", "role:mid"],
    ["role:mid", "role:senior"],
  ],
  overlap: [["role:mid", "role:devops"]],
});

describe("requirements", () => {
  it("a senior role builds on everything below it on its ladder", () => {
    expect(ladderBelow(graph, "role:senior")).toEqual(["role:senior", "role:mid", "role:junior"]);
    expect(ownRequirements(graph, "role:senior").map((r) => r.id)).toEqual(["skill:leadership"]);
    expect(fullRequirements(graph, "role:senior").map((r) => r.id)).toEqual([
      "skill:leadership",
      "skill:python",
      "tool:docker",
      "tool:git",
    ]);
  });

  it("keeps the stronger importance when levels disagree", () => {
    const git = fullRequirements(graph, "role:senior").find((r) => r.id === "tool:git");
    expect(git).toMatchObject({ importance: "core", statedBy: "role:mid" });
  });
});

describe("neighbours", () => {
  it("separates next, previous and adjacent roles", () => {
    const n = roleNeighbours(graph, "role:mid");
    expect(n.next.map((r) => r.id)).toEqual(["role:senior"]);
    expect(n.previous.map((r) => r.id)).toEqual(["role:junior"]);
    expect(n.adjacent.map((r) => r.id)).toEqual(["role:devops"]);
    expect(n.adjacent[0]?.similarity).toBeGreaterThan(0);
  });

  it("lists the roles that require a tool, directly or through the ladder", () => {
    expect(rolesRequiring(graph, "tool:docker")).toEqual([
      { id: "role:devops", label: "Devops", importance: "core", inherited: false },
      { id: "role:mid", label: "Mid", importance: "core", inherited: false },
      { id: "role:senior", label: "Senior", importance: "core", inherited: true },
    ]);
  });
});

describe("compareRoles", () => {
  it("splits shared and unique items and lists the transitions between the roles", () => {
    const result = compareRoles(graph, ["role:mid", "role:devops", "role:senior"]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.comparison;
    expect(c.shared.map((i) => i.id)).toEqual(["tool:docker"]);
    expect(c.unique["role:devops"]?.map((i) => i.id)).toEqual(["skill:ci-cd"]);
    expect(c.unique["role:senior"]?.map((i) => i.id)).toEqual(["skill:leadership"]);
    expect(c.unique["role:mid"]).toEqual([]);
    expect(c.transitions).toEqual([
      { kind: "overlap", source: "role:mid", target: "role:devops" },
      { kind: "progression", source: "role:mid", target: "role:senior" },
    ]);
    expect(c.similarity[1]?.[0]).toBe(c.similarity[0]?.[1]);
    expect(c.items.find((i) => i.id === "tool:git")?.importance).toEqual(["core", null, "core"]);
  });

  it("needs 2 to 4 known roles", () => {
    expect(compareRoles(graph, ["role:mid"]).ok).toBe(false);
    expect(compareRoles(graph, ["role:mid", "role:mid"]).ok).toBe(false);
    expect(compareRoles(graph, ["role:mid", "tool:git"])).toEqual({
      ok: false,
      reason: '"tool:git" is not a role in this graph.',
    });
  });
});

describe("one-of groups in requirement units", () => {
  const g = miniGraph({
    roles: [
      {
        id: "role:junior",
        oneOf: { "cloud platform": { importance: "core", members: ["tool:aws", "tool:gcp"] } },
      },
      {
        id: "role:senior",
        buildsOn: "role:junior",
        requires: { "skill:python": "core" },
        // The same alternatives stated again, under another name: one group, not two.
        oneOf: { cloud: { importance: "secondary", members: ["tool:gcp", "tool:aws"] } },
      },
      {
        id: "role:any-cloud",
        oneOf: { "a cloud": { importance: "core", members: ["tool:aws", "tool:azure"] } },
      },
      { id: "role:aws-shop", buildsOn: "role:any-cloud", requires: { "tool:aws": "core" } },
    ],
  });

  it("shows a group once, with its members, however many levels state it", () => {
    const units = requirementUnits(g, "role:senior");
    const groups = units.filter((u) => u.members);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.members?.map((m) => m.id)).toEqual(["tool:aws", "tool:gcp"]);
    // Core at the level below wins over secondary here.
    expect(groups[0]?.importance).toBe("core");
    expect(units.filter((u) => !u.members).map((u) => u.id)).toEqual(["skill:python"]);
  });

  it("drops a group that a plain requirement of the same role already meets", () => {
    expect(requirementUnits(g, "role:aws-shop").map((u) => u.id)).toEqual(["tool:aws"]);
  });

  it("costs a route one item per open group", () => {
    const r = findSkillRoute(g, { to: "role:junior", alternatives: 0 });
    expect(r.ok && r.route.learnCount).toBe(1);
    const held = findSkillRoute(g, { to: "role:junior", have: ["tool:gcp"], alternatives: 0 });
    expect(held.ok && held.route.learnCount).toBe(0);
  });
});
