/**
 * What a role requires.
 *
 * A senior role is described by what is new at its level (its own `requires` edges) and builds on
 * the role below it on its ladder (`buildsOn`). Its full requirement set is therefore its own
 * requirements plus the full set of the role it builds on. Where an item appears at several
 * levels, the stronger importance wins (core over secondary).
 *
 * "One of" groups: a role's requires edges that share a `group` name need only one of their
 * items. A group is identified by its members (the same alternatives stated at two levels are one
 * group), so its key is the sorted member ids. `requirementUnits` turns the flat list into what a
 * person must meet: each plain item, and each group once.
 */
import type { CareerGraph, Importance, Item, ItemNode } from "./model.ts";
import { byKindThenLabel, getRole, isItem, toItem } from "./model.ts";

export interface Requirement extends Item {
  importance: Importance;
  /** The role whose own `requires` edge states this requirement. */
  statedBy: string;
  /** Set on a member of a "one of" group: the group's key and name. */
  group?: { key: string; label: string };
  /** Set on a unit that stands for a whole group (see requirementUnits): any one member meets it. */
  members?: Item[];
}

const ownSets = new WeakMap<CareerGraph, Map<string, Requirement[]>>();

/** The role's own requirements: what is new at its level. */
export function ownRequirements(graph: CareerGraph, roleId: string): Requirement[] {
  return cached(ownSets, graph, roleId, () => computeOwnRequirements(graph, roleId));
}

function computeOwnRequirements(graph: CareerGraph, roleId: string): Requirement[] {
  getRole(graph, roleId);
  const out: Requirement[] = [];
  const groups = new Map<string, Item[]>();
  graph.forEachOutEdge(roleId, (_key, edge, _source, _target, _sa, targetAttrs) => {
    if (edge.kind !== "requires" || !isItem(targetAttrs)) return;
    const req: Requirement = {
      ...toItem(targetAttrs as ItemNode),
      importance: edge.importance,
      statedBy: roleId,
    };
    if (edge.group !== undefined) {
      req.group = { key: edge.group, label: edge.group };
      const members = groups.get(edge.group) ?? [];
      members.push(toItem(targetAttrs as ItemNode));
      groups.set(edge.group, members);
    }
    out.push(req);
  });
  // Re-key groups by their members, so the same alternatives at two levels are one group.
  const keys = new Map([...groups].map(([name, members]) => [name, groupKey(members)]));
  for (const req of out) if (req.group) req.group.key = keys.get(req.group.label) as string;
  return out.sort(byKindThenLabel);
}

export function groupKey(members: readonly Item[]): string {
  return `group:${members
    .map((m) => m.id)
    .sort()
    .join("|")}`;
}

/** The chain of roles a role builds on, starting with the role itself. */
export function ladderBelow(graph: CareerGraph, roleId: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = roleId;
  while (current !== undefined && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
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
const unitSets = new WeakMap<CareerGraph, Map<string, Requirement[]>>();

function cached(
  store: WeakMap<CareerGraph, Map<string, Requirement[]>>,
  graph: CareerGraph,
  roleId: string,
  compute: () => Requirement[],
): Requirement[] {
  let byRole = store.get(graph);
  if (!byRole) {
    byRole = new Map();
    store.set(graph, byRole);
  }
  let set = byRole.get(roleId);
  if (!set) {
    set = compute();
    byRole.set(roleId, set);
  }
  // A copy, so a caller that sorts or filters in place cannot change the cached set.
  return [...set];
}

/** The complete requirement set: own requirements plus everything the role builds on. */
export function fullRequirements(graph: CareerGraph, roleId: string): Requirement[] {
  return cached(fullSets, graph, roleId, () => computeFullRequirements(graph, roleId));
}

function computeFullRequirements(graph: CareerGraph, roleId: string): Requirement[] {
  // A plain item and a group member are different requirements even for the same item.
  const byKey = new Map<string, Requirement>();
  for (const id of ladderBelow(graph, roleId)) {
    for (const req of ownRequirements(graph, id)) {
      const key = req.group ? `${req.group.key}#${req.id}` : req.id;
      const seen = byKey.get(key);
      if (!seen || (seen.importance === "secondary" && req.importance === "core"))
        byKey.set(key, req);
    }
  }
  return [...byKey.values()].sort(byKindThenLabel);
}

/**
 * What a person must meet for the role: each plain item, and each "one of" group once (as a
 * Requirement with `members`; its id is the group key). A group is dropped when one of its
 * members is also required on its own at least as strongly: meeting that item meets the group.
 */
export function requirementUnits(graph: CareerGraph, roleId: string): Requirement[] {
  return cached(unitSets, graph, roleId, () => unitsOf(fullRequirements(graph, roleId)));
}

export function unitsOf(requirements: readonly Requirement[]): Requirement[] {
  const plain = new Map<string, Requirement>();
  const groups = new Map<string, Requirement[]>();
  for (const req of requirements) {
    if (!req.group) plain.set(req.id, req);
    else groups.set(req.group.key, [...(groups.get(req.group.key) ?? []), req]);
  }
  const units: Requirement[] = [...plain.values()];
  for (const [key, members] of groups) {
    const importance: Importance = members.some((m) => m.importance === "core")
      ? "core"
      : "secondary";
    const implied = members.some((m) => {
      const own = plain.get(m.id);
      return own && (own.importance === "core" || importance === "secondary");
    });
    if (implied) continue;
    const first = members[0] as Requirement;
    units.push({
      id: key,
      label: first.group?.label ?? key,
      kind: members.every((m) => m.kind === "tool") ? "tool" : "skill",
      importance,
      statedBy: first.statedBy,
      members: members.map(({ id, label, kind }) => ({ id, label, kind })).sort(byKindThenLabel),
    });
  }
  return units.sort(byKindThenLabel);
}
