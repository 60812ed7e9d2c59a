/**
 * What a "Sources" disclosure needs to name a source: seed titles and links (resolved against
 * the data file's URL), declared datasets, and the document's default sources, which cover every
 * fact that cites none of its own.
 */
import type { Dataset, GraphDocument, Source } from "../../data/schema.ts";

export interface SeedIndex {
  title(file: string): string;
  href(file: string): string;
  /** A dataset's title and version, e.g. "Kitchen Brigade Survey 2025". */
  datasetTitle(id: string): string;
  dataset(id: string): Dataset | undefined;
  /** The sources of a fact that names none. */
  defaults: readonly Source[];
}

export function seedIndex(document: GraphDocument, dataUrl: string): SeedIndex {
  const titles = new Map((document.seeds ?? []).map((s) => [s.file, s.title]));
  const datasets = new Map((document.datasets ?? []).map((d) => [d.id, d]));
  const base = new URL("./seeds/", new URL(dataUrl, window.location.href));
  return {
    title: (file) => titles.get(file) ?? file,
    href: (file) => new URL(file, base).href,
    datasetTitle: (id) => {
      const d = datasets.get(id);
      return d ? datasetName(d) : id;
    },
    dataset: (id) => datasets.get(id),
    defaults: document.defaultSources ?? [],
  };
}

/** "Kitchen Brigade Survey 2025": title and version, the version once if the title has it. */
export function datasetName(d: Pick<Dataset, "title" | "version">): string {
  return d.version && !d.title.includes(d.version) ? `${d.title} ${d.version}` : d.title;
}
