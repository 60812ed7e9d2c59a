/**
 * How alike two roles are, from what they require.
 *
 * Each role's requirements are taken as units (requirements.ts): plain items, and "one of"
 * groups counted once. A unit of role A is *met by* role B when B's own units guarantee it: a
 * plain item when B requires the same item on its own; a group when B requires one of its
 * members on its own, or a group whose members are all among its members (any choice for B
 * also works for A). A core unit weighs 2, a secondary one 1.
 *
 * Similarity is the weighted Jaccard (Ruzicka) index generalised to units:
 *   s = m / (W_A + W_B − m),  m = (Σ_{u∈A met by B} min(w_u, w_match) + Σ_{u∈B met by A} …) / 2
 * Without groups both sums equal Σ min(wA, wB) over shared items, so s is exactly
 * Σ min / Σ max. 100 % means the same requirements at the same importance; 0 % nothing in
 * common. It is symmetric; the directional gaps list what each role needs that the other lacks.
 */
import type { CareerGraph, Importance } from "./model.ts";
import { type Requirement, requirementUnits } from "./requirements.ts";

export const IMPORTANCE_WEIGHT: Record<Importance, number> = { core: 2, secondary: 1 };

export interface RoleSimilarity {
  /** 0 to 1. */
  score: number;
  /** Rounded percentage, 0 to 100. */
  percent: number;
  /** Units of A that B meets too (with role A's importance). */
  shared: Requirement[];
  /** What B needs that A does not meet: the gap moving from A to B. */
  gapAtoB: Requirement[];
  /** What A needs that B does not meet: the gap moving from B to A. */
  gapBtoA: Requirement[];
}

/** The weight of the strongest unit of `other` that guarantees `unit`, or 0. */
function metWeight(unit: Requirement, other: OtherIndex): number {
  if (!unit.members) return other.plain.get(unit.id) ?? 0;
  let best = 0;
  for (const m of unit.members) best = Math.max(best, other.plain.get(m.id) ?? 0);
  const ids = new Set(unit.members.map((m) => m.id));
  for (const g of other.groups)
    if (g.members?.every((m) => ids.has(m.id))) best = Math.max(best, weight(g));
  return best;
}

interface OtherIndex {
  plain: Map<string, number>;
  groups: Requirement[];
}

const weight = (r: Requirement) => IMPORTANCE_WEIGHT[r.importance];

function indexOf(units: readonly Requirement[]): OtherIndex {
  return {
    plain: new Map(units.filter((u) => !u.members).map((u) => [u.id, weight(u)])),
    groups: units.filter((u) => u.members),
  };
}

/** Similarity of two roles given their requirement units (requirementUnits). */
export function similarityOf(a: readonly Requirement[], b: readonly Requirement[]): RoleSimilarity {
  const ia = indexOf(a);
  const ib = indexOf(b);
  let metA = 0;
  let metB = 0;
  const shared: Requirement[] = [];
  const gapBtoA: Requirement[] = [];
  const gapAtoB: Requirement[] = [];
  for (const u of a) {
    const w = metWeight(u, ib);
    if (w > 0) {
      metA += Math.min(weight(u), w);
      shared.push(u);
    } else gapBtoA.push(u);
  }
  for (const u of b) {
    const w = metWeight(u, ia);
    if (w > 0) metB += Math.min(weight(u), w);
    else gapAtoB.push(u);
  }
  const total = a.reduce((s, u) => s + weight(u), 0) + b.reduce((s, u) => s + weight(u), 0);
  const m = (metA + metB) / 2;
  const score = total - m === 0 ? 0 : m / (total - m);
  return { score, percent: Math.round(score * 100), shared, gapAtoB, gapBtoA };
}

export function roleSimilarity(graph: CareerGraph, a: string, b: string): RoleSimilarity {
  return similarityOf(requirementUnits(graph, a), requirementUnits(graph, b));
}
