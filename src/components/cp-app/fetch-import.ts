/**
 * A fetched document in another format (GEXF, GraphML or a nodes.csv, told by the URL's
 * extension): parsed and checked by the graph worker's importer instead of the JSON loader.
 */
import { formatOfName } from "../../data/formats/detect.ts";
import type { LoadResult } from "../../data/load.ts";
import type { GraphDocument } from "../../data/schema.ts";
import { buildCareerGraph } from "../../graph/build.ts";
import type { GraphWorkerClient } from "./graph-worker-client.ts";

export function isImportFormat(src: string): boolean {
  const format = formatOfName(new URL(src, globalThis.location?.href).pathname);
  return format !== undefined && format !== "json";
}

export async function importFetched(
  src: string,
  text: string,
  worker: GraphWorkerClient,
): Promise<LoadResult> {
  const name = new URL(src, globalThis.location?.href).pathname.split("/").pop() || src;
  const outcome = await worker.import(src, [{ name, text }]);
  if (!outcome)
    return { ok: false, errors: [{ path: "", message: "could not be loaded: cancelled" }] };
  if (!outcome.ok) return outcome;
  const document = JSON.parse(outcome.document) as GraphDocument;
  return { ok: true, document, graph: buildCareerGraph(document), warnings: outcome.warnings };
}
