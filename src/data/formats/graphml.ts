/**
 * GraphML in and out. Reading goes through graphology-graphml (which has no writer); writing is
 * done here: one `<key>` per attribute name with the narrowest GraphML type that holds every
 * value (int, double, boolean, else string). Overlap edges are written `directed="false"`.
 */
import createGraphmlParser from "graphology-graphml/common/parser.js";
import type { GraphDocument } from "../schema.ts";
import { documentToFlat } from "./from-document.ts";
import type { Attributes, ReadResult, XmlParser } from "./types.ts";
import { documentClassOf, readXmlGraph } from "./xml-graph.ts";
import { xmlAttribute, xmlText } from "./xml-text.ts";

export function readGraphml(text: string, xml: XmlParser): ReadResult {
  return readXmlGraph(text, xml, {
    root: "graphml",
    fileName: "GraphML",
    parse: (doc) => {
      const parse = createGraphmlParser(null, documentClassOf(doc));
      return (Graph, source) => parse(Graph, source, { addMissingNodes: false });
    },
  });
}

type Scope = "graph" | "node" | "edge";

export function writeGraphmlDocument(document: GraphDocument): string {
  const flat = documentToFlat(document);
  const keys = new Map<string, { id: string; scope: Scope; name: string; values: unknown[] }>();
  const keyOf = (scope: Scope, name: string, value: unknown) => {
    const k = `${scope}\u0000${name}`;
    let key = keys.get(k);
    if (!key) {
      key = { id: `${scope[0]}${keys.size}`, scope, name, values: [] };
      keys.set(k, key);
    }
    key.values.push(value);
    return key.id;
  };
  const data = (scope: Scope, attrs: Attributes, indent: string) =>
    Object.keys(attrs)
      .filter((name) => attrs[name] !== undefined && attrs[name] !== null)
      .map((name) => {
        const value = attrs[name];
        return `${indent}<data key="${keyOf(scope, name, value)}">${xmlText(String(value))}</data>\n`;
      })
      .join("");
  const graphData = data("graph", flat.meta, "    ");
  const nodes = flat.nodes
    .map(
      (n) =>
        `    <node id="${xmlAttribute(n.id)}">\n${data("node", n.attrs, "      ")}    </node>\n`,
    )
    .join("");
  const edges = flat.edges
    .map((e, i) => {
      const directed = e.attrs.kind === "overlap" ? ' directed="false"' : "";
      return `    <edge id="e${i}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}"${directed}>\n${data("edge", e.attrs, "      ")}    </edge>\n`;
    })
    .join("");
  const keyLines = [...keys.values()]
    .map(
      (k) =>
        `  <key id="${k.id}" for="${k.scope}" attr.name="${xmlAttribute(k.name)}" attr.type="${typeOf(k.values)}"/>\n`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${keyLines}  <graph id="${xmlAttribute(document.id)}" edgedefault="directed">
${graphData}${nodes}${edges}  </graph>
</graphml>
`;
}

function typeOf(values: unknown[]): string {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (
    values.every((v) => typeof v === "number" && Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1)
  )
    return "int";
  if (values.every((v) => typeof v === "number" && Number.isFinite(v))) return "double";
  return "string";
}
