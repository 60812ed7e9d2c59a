/**
 * Loads a graph document: schema check, reference checks, optional quote check, then a typed
 * Graphology graph. Never throws on bad input: every problem comes back as a located error.
 */
import { buildCareerGraph } from "../graph/build.ts";
import type { CareerGraph } from "../graph/model.ts";
import type { DocumentError } from "./errors.ts";
import { checkQuotes } from "./quotes.ts";
import { referenceErrors } from "./reference-checks.ts";
import { type GraphDocument, GraphDocumentSchema } from "./schema.ts";
import { schemaErrors } from "./schema-errors.ts";

export type LoadResult =
  | { ok: true; graph: CareerGraph; document: GraphDocument }
  | { ok: false; errors: DocumentError[] };

export interface LoadOptions {
  /** Seed file name → text. When given, every quote is checked against its seed. */
  seeds?: ReadonlyMap<string, string>;
}

export function loadGraphDocument(json: unknown, options: LoadOptions = {}): LoadResult {
  const parsed = GraphDocumentSchema.safeParse(json);
  const errors = [
    ...(parsed.success ? [] : schemaErrors(parsed.error, json)),
    ...referenceErrors(json),
  ];
  if (parsed.success && options.seeds) {
    for (const [i, seed] of (parsed.data.seeds ?? []).entries()) {
      if (!options.seeds.has(seed.file))
        errors.push({ path: `seeds[${i}].file`, message: `"${seed.file}" is not a seed file` });
    }
    errors.push(...checkQuotes(parsed.data, options.seeds));
  }
  if (!parsed.success || errors.length > 0) return { ok: false, errors: dedupe(errors) };
  return { ok: true, graph: buildCareerGraph(parsed.data), document: parsed.data };
}

/** Parses JSON text first, so a syntax error is reported like any other problem. */
export function loadGraphText(text: string, options: LoadOptions = {}): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: "", message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  return loadGraphDocument(json, options);
}

function dedupe(errors: DocumentError[]): DocumentError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
