/** Autocomplete options over the graph: labels and aliases, fuzzy, with a kind hint. */
import type { NodeKind } from "../../data/schema.ts";
import { searchNodes } from "../../graph/lookup.ts";
import type { CareerGraph } from "../../graph/model.ts";
import { trackInfo } from "../../graph/vocabulary.ts";
import type { ComboOption } from "../cp-combobox/cp-combobox.ts";

export function nodeOptions(
  graph: CareerGraph,
  kinds: NodeKind[],
  exclude: readonly string[] = [],
): (text: string) => ComboOption[] {
  return (text) => {
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

export function hintOf(graph: CareerGraph, id: string): string {
  const node = graph.getNodeAttributes(id);
  if (node.kind === "role")
    return trackInfo(graph.getAttribute("vocabulary"), node.track)?.label ?? "";
  return node.kind;
}

export const labelOf = (graph: CareerGraph) => (id: string) =>
  graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
