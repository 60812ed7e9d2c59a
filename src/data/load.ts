/**
 * Loads a graph document: schema check, reference checks, optional quote check, then a typed
 * Graphology graph. Never throws on bad input: every problem comes back as a located error of
 * bounded size (at most MAX_ERRORS of them, the rest counted), and things worth a second look
 * that do not block come back as warnings.
 */
import { buildCareerGraph } from "../graph/build.ts";
import type { CareerGraph } from "../graph/model.ts";
import { boundError, type DocumentError, formatPath, MAX_ERRORS } from "./errors.ts";
import { parseJsonText } from "./json-text.ts";
import { nameErrors } from "./name-checks.ts";
import { MAX_DEPTH, tooDeep } from "./nesting.ts";
import { checkQuotes } from "./quotes.ts";
import { referenceErrors } from "./reference-checks.ts";
import { type GraphDocument, GraphDocumentSchema } from "./schema.ts";
import { schemaErrors } from "./schema-errors.ts";
import { documentWarnings } from "./warnings.ts";

export type LoadResult =
  | { ok: true; graph: CareerGraph; document: GraphDocument; warnings: DocumentError[] }
  | {
      ok: false;
      errors: DocumentError[];
      /** Problems found beyond the MAX_ERRORS listed. */
      omitted?: number;
      warnings?: DocumentError[];
    };

export interface LoadOptions {
  /** Seed file name → text. When given, every quote is checked against its seed. */
  seeds?: ReadonlyMap<string, string>;
}

export function loadGraphDocument(json: unknown, options: LoadOptions = {}): LoadResult {
  try {
    return check(json, options);
  } catch (error) {
    // A bug, not bad input; still an answer rather than a page stuck on "Loading…".
    return failed([
      {
        path: "",
        message: `could not be checked (internal error: ${String((error as Error)?.message ?? error)})`,
      },
    ]);
  }
}

function check(json: unknown, options: LoadOptions): LoadResult {
  const deep = tooDeep(json);
  if (deep)
    return failed([
      { path: formatPath(deep), message: `is nested more than ${MAX_DEPTH} levels deep` },
    ]);
  const warnings = documentWarnings(json).map(boundError);
  const parsed = GraphDocumentSchema.safeParse(json);
  const errors = [
    ...(parsed.success ? [] : schemaErrors(parsed.error, json)),
    ...referenceErrors(json),
    ...nameErrors(json),
  ];
  if (parsed.success && options.seeds) {
    for (const [i, seed] of (parsed.data.seeds ?? []).entries()) {
      if (!options.seeds.has(seed.file))
        errors.push({ path: `seeds[${i}].file`, message: `"${seed.file}" is not a seed file` });
    }
    errors.push(...checkQuotes(parsed.data, options.seeds));
  }
  if (!parsed.success || errors.length > 0) return failed(errors, warnings);
  return { ok: true, graph: buildCareerGraph(parsed.data), document: parsed.data, warnings };
}

/** Parses JSON text first, so a syntax error is reported like any other problem. */
export function loadGraphText(text: string, options: LoadOptions = {}): LoadResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return failed([{ path: "", message: parsed.message }]);
  return loadGraphDocument(parsed.value, options);
}

function failed(errors: DocumentError[], warnings: DocumentError[] = []): LoadResult {
  const all = dedupe(errors);
  const listed = all.slice(0, MAX_ERRORS).map(boundError);
  return {
    ok: false,
    errors: listed,
    ...(all.length > listed.length ? { omitted: all.length - listed.length } : {}),
    warnings,
  };
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
