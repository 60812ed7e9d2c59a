/** The data set's words for its roles, tracks and levels, as the UI writes them. */
import type { CareerGraph } from "../../graph/model.ts";
import { DEFAULT_WORDING, type Vocabulary } from "../../graph/vocabulary.ts";

export function capitalise(text: string): string {
  return text ? text[0]?.toUpperCase() + text.slice(1) : text;
}

/** "a role", "an occupation": the indefinite article by the word's first letter (good enough for
 * the nouns data sets use for their roles). */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

export function wordingOf(graph: CareerGraph | undefined): Vocabulary["wording"] {
  return graph?.getAttribute("vocabulary").wording ?? DEFAULT_WORDING;
}
