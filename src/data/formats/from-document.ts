/**
 * A graph document as flat attributes, for the GEXF and GraphML writers: the inverse of
 * to-document.ts. Aliases become one `|`-separated text, structured values (sources, salary,
 * responsibilities, ratings) JSON text; the header (id, title, vocabulary, seeds, provenance)
 * becomes the `careergraph` graph attribute, so an exported file imports back as the same graph.
 */
import Graph from "graphology";
import type { GraphDocument } from "../schema.ts";
import { writeAliases, writeValue } from "./attributes.ts";
import type { Attributes, FlatGraph } from "./types.ts";
import { withoutForbidden } from "./xml-text.ts";

export function documentToFlat(document: GraphDocument): FlatGraph {
  const { nodes, edges, $schema: _schema, ...header } = document;
  const meta: Attributes = { title: document.title, careergraph: JSON.stringify(header) };
  if (document.description) meta.description = document.description;
  return {
    meta,
    nodes: nodes.map((node) => {
      const { id, aliases, ...rest } = node;
      const attrs = writeAll(rest);
      if (aliases?.length) attrs.aliases = writeAliases(aliases);
      return { id, attrs, where: `node "${id}"` };
    }),
    edges: edges.map((edge, i) => {
      const { source, target, ...rest } = edge;
      return { source, target, attrs: writeAll(rest), where: `edges[${i}]` };
    }),
  };
}

/** A multi, mixed graphology graph (overlaps undirected) for graphology's writers. */
export function flatToGraphology(flat: FlatGraph): Graph {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  graph.replaceAttributes(flat.meta);
  for (const node of flat.nodes) graph.addNode(node.id, node.attrs);
  flat.edges.forEach((edge, i) => {
    if (!graph.hasNode(edge.source)) graph.addNode(edge.source);
    if (!graph.hasNode(edge.target)) graph.addNode(edge.target);
    if (edge.attrs.kind === "overlap")
      graph.addUndirectedEdgeWithKey(`e${i}`, edge.source, edge.target, edge.attrs);
    else graph.addDirectedEdgeWithKey(`e${i}`, edge.source, edge.target, edge.attrs);
  });
  return graph;
}

function writeAll(fields: Attributes): Attributes {
  const out: Attributes = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value !== undefined)
      Object.defineProperty(out, key, {
        value: xmlSafe(writeValue(value)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

function xmlSafe(value: unknown): unknown {
  return typeof value === "string" ? withoutForbidden(value) : value;
}
