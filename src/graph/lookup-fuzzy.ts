/**
 * Fuzzy name matching for lookup.ts with MiniSearch. Importing this module turns it on; it is a
 * module of its own so the page can load it after the first view (see lookup.ts).
 *
 * Every name (label or alias) is a document of its own, so a query is matched against one name
 * at a time, never against words picked from several aliases. Words are matched with a typo or
 * two (one per five letters, rounded) and the last word also as the start of a word, since it is usually
 * still being typed. A radix tree finds those words without scanning every name: on O*NET (8,719
 * occupation names) a query takes 1-3 ms, where fuse.js, which tries every name, took 40-150 ms.
 */
import MiniSearch, { type SearchOptions } from "minisearch";
import type { NodeKind } from "../data/schema.ts";
import { type FuzzyIndex, type LookupEntry, setFuzzyIndexer } from "./lookup.ts";

interface NameDocument {
  id: number;
  name: string;
  kind: NodeKind;
  label: boolean;
}

/** Names added per slice when building in the background: a few milliseconds each. */
const SLICE = 400;

function documents(entries: readonly LookupEntry[]) {
  const docs: NameDocument[] = [];
  const owners: LookupEntry[] = [];
  for (const entry of entries)
    entry.names.forEach((name, i) => {
      docs.push({ id: docs.length, name, kind: entry.kind, label: i === 0 });
      owners.push(entry);
    });
  return { docs, owners };
}

const emptyIndex = () =>
  new MiniSearch<NameDocument>({ fields: ["name"], storeFields: ["kind", "label"] });

function searcher(index: MiniSearch<NameDocument>, owners: readonly LookupEntry[]): FuzzyIndex {
  return {
    search(query, limit, kinds) {
      const options: SearchOptions = {
        prefix: (_term, i, terms) => i === terms.length - 1,
        fuzzy: 0.2,
        // A node's own label before another node's alias that reads the same.
        boostDocument: (_id, _term, stored) => (stored?.label ? 1.5 : 1),
        filter: (r) => kinds.includes(r.kind as NodeKind),
      };
      const out: LookupEntry[] = [];
      for (const r of index.search(query, options)) {
        const owner = owners[r.id as number];
        if (owner && !out.includes(owner)) out.push(owner);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}

setFuzzyIndexer({
  build(entries) {
    const { docs, owners } = documents(entries);
    const index = emptyIndex();
    index.addAll(docs);
    return searcher(index, owners);
  },
  async buildInSlices(entries) {
    const { docs, owners } = documents(entries);
    const index = emptyIndex();
    await index.addAllAsync(docs, { chunkSize: SLICE });
    return searcher(index, owners);
  },
});
