/**
 * What a role requires.
 *
 * A senior role is described by what is new at its level (its own `requires` edges) and builds on
 * the role below it on its ladder (`buildsOn`). Its full requirement set is therefore its own
 * requirements plus the full set of the role it builds on. Where an item appears at several
 * levels, the stronger importance wins (core over secondary).
 */
import type { CareerGraph, Importance, Item, ItemNode } from "./model.ts";
import { byKindThenLabel, getRole, isItem, toItem } from "./model.ts";

export interface Requirement extends Item {
  importance: Importance;
  /** The role whose own `requires` edge states this requirement. */
  statedBy: string;
}

/** The role's own requirements: what is new at its level. */
export function ownRequirements(graph: CareerGraph, roleId: string): Requirement[] {
  getRole(graph, roleId);
  const out: Requirement[] = [];
  graph.forEachOutEdge(roleId, (_key, edge, _source, _target, _sa, targetAttrs) => {
    if (edge.kind === "requires" && isItem(targetAttrs)) {
      out.push({
        ...toItem(targetAttrs as ItemNode),
        importance: edge.importance,
        statedBy: roleId,
      });
    }
  });
  return out.sort(byKindThenLabel);
}

/** The chain of roles a role builds on, starting with the role itself. */
export function ladderBelow(graph: CareerGraph, roleId: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = roleId;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = getRole(graph, current).buildsOn;
  }
  return chain;
}

/**
 * Full sets per graph. A loaded career graph is never mutated (UI state lives outside it; see
 * route/routing-index.ts), so a role's set can be worked out once: neighbours, item panels,
 * similarity and compare ask for the same sets over and over.
 */
const fullSets = new WeakMap<CareerGraph, Map<string, Requirement[]>>();

/** The complete requirement set: own requirements plus everything the role builds on. */
export function fullRequirements(graph: CareerGraph, roleId: string): Requirement[] {
  let byRole = fullSets.get(graph);
  if (!byRole) {
    byRole = new Map();
    fullSets.set(graph, byRole);
  }
  let full = byRole.get(roleId);
  if (!full) {
    full = computeFullRequirements(graph, roleId);
    byRole.set(roleId, full);
  }
  // A copy, so a caller that sorts or filters in place cannot change the cached set.
  return [...full];
}

function computeFullRequirements(graph: CareerGraph, roleId: string): Requirement[] {
  const byId = new Map<string, Requirement>();
  for (const id of ladderBelow(graph, roleId)) {
    for (const req of ownRequirements(graph, id)) {
      const seen = byId.get(req.id);
      if (!seen) byId.set(req.id, req);
      else if (seen.importance === "secondary" && req.importance === "core") byId.set(req.id, req);
    }
  }
  return [...byId.values()].sort(byKindThenLabel);
}
