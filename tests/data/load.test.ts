import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatError } from "../../src/data/errors.ts";
import { loadGraphDocument, loadGraphText } from "../../src/data/load.ts";
import type { GraphDocumentInput } from "../../src/data/schema.ts";
import { getRole } from "../../src/graph/model.ts";
import { miniDocument, src, TEST_SEED } from "../helpers/doc-builder.ts";

const base = (): GraphDocumentInput =>
  miniDocument({
    roles: [
      { id: "role:a", requires: { "skill:x": "core" } },
      { id: "role:b", buildsOn: "role:a", requires: { "tool:y": "secondary" } },
    ],
    progression: [["role:a", "role:b"]],
    overlap: [["role:a", "role:b"]],
  });

function errorsOf(doc: unknown): string[] {
  const result = loadGraphDocument(doc);
  return result.ok ? [] : result.errors.map((e) => formatError(e));
}

describe("loadGraphDocument", () => {
  it("builds a typed graph from a valid document", () => {
    const result = loadGraphDocument(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.order).toBe(4);
    expect(result.graph.size).toBe(4);
    expect(getRole(result.graph, "role:b").buildsOn).toBe("role:a");
    expect(result.graph.directedSize).toBe(3);
    expect(result.graph.undirectedSize).toBe(1);
  });

  it("names an edge whose target is not a node", () => {
    const doc = base();
    doc.edges.push({ kind: "progression", source: "role:b", target: "role:foo", sources: src });
    expect(errorsOf(doc)).toEqual([
      `edges[${doc.edges.length - 1}].target "role:foo" is not a node`,
    ]);
  });

  it("names a duplicate id and the node it duplicates", () => {
    const doc = base();
    doc.nodes.push({ ...(doc.nodes[0] as GraphDocumentInput["nodes"][number]) });
    expect(errorsOf(doc)).toEqual([
      `nodes[${doc.nodes.length - 1}].id "role:a" duplicates the id of nodes[0]`,
    ]);
  });

  it("names a source without a quote", () => {
    const doc = base();
    doc.edges[0] = {
      ...(doc.edges[0] as GraphDocumentInput["edges"][number]),
      sources: [{ seed: TEST_SEED } as never],
    };
    expect(errorsOf(doc)).toEqual(["edges[0].sources[0].quote is missing"]);
  });

  it("reports every problem of a document at once", () => {
    const doc = base();
    doc.edges.push({
      kind: "requires",
      source: "role:a",
      target: "skill:nope",
      importance: "core",
      sources: src,
    });
    doc.nodes.push({
      id: "skill:x",
      kind: "skill",
      label: "X again",
      category: "technical",
      sources: src,
    });
    doc.nodes[0] = { ...(doc.nodes[0] as GraphDocumentInput["nodes"][number]), sources: [] };
    expect(errorsOf(doc)).toHaveLength(3);
  });

  it("rejects edges between the wrong kinds of node", () => {
    const doc = base();
    doc.edges.push({ kind: "progression", source: "skill:x", target: "role:b", sources: src });
    doc.edges.push({
      kind: "requires",
      source: "role:a",
      target: "role:b",
      importance: "core",
      sources: src,
    });
    doc.edges.push({ kind: "serves", source: "skill:x", target: "tool:y", sources: src });
    expect(errorsOf(doc)).toEqual([
      'edges[4].source "skill:x" is a skill, but a progression joins two roles',
      'edges[5].target "role:b" is a role, but requires goes from a role to a skill or tool',
      'edges[6].source "skill:x" is a skill, but serves goes from a tool to a skill',
      'edges[6].target "tool:y" is a tool, but serves goes from a tool to a skill',
    ]);
  });

  it("rejects self-loops and duplicate edges, including an overlap written both ways", () => {
    const doc = base();
    doc.edges.push({ kind: "overlap", source: "role:a", target: "role:a", sources: src });
    doc.edges.push({ kind: "overlap", source: "role:b", target: "role:a", sources: src });
    doc.edges.push({ kind: "progression", source: "role:a", target: "role:b", sources: src });
    expect(errorsOf(doc)).toEqual([
      'edges[4] overlap edge joins "role:a" to itself',
      'edges[5] duplicates edges[1] (overlap "role:b" → "role:a")',
      'edges[6] duplicates edges[0] (progression "role:a" → "role:b")',
    ]);
  });

  it("rejects empty sources, unknown kinds and bad salary bands; keeps extra fields", () => {
    const doc = base() as unknown as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    (doc.edges[0] as Record<string, unknown>).sources = [];
    (doc.edges[1] as Record<string, unknown>).kind = "mentors";
    (doc.nodes[0] as Record<string, unknown>).colour = "red";
    (doc.nodes[1] as Record<string, unknown>).salary = [
      { min: 200, max: 100, currency: "USD", level: "Senior", sources: src },
    ];
    expect(errorsOf(doc)).toEqual([
      "nodes[1].salary[0].min min must not exceed max",
      "edges[0].sources must cite at least one source",
      'edges[1].kind "mentors" is not a known kind',
    ]);
  });

  it("keeps fields the format does not name (codes, ratings) on the graph's nodes and edges", () => {
    const doc = base() as unknown as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    (doc.nodes[0] as Record<string, unknown>).socCode = "15-2051.00";
    (doc.edges[0] as Record<string, unknown>).weight = 0.75;
    const result = loadGraphDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const node = result.graph.getNodeAttributes(doc.nodes[0]?.id as string) as Record<
      string,
      unknown
    >;
    expect(node.socCode).toBe("15-2051.00");
    expect(result.graph.mapEdges((_k, e) => (e as Record<string, unknown>).weight)).toContain(0.75);
  });

  it("checks buildsOn: it must name a role and must not loop", () => {
    const doc = base();
    doc.nodes[0] = {
      ...(doc.nodes[0] as Extract<GraphDocumentInput["nodes"][number], { kind: "role" }>),
      buildsOn: "role:b",
    };
    doc.nodes.push({
      id: "role:c",
      kind: "role",
      label: "C",
      track: "mlops",
      buildsOn: "skill:x",
      sources: src,
    });
    const errors = errorsOf(doc);
    expect(errors).toContain('nodes[4].buildsOn "skill:x" is not a role');
    expect(errors.some((e) => e.includes("forms a cycle: role:a → role:b → role:a"))).toBe(true);
  });

  it("checks quotes against the seeds when given them", () => {
    const seeds = new Map([[TEST_SEED, "Here is a quote long\n   enough to cite."]]);
    expect(loadGraphDocument(base(), { seeds }).ok).toBe(true);
    const doc = base();
    doc.edges[0] = {
      ...(doc.edges[0] as GraphDocumentInput["edges"][number]),
      sources: [{ seed: TEST_SEED, quote: "a quote that is not there" }],
    };
    const result = loadGraphDocument(doc, { seeds });
    expect(result.ok ? [] : result.errors.map((e) => formatError(e))).toEqual([
      `edges[0].sources[0].quote "a quote that is not there" is not in ${TEST_SEED}`,
    ]);
  });

  it("reports invalid JSON as an error, not an exception", () => {
    const result = loadGraphText('{"nodes": [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/^is not valid JSON/);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = loadGraphDocument(value);
        return result.ok === false && result.errors.length > 0;
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => loadGraphText(text).ok === false),
      { numRuns: 200 },
    );
  });

  it("never throws on a valid document with random damage", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("nodes", "edges"),
        fc.nat(3),
        fc.constantFrom("id", "kind", "source", "target", "sources", "label", "buildsOn", "track"),
        fc.anything(),
        (list, index, field, value) => {
          const doc = structuredClone(base()) as unknown as Record<
            string,
            Record<string, unknown>[]
          >;
          const item = doc[list]?.[index];
          if (item) item[field] = value;
          const result = loadGraphDocument(doc);
          return (
            result.ok ||
            result.errors.every((e) => typeof e.message === "string" && e.message.length > 0)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
