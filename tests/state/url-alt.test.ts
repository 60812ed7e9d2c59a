import { describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { apply, chooseRoute, setRouteQuery } from "../../src/state/producers.ts";
import { resolveUrlQuery } from "../../src/state/resolve.ts";
import { initialState } from "../../src/state/types.ts";
import { encodeUrlQuery, parseUrlQuery, queryOfState } from "../../src/state/url.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";

const graph = (() => {
  const r = loadGraphDocument(sampleDocument());
  if (!r.ok) throw new Error("sample graph does not load");
  return r.graph;
})();

describe("the chosen route alternative in the URL", () => {
  it("writes alt=n for an alternative and nothing for the best route", () => {
    const route = apply(
      initialState(),
      setRouteQuery({ from: "role:machine-learning-engineer", to: "role:mlops-engineer" }),
    );
    expect(encodeUrlQuery(queryOfState(route))).not.toContain("alt=");
    const second = chooseRoute(2)(route);
    expect(encodeUrlQuery(queryOfState(second))).toMatch(/&alt=2$/);
  });

  it("round-trips through the query string and the graph", () => {
    const state = apply(
      initialState(),
      setRouteQuery({ from: "role:machine-learning-engineer", to: "role:mlops-engineer" }),
      chooseRoute(1),
    );
    const search = encodeUrlQuery(queryOfState(state));
    const query = parseUrlQuery(search);
    expect(query.alt).toBe(1);
    const back = resolveUrlQuery(graph, query, initialState());
    expect(back.warnings).toEqual([]);
    expect(back.state.view).toBe("route");
    expect(back.state.routeChoice).toBe(1);
    expect(back.state.route.to).toBe("role:mlops-engineer");
  });

  it.each(["0", "-1", "1.5", "x", "", "10", "99999999999"])("ignores alt=%s", (alt) => {
    expect(parseUrlQuery(`?to=a&alt=${alt}`).alt).toBeUndefined();
  });

  it("is only read with a route: a comparison link ignores it", () => {
    const back = resolveUrlQuery(
      graph,
      parseUrlQuery("?compare=role:mlops-engineer,role:devops-engineer&alt=2"),
      initialState(),
    );
    expect(back.state.routeChoice).toBe(0);
  });

  it("a new route question goes back to the best route (and drops alt)", () => {
    const state = apply(
      initialState(),
      setRouteQuery({ to: "role:mlops-engineer" }),
      chooseRoute(2),
      setRouteQuery({ mode: "steps" }),
    );
    expect(queryOfState(state).alt).toBeUndefined();
  });
});
