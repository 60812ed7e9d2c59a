/**
 * The career graph: a Graphology mixed multigraph whose node and edge attributes are the
 * document's own node and edge objects, so every fact keeps its sources.
 *
 * Mixed because progression is directed and overlap is not; multi because two roles can be
 * joined both ways (Machine Learning Engineer → MLOps Engineer is a usual next job *and* an
 * adjacent role).
 */
import Graph from "graphology";
import type {
  Dataset,
  GraphEdge,
  GraphNode,
  RoleNode,
  Seed,
  SkillNode,
  Source,
  ToolNode,
} from "../data/schema.ts";
import type { Vocabulary } from "./vocabulary.ts";

export interface GraphMeta {
  id: string;
  title: string;
  description?: string | undefined;
  seeds: Seed[];
  datasets: Dataset[];
  /** Covers every fact that cites no source of its own. */
  defaultSources: Source[];
  vocabulary: Vocabulary;
}
export type CareerGraph = Graph<GraphNode, GraphEdge, GraphMeta>;
export type ItemNode = SkillNode | ToolNode;
export type Importance = "core" | "secondary";

/** A skill or tool as the algorithms report it. */
export interface Item {
  id: string;
  label: string;
  kind: "skill" | "tool";
}

export function createCareerGraph(meta: GraphMeta): CareerGraph {
  const graph: CareerGraph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes(meta);
  return graph;
}

/** Stable edge key: one per kind and (for overlap, unordered) pair. */
export function edgeKey(edge: Pick<GraphEdge, "kind" | "source" | "target">): string {
  if (edge.kind === "overlap") {
    const [a, b] = [edge.source, edge.target].sort();
    return `overlap:${a}--${b}`;
  }
  return `${edge.kind}:${edge.source}->${edge.target}`;
}

export function assignEdge(graph: CareerGraph, edge: GraphEdge): void {
  const key = edgeKey(edge);
  if (edge.kind === "overlap") graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, edge);
  else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge);
}

export function isRole(node: GraphNode | undefined): node is RoleNode {
  return node?.kind === "role";
}

export function isItem(node: GraphNode | undefined): node is ItemNode {
  return node?.kind === "skill" || node?.kind === "tool";
}

export function getRole(graph: CareerGraph, id: string): RoleNode {
  const node = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
  if (!isRole(node)) throw new Error(`career graph: "${id}" is not a role`);
  return node;
}

export function roleIds(graph: CareerGraph): string[] {
  return graph.filterNodes((_, attrs) => attrs.kind === "role");
}

export function toItem(node: ItemNode): Item {
  return { id: node.id, label: node.label, kind: node.kind };
}

export function nodeLabel(graph: CareerGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
}

let collator: Intl.Collator | undefined;

/**
 * One collator for every sort: String#localeCompare builds one per call, which dominated
 * sorting requirement lists at national scale. Made on first use, not when the module loads:
 * the first one loads the collation data (10-30 ms in Chromium), which the first view does
 * not need.
 */
export function labelCollator(): Intl.Collator {
  collator ??= new Intl.Collator("en");
  return collator;
}

/** Sorts items for display: skills before tools, then by label. */
export function byKindThenLabel(a: Item, b: Item): number {
  if (a.kind !== b.kind) return a.kind === "skill" ? -1 : 1;
  return labelCollator().compare(a.label, b.label);
}
