/**
 * Which data the explorer shows, and its `ready` / `failed` life cycle.
 *
 * The first load is a Lit `Task` over the `src` and `catalog` attributes: it runs when the
 * element first updates and again whenever either changes, and a newer run cancels the older
 * one's requests (its AbortSignal reaches `fetch`). With a catalog, `?data=<id>` picks the data
 * set; `?src=<url>` opens a document named in the header as external. After that the catalog
 * chooser, back/forward and opened files switch data sets; each switch also cancels a load still
 * under way (see data-sets.ts).
 */
import { Task } from "@lit/task";
import type { ReactiveControllerHost } from "lit";
import { labelCollator } from "../../graph/model.ts";
import { initialState } from "../../state/types.ts";
import { loadFuzzyMatching } from "../shared/fuzzy-loader.ts";
import { adoptTrackStyles } from "../shared/track-styles.ts";
import type { DataSetController } from "./data-sets.ts";
import { preloadPanels, preloadViews } from "./panels.ts";
import type { UrlSyncController, UrlSyncHost } from "./url-sync.ts";

const PRODUCT = "Career Path Explorer";

export interface LoadingHost extends UrlSyncHost, ReactiveControllerHost {
  src: string;
  catalog: string;
  pageTitle: boolean;
  announcement: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class LoadingController {
  /** The first load; rerun by `retry()` and by a change of `src` or `catalog`. */
  readonly task: Task<readonly [string, string], void>;
  private lastArgs: readonly [string, string] | undefined;

  constructor(
    private readonly host: LoadingHost,
    private readonly data: DataSetController,
    private readonly url: UrlSyncController,
  ) {
    this.task = new Task(host, {
      args: () => [host.src, host.catalog] as const,
      task: (args, { signal }) => this.start(args, signal),
    });
  }

  /** After a network problem: the same load again, from the start. */
  retry(): void {
    this.resetForNewData();
    this.data.errors = undefined;
    void this.task.run();
  }

  /** Shows what the URL asks for: with a catalog, first the data set it names. */
  async showUrl(saved: unknown, signal?: AbortSignal): Promise<void> {
    if (!this.data.hasCatalog) {
      this.url.restore(saved);
      return;
    }
    const { entry, warning } = this.data.choose(this.url.query().data);
    if (!entry) return;
    if (warning) this.host.messages = [...this.host.messages, warning];
    if (entry.id !== this.data.id || (!this.data.loaded && !this.data.errors)) {
      this.resetForNewData();
      if (!(await this.data.showEntry(entry, signal))) return this.failedUnlessCancelled(signal);
      this.onLoaded();
    }
    this.url.restore(saved);
  }

  /** The chooser: a new history entry with only the data set, and a fresh view of it. */
  async switchDataSet(id: string): Promise<void> {
    const entry = this.data.entries.find((e) => e.id === id);
    if (!entry || entry.id === this.data.id) return;
    this.resetForNewData();
    this.data.id = entry.id;
    this.url.startOver("push");
    this.host.announcement = `Loading ${entry.title}…`;
    if (await this.data.showEntry(entry)) {
      this.onLoaded();
      this.url.restore(history.state);
      this.host.announcement = `${entry.title} loaded.`;
    } else void this.failedUnlessCancelled();
  }

  /** A user's file is open: a fresh view of it, in a new history entry. */
  onImported(warnings: readonly { path: string; message: string }[]): void {
    const loaded = this.data.loaded;
    if (!loaded) return;
    this.resetForNewData();
    this.url.startOver("push");
    this.onLoaded();
    if (this.data.hasCatalog) this.url.restore(history.state);
    const notes = warnings.map((w) => (w.path ? `${w.path}: ${w.message}` : w.message));
    if (notes.length > 3) notes.splice(3, notes.length, `…and ${notes.length - 3} more warnings.`);
    this.host.messages = [...this.host.messages, ...notes];
    this.host.announcement = `${loaded.document.title} opened.`;
  }

  /** The graph is drawn and interactive (cp-graph-view said so). */
  markReady(): void {
    if (this.host.hasAttribute("ready")) return;
    this.host.setAttribute("ready", "");
    this.host.dispatchEvent(new Event("ready", { bubbles: true, composed: true }));
    // The panels a click shows at once. Then, each in an idle period of its own: the other
    // views' code, the label collator (its first use loads collation data: 11 ms of O*NET's
    // first click) and fuzzy search.
    preloadPanels();
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    const steps = [
      preloadViews,
      labelCollator,
      () => {
        const graph = this.data.loaded?.graph;
        if (graph) loadFuzzyMatching(graph).catch(() => {});
      },
    ];
    const next = () => {
      const step = steps.shift();
      if (step)
        idle(() => {
          step();
          next();
        });
    };
    next();
  }

  private async start([src, catalog]: readonly [string, string], signal: AbortSignal) {
    const changed = this.lastArgs && (this.lastArgs[0] !== src || this.lastArgs[1] !== catalog);
    this.lastArgs = [src, catalog];
    if (changed) {
      // Another document or catalog: nothing of the old one's view applies.
      this.data.reset();
      this.host.state = initialState();
      this.host.messages = [];
      this.url.startOver("replace");
    }
    this.resetForNewData();
    const external = src ? null : this.url.externalSrc();
    const url = external ? new URL(external, location.href).href : undefined;
    this.data.external = url ? { kind: "url", name: url } : undefined;
    const file = url ?? (catalog ? "" : src);
    if (file) {
      if (await this.data.showFile(file, signal)) this.onLoaded();
      else await this.failedUnlessCancelled(signal);
      return;
    }
    if (await this.data.loadCatalog(catalog || "./catalog.json", signal))
      await this.showUrl(history.state, signal);
    else await this.failedUnlessCancelled(signal);
  }

  private resetForNewData(): void {
    this.host.removeAttribute("ready");
    this.host.removeAttribute("failed");
  }

  private onLoaded(): void {
    const loaded = this.data.loaded;
    if (!loaded) return;
    adoptTrackStyles(this.host.renderRoot, loaded.graph.getAttribute("vocabulary").tracks);
    if (this.host.pageTitle) document.title = `${loaded.document.title} · ${PRODUCT}`;
    if (!this.data.hasCatalog) this.url.restore(history.state);
  }

  /** A failed load sets `failed` once the errors are on show; a cancelled one says nothing. */
  private async failedUnlessCancelled(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted || !this.data.errors) return;
    await this.host.updateComplete;
    this.host.setAttribute("failed", "");
  }
}
