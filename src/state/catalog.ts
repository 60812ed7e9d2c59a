/**
 * The built-in data sets: a small catalog (`graph-data/catalog.json`) the header's chooser lists,
 * chosen in the URL by `?data=<id>` (default: the first entry). Each entry's file is fetched only
 * when that data set is chosen.
 */

export interface CatalogEntry {
  id: string;
  title: string;
  /** The graph document, relative to the catalog's URL. */
  file: string;
  description?: string;
}

/** A problem in the catalog, located like a graph document's (`[1].file`). */
export interface CatalogError {
  path: string;
  message: string;
}

export type CatalogResult =
  | { ok: true; entries: CatalogEntry[] }
  | { ok: false; errors: CatalogError[] };

const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** Reads a catalog, naming each malformed entry; entries with a repeated id are an error too. */
export function parseCatalog(json: unknown): CatalogResult {
  if (!Array.isArray(json))
    return { ok: false, errors: [{ path: "", message: "must be a list of data sets" }] };
  const errors: CatalogError[] = [];
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();
  json.forEach((raw, i) => {
    const e = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const missing = ["id", "title", "file"].filter((k) => !text(e[k]));
    if (missing.length) {
      errors.push({ path: `[${i}]`, message: `needs ${missing.join(", ")}` });
      return;
    }
    const id = e.id as string;
    if (seen.has(id)) errors.push({ path: `[${i}].id`, message: `"${id}" is listed twice` });
    seen.add(id);
    entries.push({
      id,
      title: e.title as string,
      file: e.file as string,
      ...(text(e.description) ? { description: e.description } : {}),
    });
  });
  if (!entries.length && !errors.length) errors.push({ path: "", message: "lists no data set" });
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}

/** The entry `?data=` names, else the first; `unknown` is set when the name matched nothing. */
export function chooseEntry(
  entries: readonly CatalogEntry[],
  id: string | undefined,
): { entry: CatalogEntry | undefined; unknown?: string } {
  const named = id === undefined ? undefined : entries.find((e) => e.id === id);
  if (named || id === undefined) return { entry: named ?? entries[0] };
  return { entry: entries[0], unknown: id };
}
