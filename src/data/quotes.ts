/**
 * Checks that every cited quote appears verbatim in its seed document.
 * Whitespace may differ (seeds wrap and indent freely), nothing else may.
 */
import type { GraphDocumentInput, Source } from "./schema.ts";

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface QuoteProblem {
  /** Location in the document, e.g. `nodes[3].sources[0].quote`. */
  path: string;
  message: string;
}

/** Every `sources` array in a document, with its location. */
export function* citedSources(doc: GraphDocumentInput): Generator<[string, Source]> {
  const cite = function* (path: string, sources: readonly Source[] | undefined) {
    for (const [i, s] of (sources ?? []).entries())
      yield [`${path}.sources[${i}]`, s] as [string, Source];
  };
  for (const [i, node] of doc.nodes.entries()) {
    yield* cite(`nodes[${i}]`, node.sources);
    if (node.kind === "role") {
      for (const [j, r] of (node.responsibilities ?? []).entries())
        yield* cite(`nodes[${i}].responsibilities[${j}]`, r.sources);
      for (const [j, s] of (node.salary ?? []).entries())
        yield* cite(`nodes[${i}].salary[${j}]`, s.sources);
    }
  }
  for (const [i, edge] of doc.edges.entries()) yield* cite(`edges[${i}]`, edge.sources);
}

/**
 * @param seeds seed file name → full text. A citation of a seed not in the map is a problem too.
 */
export function checkQuotes(
  doc: GraphDocumentInput,
  seeds: ReadonlyMap<string, string>,
): QuoteProblem[] {
  const normalized = new Map([...seeds].map(([name, text]) => [name, normalizeWhitespace(text)]));
  const problems: QuoteProblem[] = [];
  for (const [path, source] of citedSources(doc)) {
    const text = normalized.get(source.seed);
    if (text === undefined) {
      problems.push({
        path: `${path}.seed`,
        message: `cites "${source.seed}", which is not a seed`,
      });
    } else if (!text.includes(normalizeWhitespace(source.quote))) {
      problems.push({
        path: `${path}.quote`,
        message: `"${truncate(source.quote, 60)}" is not in ${source.seed}`,
      });
    }
  }
  return problems;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
