/**
 * Every fact in a document that carries provenance: nodes, edges, responsibilities and pay
 * bands, with their location. Reads raw JSON, so it also serves documents that failed the schema.
 */
export interface Fact {
  /** Location in the document, e.g. `nodes[3].responsibilities[0]`. */
  path: string;
  /** The fact's `sources` as written (undefined when it cites none). */
  sources: unknown;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function* facts(doc: unknown): Generator<Fact> {
  if (!isObject(doc)) return;
  for (const [i, node] of array(doc.nodes).entries()) {
    if (!isObject(node)) continue;
    yield { path: `nodes[${i}]`, sources: node.sources };
    if (node.kind !== "role") continue;
    for (const [j, r] of array(node.responsibilities).entries())
      if (isObject(r)) yield { path: `nodes[${i}].responsibilities[${j}]`, sources: r.sources };
    for (const [j, s] of array(node.salary).entries())
      if (isObject(s)) yield { path: `nodes[${i}].salary[${j}]`, sources: s.sources };
  }
  for (const [i, edge] of array(doc.edges).entries())
    if (isObject(edge)) yield { path: `edges[${i}]`, sources: edge.sources };
}
