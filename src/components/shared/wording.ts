/** The data set's words for its roles, tracks and levels, as the UI writes them. */
import type { CareerGraph } from "../../graph/model.ts";
import { DEFAULT_WORDING, type Vocabulary } from "../../graph/vocabulary.ts";

export function capitalise(text: string): string {
  return text ? text[0]?.toUpperCase() + text.slice(1) : text;
}

export function wordingOf(graph: CareerGraph | undefined): Vocabulary["wording"] {
  return graph?.getAttribute("vocabulary").wording ?? DEFAULT_WORDING;
}
