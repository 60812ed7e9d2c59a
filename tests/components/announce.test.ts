import { describe, expect, it } from "vitest";
import { announcementFor } from "../../src/components/cp-app/announce.ts";
import { loadGraphDocument } from "../../src/data/load.ts";
import { findSkillRoute } from "../../src/graph/route/find-skill-route.ts";
import { setRouteQuery } from "../../src/state/producers.ts";
import { initialState } from "../../src/state/types.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";

const graph = (() => {
  const r = loadGraphDocument(sampleDocument());
  if (!r.ok) throw new Error("sample graph does not load");
  return r.graph;
})();

describe("route announcements for the live region", () => {
  it("says where the route goes, how long it is and what it costs", () => {
    const query = { from: "role:junior-mlops-engineer", to: "role:senior-mlops-engineer" };
    const state = setRouteQuery(query)(initialState());
    const text = announcementFor(state, findSkillRoute(graph, query));
    expect(text).toMatch(
      /^Route to Senior MLOps Engineer: 3 roles, 2 moves, \d+ skills and tools to learn\./,
    );
  });

  it("says why there is no route", () => {
    const query = { from: "role:senior-mlops-engineer", to: "role:junior-mlops-engineer" };
    const state = setRouteQuery(query)(initialState());
    expect(announcementFor(state, findSkillRoute(graph, query))).toMatch(/^No route\. /);
  });

  it("is silent without a target", () => {
    expect(announcementFor(initialState(), null)).toBe("");
  });
});
