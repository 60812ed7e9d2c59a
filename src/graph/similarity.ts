/**
 * How alike two roles are, from what they require.
 *
 * Similarity is the weighted Jaccard (Ruzicka) index of their full requirement sets, with a core
 * requirement weighing 2 and a secondary one 1: Σ min(wA, wB) / Σ max(wA, wB) over all items.
 * 100 % means the same items at the same importance; 0 % means nothing in common. It is
 * symmetric; the directional gaps say what each role needs that the other lacks.
 */
import type { CareerGraph, Importance } from "./model.ts";
import { fullRequirements, type Requirement } from "./requirements.ts";

export const IMPORTANCE_WEIGHT: Record<Importance, number> = { core: 2, secondary: 1 };

export interface RoleSimilarity {
  /** 0 to 1. */
  score: number;
  /** Rounded percentage, 0 to 100. */
  percent: number;
  /** Items both roles require (with role A's importance). */
  shared: Requirement[];
  /** What B needs that A lacks: the gap moving from A to B. */
  gapAtoB: Requirement[];
  /** What A needs that B lacks: the gap moving from B to A. */
  gapBtoA: Requirement[];
}

export function similarityOf(a: readonly Requirement[], b: readonly Requirement[]): RoleSimilarity {
  const wa = new Map(a.map((r) => [r.id, IMPORTANCE_WEIGHT[r.importance]]));
  const wb = new Map(b.map((r) => [r.id, IMPORTANCE_WEIGHT[r.importance]]));
  let shared = 0;
  let union = 0;
  for (const id of new Set([...wa.keys(), ...wb.keys()])) {
    shared += Math.min(wa.get(id) ?? 0, wb.get(id) ?? 0);
    union += Math.max(wa.get(id) ?? 0, wb.get(id) ?? 0);
  }
  const score = union === 0 ? 0 : shared / union;
  return {
    score,
    percent: Math.round(score * 100),
    shared: a.filter((r) => wb.has(r.id)),
    gapAtoB: b.filter((r) => !wa.has(r.id)),
    gapBtoA: a.filter((r) => !wb.has(r.id)),
  };
}

export function roleSimilarity(graph: CareerGraph, a: string, b: string): RoleSimilarity {
  return similarityOf(fullRequirements(graph, a), fullRequirements(graph, b));
}
