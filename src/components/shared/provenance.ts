/**
 * What the UI says about where a fact comes from beyond its sources list: whether the fact is
 * derived (this data set's reading of its source, not the source's own claim), and the extra
 * figures an imported record carries. Read generically from the fact's fields, so any data set
 * that marks `derived: true`, writes a source `note` or keeps `…Rating` numbers gets them shown.
 */
import type { Source } from "../../data/schema.ts";
import { type CareerGraph, edgeKey } from "../../graph/model.ts";

export interface Derivation {
  derived: boolean;
  /** How it was derived, in the data's words. */
  note?: string;
}

export function derivationOf(fact: object | undefined): Derivation {
  if (!fact) return { derived: false };
  const f = fact as { derived?: unknown; sources?: readonly Source[] };
  const note = (f.sources ?? []).find((s) => s.note)?.note;
  if (note) return { derived: true, note };
  return { derived: f.derived === true };
}

/** The derivation of a role-to-role move, if the graph has that edge. */
export function moveDerivation(
  graph: CareerGraph | undefined,
  kind: "progression" | "overlap",
  source: string,
  target: string,
): Derivation {
  const key = edgeKey({ kind, source, target });
  return derivationOf(graph?.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined);
}

export interface Rating {
  /** "importance" for `importanceRating`. */
  name: string;
  value: number;
  /** The top of the scale, when the fact gives it (`importanceRatingMax`). */
  max?: number;
}

/** Numeric `<name>Rating` fields of a fact, e.g. `importanceRating: 4.1` → importance 4.1. */
export function ratingsOf(fact: object | undefined): Rating[] {
  if (!fact) return [];
  const f = fact as Record<string, unknown>;
  const out: Rating[] = [];
  for (const [key, value] of Object.entries(f)) {
    const name = /^([a-z][A-Za-z]*)Rating$/.exec(key)?.[1];
    if (!name || typeof value !== "number" || !Number.isFinite(value)) continue;
    const max = f[`${key}Max`];
    out.push({ name, value, ...(typeof max === "number" ? { max } : {}) });
  }
  return out;
}

/** "importance 4.1 / 5": one decimal is enough to compare two figures. */
export function formatRating(r: Rating): string {
  const n = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  return `${r.name} ${n(r.value)}${r.max !== undefined ? ` / ${n(r.max)}` : ""}`;
}

/** "#3 most related" for an overlap's `rank`. */
export function rankText(rank: unknown): string | undefined {
  if (typeof rank !== "number" || !Number.isInteger(rank) || rank < 1) return undefined;
  return rank === 1 ? "most related" : `#${rank} most related`;
}
