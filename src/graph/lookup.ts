/**
 * Finds a node by what a person types: id, label or alias, case-insensitively; otherwise the
 * closest matches, so an unknown name can say what was meant.
 *
 * One index per graph and set of kinds (built on first use: a loaded graph never changes): exact
 * names in a Map, and a fuzzy index for near misses. Queries are cut to MAX_QUERY characters
 * before fuzzy matching, so a pasted page of text cannot stall the page. Ranking puts exact names
 * first (a label or an alias such as "k8s", the id's own node ahead of others sharing the name),
 * then names that start with the query (or its singular/plural), then fuzzy matches.
 *
 * Fuzzy matching lives in lookup-fuzzy.ts, which turns itself on when imported: the CLI and the
 * library import it up front; the page loads it after its first view (or when a search box
 * gets focus), so fuse.js is not part of the script the first view waits for. Until then,
 * matches are the exact and prefix ones.
 */
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

export interface LookupEntry extends NodeMatch {
  names: string[];
  folded: string[];
}

/** Builds a fuzzy matcher over entries: best matches of `query` first, at most `limit`. */
export type FuzzyIndexer = (
  entries: LookupEntry[],
) => (query: string, limit: number) => LookupEntry[];

interface Index {
  entries: LookupEntry[];
  exact: Map<string, LookupEntry>;
  /** Built on the first fuzzy query: exact lookups (URLs, the CLI) never pay for it. */
  fuzzy: ReturnType<FuzzyIndexer> | undefined;
}

let fuzzyIndexer: FuzzyIndexer | undefined;

/** Turns on fuzzy matching for every graph (lookup-fuzzy.ts calls it when it is imported). */
export function setFuzzyIndexer(indexer: FuzzyIndexer): void {
  fuzzyIndexer = indexer;
}

/** Whether fuzzy matches are on (before that, matches are exact names and prefixes). */
export const fuzzyMatching = (): boolean => fuzzyIndexer !== undefined;

/** Longest query matched fuzzily; longer input is cut (exact names are never that long). */
export const MAX_QUERY = 64;

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

const indexes = new WeakMap<CareerGraph, Map<string, Index>>();

function indexOf(graph: CareerGraph, kinds: readonly NodeKind[]): Index {
  let byKinds = indexes.get(graph);
  if (!byKinds) {
    byKinds = new Map();
    indexes.set(graph, byKinds);
  }
  const key = [...kinds].sort().join(",");
  const cached = byKinds.get(key);
  if (cached) return cached;
  const entries: LookupEntry[] = graph
    .filterNodes((_, a) => kinds.includes(a.kind))
    .map((id) => {
      const a = graph.getNodeAttributes(id);
      const names = [a.label, ...(a.aliases ?? [])];
      return { id, label: a.label, kind: a.kind, names, folded: names.map(fold) };
    });
  const exact = new Map<string, LookupEntry>();
  // Ids first, then labels, then aliases: a label wins over another node's alias.
  for (const e of entries) exact.set(fold(e.id), e);
  for (const e of entries)
    if (!exact.has(fold(e.id.split(":")[1] ?? ""))) exact.set(fold(e.id.split(":")[1] ?? ""), e);
  for (const e of entries)
    if (!exact.has(e.folded[0] as string)) exact.set(e.folded[0] as string, e);
  for (const e of entries) for (const n of e.folded.slice(1)) if (!exact.has(n)) exact.set(n, e);
  const index: Index = { entries, exact, fuzzy: undefined };
  byKinds.set(key, index);
  return index;
}

export function findNode(
  graph: CareerGraph,
  query: string,
  kinds: readonly NodeKind[] = ["role"],
): LookupResult {
  const index = indexOf(graph, kinds);
  const exact = index.exact.get(fold(query));
  if (exact) return { ok: true, id: exact.id };
  return { ok: false, query, suggestions: rank(index, query, 5) };
}

/** Ranked matches for autocomplete and "did you mean". */
export function searchNodes(
  graph: CareerGraph,
  query: string,
  kinds: readonly NodeKind[] = ["role"],
  limit = 8,
): NodeMatch[] {
  return rank(indexOf(graph, kinds), query, limit);
}

function rank(index: Index, query: string, limit: number): NodeMatch[] {
  const q = fold(query.slice(0, MAX_QUERY));
  if (!q) return [];
  const variants = [q, q.endsWith("s") ? q.slice(0, -1) : `${q}s`];
  const out: LookupEntry[] = [];
  const add = (e: LookupEntry | undefined) => {
    if (e && out.length < limit && !out.includes(e)) out.push(e);
  };
  for (const v of variants) add(index.exact.get(v));
  // Then every other node with that exact name: an alias can be shared (O*NET's alternate
  // titles), and each holder is a better answer than a name that merely starts with the query.
  for (const e of index.entries) if (e.folded.some((n) => variants.includes(n))) add(e);
  for (const e of index.entries)
    if (e.folded.some((n) => variants.some((v) => n.startsWith(v)))) add(e);
  if (fuzzyIndexer) {
    index.fuzzy ??= fuzzyIndexer(index.entries);
    for (const e of index.fuzzy(q, limit)) add(e);
  }
  return out.map(({ id, label, kind }) => ({ id, label, kind }));
}
