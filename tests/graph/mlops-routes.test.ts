import { describe, expect, it } from "vitest";
import { compareRoles } from "../../src/graph/compare.ts";
import { findNode } from "../../src/graph/lookup.ts";
import { roleNeighbours } from "../../src/graph/neighbours.ts";
import { fullRequirements, ownRequirements } from "../../src/graph/requirements.ts";
import { findSkillRoute } from "../../src/graph/route/find-skill-route.ts";
import { loadMlops } from "../helpers/mlops.ts";
// Fuzzy suggestions are on, as in the CLI and the library (the page loads them after its first view).
import "../../src/graph/lookup-fuzzy.ts";

const { graph } = loadMlops();

describe("routes through the MLOps data set", () => {
  it("asks a Machine Learning Engineer moving to MLOps Engineer for one cloud and one language, not all of them", () => {
    const result = findSkillRoute(graph, {
      from: "role:machine-learning-engineer",
      to: "role:mlops-engineer",
      alternatives: 0,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Before "one of" groups and must-have-first costing, this move asked for 74 items.
    expect(result.route.learnCount).toBeLessThan(40);
    const learned = result.route.steps.flatMap((s) => s.learn);
    const inCategory = (category: string) =>
      learned.filter((l) => graph.getNodeAttribute(l.id, "category") === category);
    const clouds = ["tool:aws", "tool:azure", "tool:gcp"];
    expect(learned.filter((l) => clouds.includes(l.id)).length).toBeLessThanOrEqual(1);
    expect(inCategory("programming").length).toBeLessThan(6);
    // The cloud it picks says the others would do.
    const cloud = learned.find((l) => clouds.includes(l.id));
    if (cloud)
      expect(cloud.group?.alternatives.map((a) => a.id).sort()).toEqual(
        clouds.filter((c) => c !== cloud.id).sort(),
      );
    // Counting nice-to-haves too costs more, never less.
    const withSecondary = findSkillRoute(graph, {
      from: "role:machine-learning-engineer",
      to: "role:mlops-engineer",
      alternatives: 0,
      withSecondary: true,
    });
    expect(withSecondary.ok && withSecondary.route.learnCount).toBeGreaterThan(
      result.route.learnCount,
    );
  });

  it("routes Machine Learning Engineer to Lead MLOps Engineer up the ladder of seed 000", () => {
    const result = findSkillRoute(graph, {
      from: "role:machine-learning-engineer",
      to: "role:lead-machine-learning-ops-engineer",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.route.steps.map((s) => s.id)).toEqual([
      "role:machine-learning-engineer",
      "role:senior-machine-learning-engineer",
      "role:machine-learning-architect",
      "role:lead-machine-learning-ops-engineer",
    ]);
    // Up a ladder, each step asks exactly for what is new at that level.
    for (const step of result.route.steps.slice(1)) {
      expect(step.learn.map((l) => l.id).sort()).toEqual(
        ownRequirements(graph, step.id)
          .map((r) => r.id)
          .sort(),
      );
      expect(step.learn.length).toBeGreaterThan(0);
    }
  });

  it("routes Junior MLOps Engineer to Director of MLOps up the ladder of seed 004", () => {
    const result = findSkillRoute(graph, {
      from: "role:junior-mlops-engineer",
      to: "role:director-of-mlops",
    });
    expect(result.ok && result.route.steps.map((s) => s.id)).toEqual([
      "role:junior-mlops-engineer",
      "role:mlops-engineer",
      "role:senior-mlops-engineer",
      "role:mlops-team-lead",
      "role:director-of-mlops",
    ]);
  });

  it("offers genuinely different alternatives, each no better than the best route", () => {
    const result = findSkillRoute(graph, {
      from: "role:machine-learning-engineer",
      to: "role:director-of-mlops",
      alternatives: 3,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const best = result.route;
    for (const alt of result.alternatives) {
      expect(alt.learnCount).toBeGreaterThanOrEqual(best.learnCount);
      expect(alt.steps.map((s) => s.id)).not.toEqual(best.steps.map((s) => s.id));
    }
  });

  it("counts skills the person already has as learned", () => {
    const without = findSkillRoute(graph, {
      from: "role:software-engineer",
      to: "role:mlops-engineer",
    });
    const mlopsCore = fullRequirements(graph, "role:mlops-engineer").map((r) => r.id);
    const withSkills = findSkillRoute(graph, {
      from: "role:software-engineer",
      to: "role:mlops-engineer",
      have: mlopsCore,
    });
    expect(without.ok && withSkills.ok).toBe(true);
    if (without.ok && withSkills.ok) {
      expect(withSkills.route.learnCount).toBeLessThan(without.route.learnCount);
      expect(withSkills.route.learnCount).toBe(0);
    }
  });

  it("explains when lateral moves are needed", () => {
    const result = findSkillRoute(graph, {
      from: "role:devops-engineer",
      to: "role:director-of-mlops",
      allowLateral: false,
    });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reason).toMatch(/lateral/i);
  });

  it("finds roles by label, alias or id, whatever the case, and suggests near misses", () => {
    expect(findNode(graph, "lead mlops engineer")).toEqual({
      ok: true,
      id: "role:lead-machine-learning-ops-engineer",
    });
    expect(findNode(graph, "MLOps Platform Engineer")).toEqual({
      ok: true,
      id: "role:mlops-engineer",
    });
    expect(findNode(graph, "role:data-engineer")).toEqual({ ok: true, id: "role:data-engineer" });
    const miss = findNode(graph, "Dev Ops Engineeer");
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.suggestions.map((s) => s.id)).toContain("role:devops-engineer");
  });

  it("lists where MLOps Engineer leads, where people come from and its adjacent roles", () => {
    const n = roleNeighbours(graph, "role:mlops-engineer");
    expect(n.next.map((r) => r.id)).toContain("role:senior-mlops-engineer");
    expect(n.previous.map((r) => r.id)).toContain("role:junior-mlops-engineer");
    expect(n.adjacent.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "role:devops-engineer",
        "role:data-engineer",
        "role:machine-learning-engineer",
      ]),
    );
  });

  it("compares MLOps Engineer with DevOps Engineer and Data Engineer", () => {
    const result = compareRoles(graph, [
      "role:mlops-engineer",
      "role:devops-engineer",
      "role:data-engineer",
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.comparison;
    expect(c.similarity.map((row, i) => row[i])).toEqual([100, 100, 100]);
    expect(c.similarity[0]?.[1]).toBe(c.similarity[1]?.[0]);
    expect(c.transitions.map((t) => t.kind)).toEqual(["overlap", "overlap"]);
    expect(c.roles[0]?.salary.length).toBeGreaterThan(0);
  });
});
