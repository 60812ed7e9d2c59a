/**
 * The graph worker's side of opening a user's file: parse (GEXF and GraphML with xmldom, which
 * needs no DOM, so it runs in a worker), map and validate with the same importer as the CLI,
 * and answer with the validated document or the located errors.
 */
import { importGraphFiles } from "../../data/formats/import.ts";
import { xmldomParser } from "../../data/formats/xmldom-parser.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { GraphWorkerReply, GraphWorkerRequest } from "./graph-protocol.ts";

export function importInWorker(
  message: Extract<GraphWorkerRequest, { type: "import" }>,
  reply: (r: GraphWorkerReply) => void,
): CareerGraph | undefined {
  reply({ id: message.id, kind: "progress", stage: "Reading and checking the graph…" });
  const result = importGraphFiles(message.files, { xml: xmldomParser });
  if (!result.ok) {
    reply({ id: message.id, kind: "loaded", outcome: { ...result, ok: false } });
    return undefined;
  }
  reply({ id: message.id, kind: "progress", stage: "Drawing the graph…" });
  reply({
    id: message.id,
    kind: "loaded",
    outcome: { ok: true, document: JSON.stringify(result.document), warnings: result.warnings },
  });
  return result.graph;
}
