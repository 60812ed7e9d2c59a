/** Seed titles and links, resolved against the data file's URL. */
import type { GraphDocument } from "../../data/schema.ts";

export interface SeedIndex {
  title(file: string): string;
  href(file: string): string;
  /** A dataset's title and version, e.g. "O*NET 29.2 Database". */
  datasetTitle(id: string): string;
}

export function seedIndex(document: GraphDocument, dataUrl: string): SeedIndex {
  const titles = new Map((document.seeds ?? []).map((s) => [s.file, s.title]));
  const base = new URL("./seeds/", new URL(dataUrl, window.location.href));
  return {
    title: (file) => titles.get(file) ?? file,
    href: (file) => new URL(file, base).href,
    datasetTitle: (id) => {
      const d = (document.datasets ?? []).find((x) => x.id === id);
      return d ? [d.title, d.version].filter(Boolean).join(" ") : id;
    },
  };
}
