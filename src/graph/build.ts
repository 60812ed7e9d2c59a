/** Builds the Graphology career graph from a validated document. */
import type { GraphDocument, RoleNode } from "../data/schema.ts";
import { assignEdge, type CareerGraph, createCareerGraph } from "./model.ts";
import { resolveVocabulary } from "./vocabulary.ts";

export function buildCareerGraph(doc: GraphDocument): CareerGraph {
  const roles = doc.nodes.filter((n): n is RoleNode => n.kind === "role");
  const graph = createCareerGraph({
    id: doc.id,
    title: doc.title,
    description: doc.description,
    seeds: doc.seeds ?? [],
    datasets: doc.datasets ?? [],
    defaultSources: doc.defaultSources ?? [],
    vocabulary: resolveVocabulary(doc.vocabulary, roles),
  });
  const { pay } = graph.getAttribute("vocabulary");
  for (const node of doc.nodes) {
    // Bands carry their currency and period from here on (see data/salary.ts payBands).
    if (node.kind === "role" && node.salary)
      graph.addNode(node.id, {
        ...node,
        salary: node.salary.map((b) => ({
          ...b,
          currency: b.currency ?? pay.currency,
          period: b.period ?? pay.period,
        })),
      });
    else graph.addNode(node.id, node);
  }
  for (const edge of doc.edges) assignEdge(graph, edge);
  return graph;
}
