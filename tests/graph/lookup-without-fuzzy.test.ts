import { describe, expect, it } from "vitest";
import { findNode, fuzzyMatching, searchNodes } from "../../src/graph/lookup.ts";
import { loadMlops } from "../helpers/mlops.ts";

// Before lookup-fuzzy.ts is imported (the page's first view), names still resolve exactly and by
// prefix; importing it adds near misses. Vitest runs each file in its own module graph, so
// fuzzy matching is off here until the test turns it on.
describe("lookup before and after fuzzy matching loads", () => {
  const { graph } = loadMlops();

  it("finds exact names and prefixes without the fuzzy index, then near misses once it loads", async () => {
    expect(fuzzyMatching(graph)).toBe(false);
    expect(findNode(graph, "mlops engineer")).toEqual({ ok: true, id: "role:mlops-engineer" });
    const prefix = searchNodes(graph, "MLOps", ["role"], 10).map((m) => m.id);
    expect(prefix).toContain("role:mlops-engineer");
    // A typo matches nothing exactly or by prefix …
    expect(searchNodes(graph, "MLOps Enginer", ["role"])).toEqual([]);
    await import("../../src/graph/lookup-fuzzy.ts");
    expect(fuzzyMatching(graph)).toBe(true);
    // … and is understood once fuzzy matching is on, also in an index built before it was.
    expect(searchNodes(graph, "MLOps Enginer", ["role"]).map((m) => m.id)).toContain(
      "role:mlops-engineer",
    );
    const miss = findNode(graph, "MLOps Enginer");
    expect(miss.ok).toBe(false);
    if (!miss.ok) expect(miss.suggestions.map((s) => s.id)).toContain("role:mlops-engineer");
  });
});
