/**
 * Loads fuzzy name matching (src/graph/lookup-fuzzy.ts, with fuse.js) once. The page asks for it
 * when idle after its first view, when a search box is first used, and before it suggests what
 * an unknown name in a link meant; until it arrives, names match exactly and by prefix.
 */
import { fuzzyMatching } from "../../graph/lookup.ts";

let loading: Promise<void> | undefined;

export function loadFuzzyMatching(): Promise<void> {
  if (fuzzyMatching()) return Promise.resolve();
  loading ??= import("../../graph/lookup-fuzzy.ts").then(
    () => undefined,
    (error: unknown) => {
      // A failed fetch (offline, a redeploy) may be retried by the next search.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
