import { describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { suggestedComparison, suggestedRoutes } from "../../src/state/suggestions.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";

const graph = (() => {
  const r = loadGraphDocument(sampleDocument());
  if (!r.ok) throw new Error("sample graph does not load");
  return r.graph;
})();

describe("newcomer suggestions", () => {
  it("suggests each ladder from its first rung to its top", () => {
    expect(suggestedRoutes(graph)).toEqual([
      { from: "role:machine-learning-engineer", to: "role:lead-machine-learning-ops-engineer" },
      { from: "role:junior-mlops-engineer", to: "role:senior-mlops-engineer" },
    ]);
  });

  it("suggests comparing the role with the most adjacent roles with them", () => {
    expect(suggestedComparison(graph)).toEqual([
      "role:mlops-engineer",
      "role:data-engineer",
      "role:devops-engineer",
    ]);
  });
});
