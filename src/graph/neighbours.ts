/** Where a role leads, where people come from, and its adjacent roles, with similarity. */
import type { CareerGraph } from "./model.ts";
import { getRole, nodeLabel } from "./model.ts";
import { roleSimilarity } from "./similarity.ts";

export interface RoleLink {
  id: string;
  label: string;
  /** Similarity to the role asked about, 0 to 100. */
  similarity: number;
}

export interface RoleNeighbours {
  next: RoleLink[];
  previous: RoleLink[];
  adjacent: RoleLink[];
}

export function roleNeighbours(graph: CareerGraph, roleId: string): RoleNeighbours {
  getRole(graph, roleId);
  const next = new Set<string>();
  const previous = new Set<string>();
  const adjacent = new Set<string>();
  graph.forEachEdge(roleId, (_key, edge, source, target) => {
    if (edge.kind === "progression")
      (source === roleId ? next : previous).add(source === roleId ? target : source);
    else if (edge.kind === "overlap") adjacent.add(source === roleId ? target : source);
  });
  const link = (id: string): RoleLink => ({
    id,
    label: nodeLabel(graph, id),
    similarity: roleSimilarity(graph, roleId, id).percent,
  });
  const sorted = (ids: Set<string>) =>
    [...ids]
      .map(link)
      .sort((a, b) => b.similarity - a.similarity || a.label.localeCompare(b.label));
  return { next: sorted(next), previous: sorted(previous), adjacent: sorted(adjacent) };
}

/** Roles that require a skill or tool, core first. */
export function rolesRequiring(
  graph: CareerGraph,
  itemId: string,
): { id: string; label: string; importance: "core" | "secondary" }[] {
  const out: { id: string; label: string; importance: "core" | "secondary" }[] = [];
  graph.forEachInEdge(itemId, (_key, edge, source) => {
    if (edge.kind === "requires")
      out.push({ id: source, label: nodeLabel(graph, source), importance: edge.importance });
  });
  return out.sort((a, b) =>
    a.importance === b.importance
      ? a.label.localeCompare(b.label)
      : a.importance === "core"
        ? -1
        : 1,
  );
}
