/**
 * Side-by-side comparison of 2 to 4 roles: what they all share, what is unique to each, who
 * needs what (a role × item matrix), pairwise similarity, salary bands and the direct
 * transitions between them; what each direct move between them asks you to learn; and, given a
 * person's skills, which of the compared roles fits them best. Everything a view shows is
 * computed here, so the view only reads it.
 */
import { type PayBand, payBands } from "../data/salary.ts";
import type { RoleNode } from "../data/schema.ts";
import { fitOf, type RoleFit, unitMet } from "./fit.ts";
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

/** An item (or "one of" group) that more than one but not every compared role requires. */
export interface SharedBySome {
  item: Item & { members?: Item[] };
  /** Ids of the roles that require it, in role order. */
  roles: string[];
}

/** A direct move between two compared roles and what it asks you to learn. */
export interface MoveGap {
  from: string;
  to: string;
  kind: Transition["kind"];
  /** What `to` requires that `from` does not meet (requirement units, as in similarity.ts). */
  gap: Requirement[];
  /** How many of `gap` are core. */
  core: number;
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
  /** Required by some (two or more) but not all compared roles. */
  sharedBySome: SharedBySome[];
  /** Each direct move: a next step one way, an adjacent pair both ways. */
  moves: MoveGap[];
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
  const transitions = transitionsBetween(graph, unique);
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
      transitions,
      sharedBySome: items
        .filter((item) => count(item) > 1 && count(item) < roles.length)
        .map((item) => ({
          item: plain(item),
          roles: roles.filter((_, i) => item.importance[i] !== null).map((r) => r.id),
        })),
      moves: movesBetween(roles, transitions),
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

/** The gap for each direct move, from the roles' units (no second look-up in the graph). */
function movesBetween(roles: readonly ComparedRole[], transitions: readonly Transition[]) {
  const units = new Map(roles.map((r) => [r.id, r.requirements]));
  type Pair = Pick<MoveGap, "from" | "to" | "kind">;
  const pairs = transitions.flatMap((t): Pair[] =>
    t.kind === "progression"
      ? [{ from: t.source, to: t.target, kind: t.kind }]
      : [
          { from: t.source, to: t.target, kind: t.kind },
          { from: t.target, to: t.source, kind: t.kind },
        ],
  );
  return pairs.map((p): MoveGap => {
    const gap = similarityOf(units.get(p.from) ?? [], units.get(p.to) ?? []).gapAtoB;
    return { ...p, gap, core: gap.filter((g) => g.importance === "core").length };
  });
}

/**
 * The compared roles by how well a person with `have` fits them (fit.ts): best first, ties by
 * fewest core items missing, then in the order compared. Empty without a profile: a ranking of
 * someone we know nothing about would be noise.
 */
export function closestCompared(
  graph: CareerGraph,
  comparison: RoleComparison,
  have: ReadonlySet<string>,
): RoleFit[] {
  if (have.size === 0) return [];
  const order = new Map(comparison.roles.map((r, i) => [r.id, i]));
  return comparison.roles
    .map((r) => fitOf(graph, r.id, have))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.coreMissing - b.coreMissing ||
        (order.get(a.roleId) ?? 0) - (order.get(b.roleId) ?? 0),
    );
}

/** How many of `units` a person with `have` meets: an item they have, a group by any member. */
export function unitsMet(
  units: readonly (Item & { members?: Item[] })[],
  have: ReadonlySet<string>,
): number {
  return units.filter((u) => unitMet(u, have)).length;
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
