/** Resolves what a person typed to node ids, or explains what it could have meant. */
import type { NodeKind } from "../data/schema.ts";
import { findNode } from "../graph/lookup.ts";
import "../graph/lookup-fuzzy.ts";
import type { CareerGraph } from "../graph/model.ts";

export class UnknownNameError extends Error {}

export function resolveName(
  graph: CareerGraph,
  name: string,
  kinds: readonly NodeKind[],
  what: string,
): string {
  const found = findNode(graph, name, kinds);
  if (found.ok) return found.id;
  const hint =
    found.suggestions.length > 0
      ? ` Closest matches: ${found.suggestions.map((s) => `"${s.label}"`).join(", ")}.`
      : "";
  throw new UnknownNameError(`Unknown ${what} "${name}".${hint}`);
}

export function resolveList(
  graph: CareerGraph,
  list: string | undefined,
  kinds: readonly NodeKind[],
  what: string,
): string[] {
  if (!list) return [];
  return list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => resolveName(graph, name, kinds, what));
}
