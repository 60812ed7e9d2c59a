/**
 * Finds a node by what a person types: id, label or alias, case-insensitively; otherwise the
 * closest matches, so an unknown name can say what was meant.
 *
 * One index per graph and set of kinds for exact names and prefixes (built on first use: a loaded
 * graph never changes), and one fuzzy index per graph for near misses. Queries are cut to
 * MAX_QUERY characters before fuzzy matching, so a pasted page of text cannot stall the page.
 * Ranking puts exact names first (a label or an alias such as "k8s", the id's own node ahead of
 * others sharing the name), then names that start with the query (or its singular/plural), then
 * fuzzy matches.
 *
 * Fuzzy matching lives in lookup-fuzzy.ts, which turns itself on when imported: the CLI and the
 * library import it up front and build a graph's fuzzy index on its first fuzzy query; the page
 * loads it after its first view (or when a search box gets focus), so MiniSearch is not part of
 * the script the first view waits for, and builds each graph's fuzzy index a slice at a time
 * (`prepareFuzzy`), never in one long task. Until then, matches are the exact and prefix ones.
 */
import type { NodeKind } from "../data/schema.ts";
import { cached } from "./cached.ts";
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

/** Near misses among a graph's names: the best matches of `query` first, at most `limit`. */
export interface FuzzyIndex {
  search(query: string, limit: number, kinds: readonly NodeKind[]): LookupEntry[];
}

/** Builds a fuzzy index over entries, at once or a slice at a time (yielding in between). */
export interface FuzzyIndexer {
  build(entries: readonly LookupEntry[]): FuzzyIndex;
  buildInSlices(entries: readonly LookupEntry[]): Promise<FuzzyIndex>;
}

interface Index {
  entries: LookupEntry[];
  exact: Map<string, LookupEntry>;
}

let fuzzyIndexer: FuzzyIndexer | undefined;
/** The page's choice: fuzzy indexes are built in slices, and searches skip them until built. */
let inSlices = false;

/** Turns on fuzzy matching for every graph (lookup-fuzzy.ts calls it when it is imported). */
export function setFuzzyIndexer(indexer: FuzzyIndexer): void {
  fuzzyIndexer = indexer;
}

/**
 * Fuzzy indexes are built a slice at a time from now on (the page, where one long task would
 * freeze it): a search before its graph's index is done gets exact and prefix matches.
 */
export function buildFuzzyInSlices(): void {
  inSlices = true;
}

const fuzzyIndexes = new WeakMap<CareerGraph, FuzzyIndex | Promise<FuzzyIndex>>();

/** Whether fuzzy matches are on for this graph (before that, exact names and prefixes). */
export function fuzzyMatching(graph: CareerGraph): boolean {
  if (!fuzzyIndexer) return false;
  // Outside the page the index is built on the first fuzzy query.
  if (!inSlices) return true;
  const index = fuzzyIndexes.get(graph);
  return index !== undefined && !(index instanceof Promise);
}

/**
 * Builds the graph's fuzzy index a slice at a time; resolves once searches use it (at once
 * when fuzzy matching is off or the index is built).
 */
export async function prepareFuzzy(graph: CareerGraph): Promise<void> {
  if (!fuzzyIndexer) return;
  const have = fuzzyIndexes.get(graph);
  if (have) {
    await have;
    return;
  }
  const building = fuzzyIndexer.buildInSlices(entriesOf(graph));
  fuzzyIndexes.set(graph, building);
  try {
    fuzzyIndexes.set(graph, await building);
  } catch (error) {
    fuzzyIndexes.delete(graph);
    throw error;
  }
}

/** The graph's fuzzy index if searches may use it now; built at once outside the page. */
function fuzzyOf(graph: CareerGraph): FuzzyIndex | undefined {
  if (!fuzzyIndexer) return undefined;
  const have = fuzzyIndexes.get(graph);
  if (have instanceof Promise) return undefined;
  if (have) return have;
  if (inSlices) {
    prepareFuzzy(graph).catch(() => {});
    return undefined;
  }
  const index = fuzzyIndexer.build(entriesOf(graph));
  fuzzyIndexes.set(graph, index);
  return index;
}

/** Longest query matched fuzzily; longer input is cut (exact names are never that long). */
export const MAX_QUERY = 64;

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

const entries = new WeakMap<CareerGraph, LookupEntry[]>();
const indexes = new WeakMap<CareerGraph, Map<string, Index>>();

/** Every node's names, folded once per graph: each index, the fuzzy one too, holds these. */
function entriesOf(graph: CareerGraph): LookupEntry[] {
  return cached(entries, graph, () =>
    graph.mapNodes((id, a) => {
      const names = [a.label, ...(a.aliases ?? [])];
      return { id, label: a.label, kind: a.kind, names, folded: names.map(fold) };
    }),
  );
}

function indexOf(graph: CareerGraph, kinds: readonly NodeKind[]): Index {
  const byKinds = cached(indexes, graph, () => new Map<string, Index>());
  return cached(byKinds, [...kinds].sort().join(","), () => {
    const of = entriesOf(graph).filter((e) => kinds.includes(e.kind));
    const exact = new Map<string, LookupEntry>();
    // Ids first, then labels, then aliases: a label wins over another node's alias.
    for (const e of of) exact.set(fold(e.id), e);
    for (const e of of)
      if (!exact.has(fold(e.id.split(":")[1] ?? ""))) exact.set(fold(e.id.split(":")[1] ?? ""), e);
    for (const e of of) if (!exact.has(e.folded[0] as string)) exact.set(e.folded[0] as string, e);
    for (const e of of) for (const n of e.folded.slice(1)) if (!exact.has(n)) exact.set(n, e);
    return { entries: of, exact };
  });
}

export function findNode(
  graph: CareerGraph,
  query: string,
  kinds: readonly NodeKind[] = ["role"],
): LookupResult {
  const index = indexOf(graph, kinds);
  const exact = index.exact.get(fold(query));
  if (exact) return { ok: true, id: exact.id };
  return { ok: false, query, suggestions: rank(graph, index, kinds, query, 5) };
}

/** Ranked matches for autocomplete and "did you mean". */
export function searchNodes(
  graph: CareerGraph,
  query: string,
  kinds: readonly NodeKind[] = ["role"],
  limit = 8,
): NodeMatch[] {
  return rank(graph, indexOf(graph, kinds), kinds, query, limit);
}

function rank(
  graph: CareerGraph,
  index: Index,
  kinds: readonly NodeKind[],
  query: string,
  limit: number,
): NodeMatch[] {
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
  const fuzzy = out.length < limit ? fuzzyOf(graph) : undefined;
  if (fuzzy) for (const e of fuzzy.search(q, limit, kinds)) add(e);
  return out.map(({ id, label, kind }) => ({ id, label, kind }));
}
