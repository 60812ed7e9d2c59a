/**
 * Side-by-side comparison of 2 to 4 roles: what they all share, what is unique to each, who
 * needs what (a role × item matrix), pairwise similarity, salary bands and the direct
 * transitions between them.
 */
import { type PayBand, payBands } from "../data/salary.ts";
import type { RoleNode } from "../data/schema.ts";
import type { CareerGraph, Importance, Item } from "./model.ts";
import { byKindThenLabel, getRole, nodeLabel } from "./model.ts";
import { type Requirement, requirementUnits } from "./requirements.ts";
import { IMPORTANCE_WEIGHT, similarityOf } from "./similarity.ts";

export interface ComparedRole {
  id: string;
  label: string;
  track: RoleNode["track"];
  level: RoleNode["level"];
  requirements: Requirement[];
  salary: PayBand[];
}

/** A compared requirement: a plain item, or a "one of" group (with `members`). */
export interface ComparedItem extends Item {
  members?: Item[];
  /** Importance for each compared role, in role order; null where the role does not need it. */
  importance: (Importance | null)[];
}

export interface Transition {
  kind: "progression" | "overlap";
  source: string;
  target: string;
}

export interface RoleComparison {
  roles: ComparedRole[];
  /** Required by every compared role. */
  shared: Item[];
  /** role id → items only that role requires among those compared. */
  unique: Record<string, Item[]>;
  /** Every item any compared role requires. */
  items: ComparedItem[];
  /** similarity[i][j]: percentage similarity of roles i and j. */
  similarity: number[][];
  transitions: Transition[];
}

export type CompareResult =
  | { ok: true; comparison: RoleComparison }
  | { ok: false; reason: string };

export function compareRoles(graph: CareerGraph, ids: readonly string[]): CompareResult {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 4)
    return { ok: false, reason: `Compare needs 2 to 4 different roles; got ${unique.length}.` };
  for (const id of unique) {
    if (!graph.hasNode(id) || graph.getNodeAttribute(id, "kind") !== "role")
      return { ok: false, reason: `"${id}" is not a role in this graph.` };
  }
  const roles: ComparedRole[] = unique.map((id) => {
    const role = getRole(graph, id);
    return {
      id,
      label: role.label,
      track: role.track,
      level: role.level,
      requirements: requirementUnits(graph, id),
      salary: payBands(role),
    };
  });

  // Every unit any role requires; a role counts for a unit when its own units meet it (a group
  // is met by a role that requires one of its members on its own; see similarity.ts).
  const byItem = new Map<string, ComparedItem>();
  for (const role of roles)
    for (const req of role.requirements)
      if (!byItem.has(req.id))
        byItem.set(req.id, {
          id: req.id,
          label: req.label,
          kind: req.kind,
          ...(req.members ? { members: req.members } : {}),
          importance: roles.map((r) => meetingImportance(req, r.requirements)),
        });
  const items = [...byItem.values()].sort((a, b) => count(b) - count(a) || byKindThenLabel(a, b));
  const plain = ({ id, label, kind, members }: ComparedItem): Item & { members?: Item[] } => ({
    id,
    label,
    kind,
    ...(members ? { members } : {}),
  });

  return {
    ok: true,
    comparison: {
      roles,
      shared: items.filter((item) => count(item) === roles.length).map(plain),
      unique: Object.fromEntries(
        roles.map((role, i) => [
          role.id,
          items.filter((item) => count(item) === 1 && item.importance[i] !== null).map(plain),
        ]),
      ),
      items,
      similarity: roles.map((a) =>
        roles.map((b) => similarityOf(a.requirements, b.requirements).percent),
      ),
      transitions: transitionsBetween(graph, unique),
    },
  };
}

/** The importance with which a role's own units meet `unit`, or null when they don't. */
function meetingImportance(unit: Requirement, units: readonly Requirement[]): Importance | null {
  const same = units.find((u) => u.id === unit.id);
  if (same) return same.importance;
  const sim = similarityOf([unit], units);
  if (sim.shared.length === 0) return null;
  // Met through another unit: report the strongest one that does it.
  const ids = new Set(unit.members?.map((m) => m.id) ?? [unit.id]);
  const meeting = units.filter(
    (u) => (!u.members && ids.has(u.id)) || u.members?.every((m) => ids.has(m.id)),
  );
  const w = Math.max(...meeting.map((u) => IMPORTANCE_WEIGHT[u.importance]));
  return w >= IMPORTANCE_WEIGHT.core ? "core" : "secondary";
}

function count(item: ComparedItem): number {
  return item.importance.filter((i) => i !== null).length;
}

function transitionsBetween(graph: CareerGraph, ids: readonly string[]): Transition[] {
  const set = new Set(ids);
  const out: Transition[] = [];
  graph.forEachEdge((_key, edge, source, target) => {
    if (
      (edge.kind === "progression" || edge.kind === "overlap") &&
      set.has(source) &&
      set.has(target)
    )
      out.push({ kind: edge.kind, source, target });
  });
  return out.sort((a, b) =>
    `${nodeLabel(graph, a.source)}${nodeLabel(graph, a.target)}`.localeCompare(
      `${nodeLabel(graph, b.source)}${nodeLabel(graph, b.target)}`,
    ),
  );
}
