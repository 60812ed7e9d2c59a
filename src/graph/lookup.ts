/**
 * Finds a node by what a person types: id, label or alias, case-insensitively; otherwise the
 * closest matches (fuse.js fuzzy search), so an unknown name can say what was meant.
 */
import Fuse from "fuse.js";
import type { NodeKind } from "../data/schema.ts";
import type { CareerGraph } from "./model.ts";

export interface NodeMatch {
  id: string;
  label: string;
  kind: NodeKind;
}

export type LookupResult =
  | { ok: true; id: string }
  | { ok: false; query: string; suggestions: NodeMatch[] };

interface Entry extends NodeMatch {
  names: string[];
}

function entries(graph: CareerGraph, kinds: readonly NodeKind[]): Entry[] {
  return graph
    .filterNodes((_, a) => kinds.includes(a.kind))
    .map((id) => {
      const a = graph.getNodeAttributes(id);
      return { id, label: a.label, kind: a.kind, names: [a.label, ...(a.aliases ?? [])] };
    });
}

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

export function findNode(
  graph: CareerGraph,
  query: string,
  kinds: readonly NodeKind[] = ["role"],
): LookupResult {
  const q = fold(query);
  const all = entries(graph, kinds);
  const exact =
    all.find((e) => fold(e.id) === q) ??
    all.find((e) => fold(e.id.split(":")[1] ?? "") === q) ??
    all.find((e) => e.names.some((n) => fold(n) === q));
  if (exact) return { ok: true, id: exact.id };
  return { ok: false, query, suggestions: suggestNodes(all, query, 5) };
}

/** Ranked matches for autocomplete and "did you mean". */
export function searchNodes(
  graph: CareerGraph,
  query: string,
  kinds: readonly NodeKind[] = ["role"],
  limit = 8,
): NodeMatch[] {
  return suggestNodes(entries(graph, kinds), query, limit);
}

function suggestNodes(all: Entry[], query: string, limit: number): NodeMatch[] {
  const fuse = new Fuse(all, { keys: ["names", "id"], threshold: 0.45, ignoreLocation: true });
  return fuse
    .search(query, { limit })
    .map(({ item }) => ({ id: item.id, label: item.label, kind: item.kind }));
}
