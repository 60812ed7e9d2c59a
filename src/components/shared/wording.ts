/** The data set's words for its roles, tracks and levels, as the UI writes them. */
import type { CareerGraph } from "../../graph/model.ts";
import { DEFAULT_WORDING, type Vocabulary } from "../../graph/vocabulary.ts";

export function capitalise(text: string): string {
  return text ? text[0]?.toUpperCase() + text.slice(1) : text;
}

/**
 * "a role", "an occupation", "a unit", "an hour": the indefinite article by how the word is
 * usually said (good enough for the nouns data sets use for roles, tracks and levels).
 */
export function withArticle(noun: string): string {
  const w = noun.trim().toLowerCase();
  const vowelSound =
    (/^[aeiou]/.test(w) && !/^(one|once|uni|use|usu|uti|ure|eu|ewe)/.test(w)) ||
    /^(hour|honest|honou?r|heir)/.test(w);
  return `${vowelSound ? "an" : "a"} ${noun}`;
}

export function wordingOf(graph: CareerGraph | undefined): Vocabulary["wording"] {
  return graph?.getAttribute("vocabulary").wording ?? DEFAULT_WORDING;
}
