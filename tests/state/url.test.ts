import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { resolveUrlQuery } from "../../src/state/resolve.ts";
import { initialState } from "../../src/state/types.ts";
import {
  encodeUrlQuery,
  mergeUrlQuery,
  parseUrlQuery,
  queryOfState,
  type UrlQuery,
} from "../../src/state/url.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";
// Fuzzy suggestions are on, as in the CLI and the library (the page loads them after its first view).
import "../../src/graph/lookup-fuzzy.ts";

const graph = (() => {
  const r = loadGraphDocument(sampleDocument());
  if (!r.ok) throw new Error("sample graph does not load");
  return r.graph;
})();

describe("URL query", () => {
  it.each<[string, UrlQuery]>([
    ["?role=role%3Amlops-engineer", { role: "role:mlops-engineer" }],
    ["?role=MLOps%20Engineer", { role: "MLOps Engineer" }],
    [
      "?from=role%3Amachine-learning-engineer&to=Lead%20Machine%20Learning%20Ops%20Engineer&have=skill%3Apython,Kubernetes&mode=steps",
      {
        from: "role:machine-learning-engineer",
        to: "Lead Machine Learning Ops Engineer",
        have: ["skill:python", "Kubernetes"],
        mode: "steps",
      },
    ],
    ["?to=role%3Amlops-engineer&lateral=no", { to: "role:mlops-engineer", lateral: false }],
    [
      "?compare=MLOps%20Engineer,DevOps%20Engineer,Data%20Engineer",
      { compare: ["MLOps Engineer", "DevOps Engineer", "Data Engineer"] },
    ],
    ["?view=about", { about: true }],
    ["", {}],
  ])("parses %s and encodes it back", (search, query) => {
    expect(parseUrlQuery(search)).toEqual(query);
    expect(encodeUrlQuery(query)).toBe(search);
  });

  it("ignores empty values, unknown modes and stray commas", () => {
    expect(parseUrlQuery("?role=&mode=fast&compare=,a,,b,&have=")).toEqual({ compare: ["a", "b"] });
  });

  it("round-trips any names without commas", () => {
    const name = fc
      .string({ minLength: 1 })
      .filter((s) => !s.includes(",") && s.trim() === s && s !== "");
    fc.assert(
      fc.property(
        fc.record(
          {
            role: name,
            from: name,
            to: name,
            have: fc.array(name, { minLength: 1, maxLength: 3 }),
            compare: fc.array(name, { minLength: 1, maxLength: 4 }),
            mode: fc.constant("steps" as const),
            lateral: fc.constant(false),
          },
          { requiredKeys: [] },
        ),
        (query) => {
          expect(parseUrlQuery(encodeUrlQuery(query))).toEqual(query);
        },
      ),
    );
  });
});

describe("state ↔ URL", () => {
  it.each([
    "?role=role%3Amlops-engineer",
    "?from=role%3Amachine-learning-engineer&to=role%3Alead-machine-learning-ops-engineer&have=skill%3Apython&mode=steps",
    "?to=role%3Alead-machine-learning-ops-engineer&lateral=no&secondary=1",
    "?compare=role%3Amlops-engineer,role%3Adevops-engineer,role%3Adata-engineer",
    "?view=about",
  ])("reloads %s to the same state and URL", (search) => {
    const { state, warnings } = resolveUrlQuery(graph, parseUrlQuery(search), initialState());
    expect(warnings).toEqual([]);
    expect(encodeUrlQuery(queryOfState(state))).toBe(search);
  });

  it("resolves labels and aliases case-insensitively to ids", () => {
    const { state } = resolveUrlQuery(
      graph,
      parseUrlQuery("?compare=mlops engineer,DevOps Engineer"),
      initialState(),
    );
    expect(state.view).toBe("compare");
    expect(state.compare).toEqual(["role:mlops-engineer", "role:devops-engineer"]);
  });

  it("drops unknown names with a message that suggests what was meant", () => {
    const { state, warnings } = resolveUrlQuery(
      graph,
      parseUrlQuery("?from=MLOps%20Enginer&to=Nobody"),
      initialState(),
    );
    expect(state.route.from).toBeNull();
    expect(state.route.to).toBeNull();
    expect(warnings[0]).toMatch(/No role called “MLOps Enginer”\. Did you mean .*MLOps Engineer/);
    expect(warnings[1]).toMatch(/Nobody/);
  });
});

describe("mergeUrlQuery", () => {
  it("keeps the embedding page's own parameters and replaces the app's", () => {
    expect(mergeUrlQuery("?lang=en&role=old&page=2", { compare: ["a", "b"] })).toBe(
      "?lang=en&page=2&compare=a,b",
    );
    expect(mergeUrlQuery("?role=x", {})).toBe("");
    expect(mergeUrlQuery("", { role: "role:mlops-engineer" })).toBe("?role=role%3Amlops-engineer");
  });
});
