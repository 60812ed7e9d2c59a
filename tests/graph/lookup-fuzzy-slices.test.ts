import { describe, expect, it } from "vitest";
import {
  buildFuzzyInSlices,
  findNode,
  fuzzyMatching,
  prepareFuzzy,
  searchNodes,
} from "../../src/graph/lookup.ts";
import { loadMlops } from "../helpers/mlops.ts";
import "../../src/graph/lookup-fuzzy.ts";

// The page builds a graph's fuzzy index a slice at a time: until it is done, searches answer
// from exact names and prefixes instead of building it in one long task. (Vitest runs each file
// in its own module graph, so this mode stays in this file.)
describe("a fuzzy index built in slices", () => {
  const { graph } = loadMlops();

  it("answers exact names and prefixes meanwhile, and near misses once it is built", async () => {
    buildFuzzyInSlices();
    expect(fuzzyMatching(graph)).toBe(false);
    // A search starts the build and does not wait for it.
    expect(searchNodes(graph, "MLOps Enginer", ["role"])).toEqual([]);
    expect(searchNodes(graph, "MLOps", ["role"]).map((m) => m.id)).toContain("role:mlops-engineer");
    expect(fuzzyMatching(graph)).toBe(false);
    await prepareFuzzy(graph);
    expect(fuzzyMatching(graph)).toBe(true);
    expect(searchNodes(graph, "MLOps Enginer", ["role"])[0]?.id).toBe("role:mlops-engineer");
    const miss = findNode(graph, "Dta Enginer");
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.suggestions[0]?.id).toBe("role:data-engineer");
  });

  it("keeps each kind to its own searches", async () => {
    await prepareFuzzy(graph);
    const roles = searchNodes(graph, "Kubernetis", ["role"]);
    expect(roles.every((m) => m.kind === "role")).toBe(true);
    expect(searchNodes(graph, "Kubernetis", ["skill", "tool"])[0]?.id).toBe("tool:kubernetes");
  });
});
