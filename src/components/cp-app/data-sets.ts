/**
 * Where the app's data comes from: one document (`src`), or a catalog of data sets chosen by
 * `?data=<id>`. Each document is fetched when first chosen and kept, so going back to a data set
 * does not fetch it again. A newer choice wins over a load still under way, and cancels its
 * request (as does the caller's signal: the app's load task when `src` or `catalog` changes).
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { DocumentError } from "../../data/errors.ts";
import type { ImportFile } from "../../data/formats/types.ts";
import type { GraphDocument } from "../../data/schema.ts";
import { buildCareerGraph } from "../../graph/build.ts";
import { layoutRoles, type RoleLayout } from "../../graph/layout.ts";
import { type CatalogEntry, chooseEntry } from "../../state/catalog.ts";
import { seedIndex } from "../shared/seeds.ts";
import type { GraphWorkerClient } from "./graph-worker-client.ts";
import { fetchCatalog, fetchGraph } from "./load-data.ts";
import type { Loaded } from "./panels.ts";

export class DataSetController implements ReactiveController {
  /** The catalog's entries; empty when the app shows one `src`. */
  entries: CatalogEntry[] = [];
  /** The chosen entry's id; "" without a catalog. */
  id = "";
  /** The URL of the document on show (or of the catalog, when that failed). */
  file = "";
  loaded: Loaded | undefined;
  errors: DocumentError[] | undefined;
  /** How the last load failed: fetching (retry may help) or the data; problems not listed. */
  failure: { network: boolean; omitted: number; warnings: DocumentError[] } = {
    network: false,
    omitted: 0,
    warnings: [],
  };
  /** Data the user brought (a file, or a `?src=` URL): shown in the header as external data. */
  external: { kind: "file" | "url"; name: string } | undefined;
  private readonly cache = new Map<string, Loaded>();
  private catalogUrl = "";
  private token = 0;
  private imports = 0;
  /** Cancels the document request under way, if any. */
  private inFlight: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly worker: GraphWorkerClient,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Gives the graph worker the data set on show ahead of the first route (see load-data.ts). */
  preloadWorker(): void {
    if (this.loaded) this.worker.preload(this.file);
  }

  get hasCatalog(): boolean {
    return this.entries.length > 0;
  }

  /** The id to write in the URL: none for the first (default) entry. */
  get urlId(): string | undefined {
    return this.hasCatalog && this.id !== this.entries[0]?.id ? this.id : undefined;
  }

  /** Starts over (the app's `src` or `catalog` changed): nothing chosen, nothing cached. */
  reset(): void {
    this.newLoad();
    this.entries = [];
    this.id = "";
    this.external = undefined;
    this.loaded = undefined;
    this.errors = undefined;
    this.cache.clear();
  }

  async loadCatalog(url: string, signal?: AbortSignal): Promise<boolean> {
    this.catalogUrl = new URL(url, window.location.href).href;
    const result = await fetchCatalog(this.catalogUrl, signal);
    if (signal?.aborted) return false;
    if (!result.ok) {
      this.fail(url, result.errors, result);
      return false;
    }
    this.entries = result.entries;
    return true;
  }

  /** The entry a `?data=` value names (else the first), and a warning if it named none. */
  choose(id: string | undefined): { entry: CatalogEntry | undefined; warning?: string } {
    const { entry, unknown } = chooseEntry(this.entries, id);
    return unknown && entry
      ? { entry, warning: `No data set called “${unknown}”. Showing ${entry.title}.` }
      : { entry };
  }

  /** Shows a catalog entry; false when it failed or a newer choice replaced it. */
  showEntry(entry: CatalogEntry, signal?: AbortSignal): Promise<boolean> {
    this.id = entry.id;
    this.external = undefined;
    return this.showFile(new URL(entry.file, this.catalogUrl).href, signal);
  }

  async showFile(file: string, signal?: AbortSignal): Promise<boolean> {
    const mine = this.newLoad();
    signal?.addEventListener("abort", () => mine.abort(), { once: true });
    this.file = file;
    this.loaded = undefined;
    this.errors = undefined;
    this.host.requestUpdate();
    const cached = this.cache.get(file);
    const result = cached ? undefined : await fetchGraph(file, this.worker, mine.signal);
    // A newer choice, an opened file or the caller cancelled this load.
    if (mine.signal.aborted || signal?.aborted) return false;
    if (result && !result.ok) {
      this.fail(file, result.errors, result);
      return false;
    }
    const loaded = cached ?? (result?.ok ? this.prepare(result, file) : undefined);
    if (!loaded) return false;
    this.cache.set(file, loaded);
    this.loaded = loaded;
    this.host.requestUpdate();
    return true;
  }

  /**
   * Opens files the user brought (any format), parsed and checked in the graph worker. The graph
   * on show stays until the new one is ready, and stays for good when the files have errors.
   */
  async importFiles(
    files: ImportFile[],
    name: string,
    onProgress: (stage: string) => void,
  ): Promise<
    { ok: true; warnings: DocumentError[] } | { ok: false; errors: DocumentError[] } | null
  > {
    const mine = ++this.imports;
    const key = `import:${mine}`;
    const token = this.token;
    const outcome = await this.worker.import(key, files, onProgress);
    // A newer import or data set choice made meanwhile wins.
    if (!outcome || mine !== this.imports || token !== this.token) return null;
    if (!outcome.ok) return { ok: false, errors: outcome.errors };
    this.newLoad(); // a load still under way must not replace the opened file
    const document = JSON.parse(outcome.document) as GraphDocument;
    const graph = buildCareerGraph(document);
    // Seeds of an imported file cannot be fetched: links resolve against the page.
    this.loaded = this.prepare({ graph, document }, window.location.href);
    this.file = key;
    this.id = "";
    this.errors = undefined;
    this.external = { kind: "file", name };
    this.host.requestUpdate();
    return { ok: true, warnings: outcome.warnings };
  }

  /** Supersedes (and cancels) any load under way. */
  private newLoad(): AbortController {
    ++this.token;
    this.inFlight?.abort();
    this.inFlight = new AbortController();
    return this.inFlight;
  }

  private prepare(
    result: Pick<Loaded, "graph" | "document"> & { layout?: RoleLayout },
    file: string,
  ): Loaded {
    const { graph, document } = result;
    return {
      graph,
      document,
      layout: result.layout ?? layoutRoles(graph),
      seeds: seedIndex(document, file),
    };
  }

  private fail(
    file: string,
    errors: DocumentError[],
    how: { network?: boolean; omitted?: number; warnings?: DocumentError[] } = {},
  ): void {
    this.file = file;
    this.errors = errors;
    this.failure = {
      network: how.network === true,
      omitted: how.omitted ?? 0,
      warnings: how.warnings ?? [],
    };
    this.host.requestUpdate();
  }
}
