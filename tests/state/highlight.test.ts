import { describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { findSkillRoute } from "../../src/graph/route/find-skill-route.ts";
import { highlightFor } from "../../src/state/highlight.ts";
import { apply, focusNode, setItemLayer, setRouteQuery } from "../../src/state/producers.ts";
import { initialState } from "../../src/state/types.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";

const graph = (() => {
  const r = loadGraphDocument(sampleDocument());
  if (!r.ok) throw new Error("sample graph does not load");
  return r.graph;
})();

describe("highlightFor", () => {
  it("lights a focused role's neighbours and brings its skills and tools, inherited ones too", () => {
    const h = highlightFor(graph, focusNode("role:senior-mlops-engineer")(initialState()), null);
    expect(h.lit).toEqual(["role:mlops-engineer"]);
    expect(h.items.map((i) => i.id)).toEqual([
      "skill:python",
      "skill:system-design",
      "tool:kubernetes",
    ]);
    expect(h.links.every((l) => l.source === "role:senior-mlops-engineer")).toBe(true);
    // Only what is new at the senior level is marked new; the rest comes from the level below.
    expect(h.newItems).toEqual(["skill:system-design"]);
  });

  it("a focused tool lights the roles that require it, through the ladder too", () => {
    const h = highlightFor(graph, focusNode("tool:kubernetes")(initialState()), null);
    expect(h.lit).toEqual([
      "role:devops-engineer",
      "role:mlops-engineer",
      "role:senior-mlops-engineer",
    ]);
    expect(h.items.map((i) => i.id)).toEqual(["tool:kubernetes"]);
  });

  it("draws the route and the items to learn on it", () => {
    const state = apply(
      initialState(),
      setRouteQuery({ from: "role:machine-learning-engineer", to: "role:senior-mlops-engineer" }),
    );
    const result = findSkillRoute(graph, {
      from: "role:machine-learning-engineer",
      to: "role:senior-mlops-engineer",
    });
    if (!result.ok) throw new Error(result.reason);
    const h = highlightFor(graph, state, result.route);
    expect(h.route?.roles[0]).toBe("role:machine-learning-engineer");
    expect(h.route?.roles.at(-1)).toBe("role:senior-mlops-engineer");
    expect(h.route?.edges.length).toBe((h.route?.roles.length ?? 0) - 1);
    expect(h.route?.learn).toContain("skill:system-design");
    expect(h.links.every((l) => l.kind === "learn")).toBe(true);
  });

  it("the item layer shows every skill or tool, filtered by kind", () => {
    const h = highlightFor(graph, setItemLayer(true, "tool")(initialState()), null);
    expect(h.items.map((i) => i.id)).toEqual(["tool:kubernetes", "tool:pytorch"]);
    expect(h.itemAnchor).toBeNull();
  });
});
