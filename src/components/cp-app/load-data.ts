/** Fetches graph documents and the catalog; every failure becomes located errors, never a throw. */
import type { DocumentError } from "../../data/errors.ts";
import type { LoadResult } from "../../data/load.ts";
import type { GraphDocument } from "../../data/schema.ts";
import { buildCareerGraph } from "../../graph/build.ts";
import { type CatalogEntry, parseCatalog } from "../../state/catalog.ts";
import type { GraphWorkerClient } from "./graph-worker-client.ts";

type Fetched = { ok: true; text: string } | { ok: false; errors: DocumentError[] };

async function fetchText(url: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return failure(`could not be fetched: ${(error as Error).message}`);
  }
  if (!response.ok)
    return failure(`could not be fetched: HTTP ${response.status} ${response.statusText}`.trim());
  return { ok: true, text: await response.text() };
}

/**
 * Fetches a document and has the graph worker validate it (the schema checks never run on the
 * page); the page builds its own graph from the validated document.
 */
export async function fetchGraph(src: string, worker: GraphWorkerClient): Promise<LoadResult> {
  const fetched = await fetchText(src);
  if (!fetched.ok) return fetched;
  const outcome = await worker.load(src, fetched.text);
  if (!outcome.ok) return outcome;
  const document = JSON.parse(outcome.document) as GraphDocument;
  return { ok: true, document, graph: buildCareerGraph(document), warnings: outcome.warnings };
}

export async function fetchCatalog(
  url: string,
): Promise<{ ok: true; entries: CatalogEntry[] } | { ok: false; errors: DocumentError[] }> {
  const fetched = await fetchText(url);
  if (!fetched.ok) return fetched;
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch (error) {
    return failure(`is not valid JSON: ${(error as Error).message}`);
  }
  return parseCatalog(json);
}

function failure(message: string): { ok: false; errors: DocumentError[] } {
  return { ok: false, errors: [{ path: "", message }] };
}
