/**
 * What GEXF and GraphML reading share: parse the XML with the injected parser (a syntax error
 * comes back with its line and column), hand the Document to the graphology parser, and turn
 * the graphology graph into located flat nodes and edges. Line numbers come from the parsed
 * elements when the XML parser records them (xmldom does; a browser's DOMParser does not).
 */
import Graph from "graphology";
import type { AbstractGraph } from "graphology-types";
import { type DocumentError, shown } from "../errors.ts";
import {
  type FlatEdge,
  type FlatNode,
  locate,
  MAX_IMPORT_ELEMENTS,
  type ReadResult,
  type XmlParser,
} from "./types.ts";

type GraphologyParse = (
  Graph: typeof import("graphology").default,
  source: Document,
) => AbstractGraph;

export function readXmlGraph(
  text: string,
  xml: XmlParser,
  format: { root: string; fileName: string; parse: (document: Document) => GraphologyParse },
): ReadResult {
  const parsed = xml(text);
  if (!parsed.ok)
    return failure(
      locate("XML", parsed.line, parsed.column),
      `is not well-formed: ${parsed.message}`,
    );
  const doc = parsed.document;
  const root = doc.documentElement?.tagName;
  if (root?.toLowerCase() !== format.root)
    return failure(
      "",
      `is not a ${format.fileName} file: its root element is <${root ?? "?"}>, not <${format.root}>`,
    );
  if (doc.getElementsByTagName("graph").length === 0) return failure("", `has no <graph> element`);
  const nodeElements = doc.getElementsByTagName("node");
  const edgeElements = doc.getElementsByTagName("edge");
  const count = nodeElements.length + edgeElements.length;
  if (count > MAX_IMPORT_ELEMENTS)
    return failure(
      "",
      `has ${count.toLocaleString("en-US")} nodes and edges; the limit is ${MAX_IMPORT_ELEMENTS.toLocaleString("en-US")}`,
    );
  let graph: AbstractGraph;
  try {
    graph = format.parse(doc)(Graph, doc);
  } catch (error) {
    return failure("", `could not be read: ${cleanMessage((error as Error).message)}`);
  }
  const nodes: FlatNode[] = [];
  graph.forEachNode((id, attrs) => {
    const el = nodeElements[nodes.length];
    nodes.push({
      id,
      attrs: { ...attrs },
      where: locate(`node ${shown(id)}`, lineOf(el), columnOf(el)),
    });
  });
  const edges: FlatEdge[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    const el = edgeElements[edges.length];
    const name = el?.getAttribute("id")
      ? `edge ${shown(key)}`
      : `edge ${shown(source, 40)} → ${shown(target, 40)}`;
    edges.push({
      source,
      target,
      attrs: { ...attrs },
      where: locate(name, lineOf(el), columnOf(el)),
    });
  });
  return { ok: true, flat: { meta: { ...graph.getAttributes() }, nodes, edges } };
}

/** The graphology parsers check `instanceof Document`: give them the parsed document's own class. */
export function documentClassOf(doc: Document): unknown {
  return Object.getPrototypeOf(doc).constructor;
}

function lineOf(el: Element | undefined): number | undefined {
  const line = (el as { lineNumber?: unknown } | undefined)?.lineNumber;
  return typeof line === "number" ? line : undefined;
}

function columnOf(el: Element | undefined): number | undefined {
  const column = (el as { columnNumber?: unknown } | undefined)?.columnNumber;
  return typeof column === "number" ? column : undefined;
}

/** graphology's messages name the library and suggest its own options; ours name the problem. */
function cleanMessage(message: string): string {
  return message
    .replace(/^graphology-(gexf|graphml)\/parser: /, "")
    .replace(/ Set the parser `addMissingNodes`.*$/, "")
    .replace(/^Graph\.\w+: /, "")
    .slice(0, 500);
}

function failure(path: string, message: string): { ok: false; errors: DocumentError[] } {
  return { ok: false, errors: [{ path, message }] };
}
