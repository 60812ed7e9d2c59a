/** Writes a graph document as our JSON, GEXF or GraphML (see gexf.ts and graphml.ts). */
import type { GraphDocument } from "../schema.ts";
import { writeGexfDocument } from "./gexf.ts";
import { writeGraphmlDocument } from "./graphml.ts";
import type { ExportFormat } from "./types.ts";

export const EXPORT_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  json: { extension: "json", mime: "application/json" },
  gexf: { extension: "gexf", mime: "application/gexf+xml" },
  graphml: { extension: "graphml", mime: "application/graphml+xml" },
};

export function exportGraph(document: GraphDocument, format: ExportFormat): string {
  if (format === "gexf") return writeGexfDocument(document);
  if (format === "graphml") return writeGraphmlDocument(document);
  // `$schema` is a path relative to where the document was: it would dangle beside the export.
  const { $schema: _schema, ...rest } = document;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
