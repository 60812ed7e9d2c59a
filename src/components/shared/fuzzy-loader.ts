/**
 * Loads fuzzy name matching (src/graph/lookup-fuzzy.ts, with MiniSearch) once, and builds a
 * graph's fuzzy index a slice at a time. The page asks for it when idle after its first view,
 * when a search box is used, and before it suggests what an unknown name in a link meant; until
 * the graph's index is built, names match exactly and by prefix.
 */
import { buildFuzzyInSlices, prepareFuzzy } from "../../graph/lookup.ts";
import type { CareerGraph } from "../../graph/model.ts";

let loading: Promise<void> | undefined;

export function loadFuzzyMatching(graph: CareerGraph): Promise<void> {
  loading ??= import("../../graph/lookup-fuzzy.ts").then(
    () => buildFuzzyInSlices(),
    (error: unknown) => {
      // A failed fetch (offline, a redeploy) may be retried by the next search.
      loading = undefined;
      throw error;
    },
  );
  return loading.then(() => prepareFuzzy(graph));
}
