/**
 * Fuzzy name matching for lookup.ts with fuse.js. Importing this module turns it on; it is a
 * module of its own so the page can load it after the first view (see lookup.ts).
 */
import Fuse from "fuse.js";
import { setFuzzyIndexer } from "./lookup.ts";

setFuzzyIndexer((entries) => {
  const fuse = new Fuse(entries, { keys: ["names", "id"], threshold: 0.45, ignoreLocation: true });
  return (query, limit) => fuse.search(query, { limit }).map((r) => r.item);
});
