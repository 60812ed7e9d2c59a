/** Autocomplete options over the graph: labels and aliases, fuzzy, with a kind hint. */
import type { NodeKind } from "../../data/schema.ts";
import { searchNodes } from "../../graph/lookup.ts";
import type { CareerGraph } from "../../graph/model.ts";
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
    loadFuzzyMatching().catch(() => {});
    const matches = text.trim()
      ? searchNodes(graph, text, kinds, 10)
      : graph
          .filterNodes((_, a) => kinds.includes(a.kind))
          .map((id) => ({
            id,
            label: graph.getNodeAttribute(id, "label"),
            kind: graph.getNodeAttribute(id, "kind"),
          }))
          .sort((a, b) => a.label.localeCompare(b.label));
    return matches
      .filter((m) => !exclude.includes(m.id))
      .map((m) => ({ id: m.id, label: m.label, hint: hintOf(graph, m.id) }));
  };
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
