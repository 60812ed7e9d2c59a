/**
 * GEXF (Gephi's format) in and out, through graphology-gexf. Node and edge attributes map onto
 * the model as described in to-document.ts; GEXF's own `label` and edge `kind` attributes are
 * used directly. The document's header (id, title, vocabulary, provenance) travels as a
 * `<careergraph>` meta element holding JSON, so an exported file imports back unchanged.
 */
import createGexfParser from "graphology-gexf/common/parser.js";
import writeGexf from "graphology-gexf/common/writer.js";
import type { GraphDocument } from "../schema.ts";
import { documentToFlat, flatToGraphology } from "./from-document.ts";
import type { ReadResult, XmlParser } from "./types.ts";
import { documentClassOf, readXmlGraph } from "./xml-graph.ts";

export function readGexf(text: string, xml: XmlParser): ReadResult {
  return readXmlGraph(text, xml, {
    root: "gexf",
    fileName: "GEXF",
    parse: (doc) => {
      const parse = createGexfParser(null, documentClassOf(doc));
      return (Graph, source) =>
        parse(Graph, source, { addMissingNodes: false, allowUndeclaredAttributes: true });
    },
  });
}

export function writeGexfDocument(document: GraphDocument): string {
  const graph = flatToGraphology(documentToFlat(document));
  return writeGexf(graph, {
    version: "1.3",
    // Everything but the label is a plain attribute (no viz:), so it all reads back as written.
    formatNode: (_key: string, attrs: Record<string, unknown>) => {
      const { label, ...attributes } = attrs;
      return { label, attributes };
    },
    formatEdge: (_key: string, attrs: Record<string, unknown>) => {
      const { kind, ...attributes } = attrs;
      return { kind, attributes };
    },
  });
}
