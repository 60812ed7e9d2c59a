/** Fetches graph documents and the catalog; every failure becomes located errors, never a throw. */
import type { DocumentError } from "../../data/errors.ts";
import { type LoadResult, loadGraphText } from "../../data/load.ts";
import { type CatalogEntry, parseCatalog } from "../../state/catalog.ts";

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

/** The loaded graph, with the document's text (the route worker loads its own copy from it). */
export async function fetchGraph(src: string): Promise<LoadResult & { text?: string }> {
  const fetched = await fetchText(src);
  return fetched.ok ? { ...loadGraphText(fetched.text), text: fetched.text } : fetched;
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
