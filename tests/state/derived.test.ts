import { describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { compareRoles } from "../../src/graph/compare.ts";
import { findSkillRoute } from "../../src/graph/route/find-skill-route.ts";
import { chosenRoute, createDerive } from "../../src/state/derived.ts";
import {
  apply,
  chooseRoute,
  focusNode,
  setCompare,
  setRouteQuery,
  showView,
} from "../../src/state/producers.ts";
import { initialState } from "../../src/state/types.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";

const graph = (() => {
  const r = loadGraphDocument(sampleDocument());
  if (!r.ok) throw new Error("sample graph does not load");
  return r.graph;
})();

const focused = (id: string) => apply(initialState(), focusNode(id));

describe("derive", () => {
  it("hands back the same highlight for a new but equal state, so the graph does not redraw", () => {
    const derive = createDerive();
    const first = derive(graph, focused("role:mlops-engineer"), null);
    const again = derive(graph, focused("role:mlops-engineer"), null);
    expect(again.highlight).toBe(first.highlight);
  });

  it("recomputes the highlight when the focus or the person's profile changes", () => {
    const derive = createDerive();
    const first = derive(graph, focused("role:mlops-engineer"), null);
    const other = derive(graph, focused("role:devops-engineer"), null);
    expect(other.highlight).not.toBe(first.highlight);
    expect(other.highlight.focus).toBe("role:devops-engineer");
    const mine = derive(graph, focused("role:devops-engineer"), null, {
      have: ["tool:kubernetes"],
      frontier: [],
    });
    expect(mine.highlight.have).toEqual(["tool:kubernetes"]);
  });

  it("compares roles only while the compare view shows two or more, once per choice", () => {
    const derive = createDerive();
    const two = setCompare(["role:mlops-engineer", "role:devops-engineer"]);
    const elsewhere = apply(initialState(), two, showView("explore"));
    expect(derive(graph, elsewhere, null, undefined, compareRoles).comparison).toBeNull();
    const state = apply(initialState(), two);
    const first = derive(graph, state, null, undefined, compareRoles).comparison;
    expect(first?.ok).toBe(true);
    expect(derive(graph, { ...state }, null, undefined, compareRoles).comparison).toBe(first);
    const one = apply(state, setCompare(["role:mlops-engineer"]));
    expect(derive(graph, one, null, undefined, compareRoles).comparison).toBeNull();
  });

  it("compares once the comparing code is at hand, not before", () => {
    const derive = createDerive();
    const state = apply(
      initialState(),
      setCompare(["role:mlops-engineer", "role:devops-engineer"]),
    );
    expect(derive(graph, state, null).comparison).toBeNull();
    const later = derive(graph, state, null, undefined, compareRoles).comparison;
    expect(later?.ok && later.comparison.roles.map((r) => r.id)).toEqual([
      "role:mlops-engineer",
      "role:devops-engineer",
    ]);
  });

  it("shows the chosen alternative route, and the best when the choice is out of range", () => {
    const result = findSkillRoute(graph, {
      from: "role:machine-learning-engineer",
      to: "role:senior-mlops-engineer",
      alternatives: 2,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(chosenRoute(result, 0)).toBe(result.route);
    if (result.alternatives[0]) expect(chosenRoute(result, 1)).toBe(result.alternatives[0]);
    expect(chosenRoute(result, 99)).toBe(result.route);
    const state = apply(
      initialState(),
      setRouteQuery({ from: "role:machine-learning-engineer", to: "role:senior-mlops-engineer" }),
      chooseRoute(0),
    );
    const d = createDerive()(graph, state, result);
    expect(d.route).toBe(result.route);
    expect(d.highlight.route?.roles.at(-1)).toBe("role:senior-mlops-engineer");
  });
});
