import { loadGraphDocument } from "../../src/data/load.ts";
import type { GraphDocumentInput } from "../../src/data/schema.ts";
import type { CareerGraph } from "../../src/graph/model.ts";
import { type MiniGraph, miniDocument } from "./doc-builder.ts";

export function mustLoad(doc: GraphDocumentInput): CareerGraph {
  const result = loadGraphDocument(doc);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message}`).join("\n"));
  return result.graph;
}

export function miniGraph(g: MiniGraph): CareerGraph {
  return mustLoad(miniDocument(g));
}
