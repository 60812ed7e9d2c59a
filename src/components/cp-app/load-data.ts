/** Fetches and loads a graph document; every failure becomes located errors, never a throw. */
import type { DocumentError } from "../../data/errors.ts";
import { type LoadResult, loadGraphText } from "../../data/load.ts";

export async function fetchGraph(src: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(src);
  } catch (error) {
    return failure(`could not be fetched: ${(error as Error).message}`);
  }
  if (!response.ok)
    return failure(`could not be fetched: HTTP ${response.status} ${response.statusText}`.trim());
  return loadGraphText(await response.text());
}

function failure(message: string): LoadResult {
  const errors: DocumentError[] = [{ path: "", message }];
  return { ok: false, errors };
}
