/** Autocomplete options over the graph: labels and aliases, fuzzy, with a kind hint. */
import type { NodeKind } from "../../data/schema.ts";
import { cached } from "../../graph/cached.ts";
import { searchNodes } from "../../graph/lookup.ts";
import { type CareerGraph, labelCollator } from "../../graph/model.ts";
import { categoryLabel, levelInfo, trackInfo } from "../../graph/vocabulary.ts";
import type { ComboOption } from "../cp-combobox/cp-combobox.ts";
import { loadFuzzyMatching } from "./fuzzy-loader.ts";

export function nodeOptions(
  graph: CareerGraph,
  kinds: NodeKind[],
  exclude: readonly string[] = [],
): (text: string) => ComboOption[] {
  return (text) => {
    // Normally loaded already (idle after the first view); a box used sooner starts the load and
    // offers exact and prefix matches meanwhile.
    loadFuzzyMatching(graph).catch(() => {});
    const skip = new Set(exclude);
    if (!text.trim()) return everything(graph, kinds).filter((o) => !skip.has(o.id));
    return searchNodes(graph, text, kinds, 10)
      .filter((m) => !skip.has(m.id))
      .map((m) => ({ id: m.id, label: m.label, hint: hintOf(graph, m.id) }));
  };
}

const everyOption = new WeakMap<CareerGraph, Map<string, ComboOption[]>>();

/**
 * Every node of these kinds, by label: what an empty box offers. Kept per graph, since a box
 * asks again on every keystroke and render, and on O*NET sorting 923 labels and naming their
 * tracks each time cost more than drawing the list.
 */
function everything(graph: CareerGraph, kinds: readonly NodeKind[]): ComboOption[] {
  const byKinds = cached(everyOption, graph, () => new Map<string, ComboOption[]>());
  return cached(byKinds, kinds.join(" "), () => {
    const compare = labelCollator().compare;
    return graph
      .filterNodes((_, a) => kinds.includes(a.kind))
      .map((id) => ({ id, label: graph.getNodeAttribute(id, "label"), hint: hintOf(graph, id) }))
      .sort((a, b) => compare(a.label, b.label));
  });
}

/** A role's track (and level), a skill's or tool's kind (and category), as the data names them. */
export function hintOf(graph: CareerGraph, id: string): string {
  const node = graph.getNodeAttributes(id);
  const vocabulary = graph.getAttribute("vocabulary");
  if (node.kind === "role")
    return [trackInfo(vocabulary, node.track)?.label, levelInfo(vocabulary, node.level)?.label]
      .filter(Boolean)
      .join(" · ");
  const category = categoryLabel(vocabulary, node.kind, node.category);
  return category ? `${node.kind} · ${category}` : node.kind;
}

export const labelOf = (graph: CareerGraph) => (id: string) =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
