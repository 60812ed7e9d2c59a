import { describe, expect, it } from "vitest";
import { findNode, MAX_QUERY, searchNodes } from "../../src/graph/lookup.ts";
import { loadMlops } from "../helpers/mlops.ts";
// Fuzzy suggestions are on, as in the CLI and the library (the page loads them after its first view).
import "../../src/graph/lookup-fuzzy.ts";

const { graph } = loadMlops();

describe("finding roles, skills and tools by name", () => {
  it("finds a role by label, alias or id, whatever the case and spacing", () => {
    expect(findNode(graph, "  mlops   engineer ")).toEqual({ ok: true, id: "role:mlops-engineer" });
    expect(findNode(graph, "role:data-engineer")).toEqual({ ok: true, id: "role:data-engineer" });
    expect(findNode(graph, "Lead MLOps Engineer")).toEqual({
      ok: true,
      id: "role:lead-machine-learning-ops-engineer",
    });
  });

  it("ranks a name that starts with the query, or its plural, before fuzzy matches", () => {
    const [first] = searchNodes(graph, "Data Engineers", ["role"]);
    expect(first?.id).toBe("role:data-engineer");
    expect(searchNodes(graph, "devops", ["role"])[0]?.id).toBe("role:devops-engineer");
  });

  it("suggests close names for a misspelt one", () => {
    const result = findNode(graph, "Dta Enginer");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.suggestions.map((s) => s.id)).toContain("role:data-engineer");
  });

  it("answers a pasted page of text quickly, matching only its first characters", () => {
    const huge = `Data Engineer ${"x".repeat(100_000)}`;
    const started = performance.now();
    const result = findNode(graph, huge);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(false);
    // Bounded work: the fuzzy matcher sees at most MAX_QUERY characters.
    expect(MAX_QUERY).toBeLessThanOrEqual(100);
    expect(elapsed).toBeLessThan(1000);
  });
});
