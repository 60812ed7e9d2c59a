/** Where a role leads, where people come from, and its adjacent roles, with similarity. */
import type { CareerGraph } from "./model.ts";
import { getRole, nodeLabel, roleIds } from "./model.ts";
import { fullRequirements } from "./requirements.ts";
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

export interface RequiringRole {
  id: string;
  label: string;
  importance: "core" | "secondary";
  /** True when the role needs it because a role it builds on does. */
  inherited: boolean;
}

/** Roles that require a skill or tool, directly or through the ladder; core first. */
export function rolesRequiring(graph: CareerGraph, itemId: string): RequiringRole[] {
  const out: RequiringRole[] = [];
  for (const id of roleIds(graph)) {
    const req = fullRequirements(graph, id).find((r) => r.id === itemId);
    if (req)
      out.push({
        id,
        label: nodeLabel(graph, id),
        importance: req.importance,
        inherited: req.statedBy !== id,
      });
  }
  return out.sort(
    (a, b) =>
      Number(a.importance === "secondary") - Number(b.importance === "secondary") ||
      Number(a.inherited) - Number(b.inherited) ||
      a.label.localeCompare(b.label),
  );
}
