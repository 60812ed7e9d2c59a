/**
 * `<career-explorer>`: the whole app as one custom element.
 *
 *   <career-explorer catalog="./catalog.json" page-title>   the built-in data sets, with a chooser
 *   <career-explorer src="./my-careers.json">                one document, no chooser
 *
 * Without either attribute it reads `./catalog.json`. With a catalog, `?data=<id>` in the URL
 * picks the data set (default: the first entry). `page-title` lets it set `document.title` to
 * "<data set title> · Career Path Explorer"; an embedding page keeps its own title otherwise.
 *
 * The mediator: it loads the data, owns the UI state (changed only through the producers in
 * src/state), keeps the query string and history in step, and hands each child what it needs.
 * When the graph is drawn and interactive it sets the `ready` attribute and fires `ready` (again
 * after each switch of data set); a data file that cannot be used sets `failed` and shows every
 * problem instead.
 *
 * Test hook: `element.testHooks.cy` is the live Cytoscape instance.
 *
 * @fires ready - the graph is drawn and interactive
 */
import { html, LitElement } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { compareRoles } from "../../graph/compare.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { Route, RouteResult } from "../../graph/route/find-skill-route.ts";
import { type GraphHighlight, highlightFor } from "../../state/highlight.ts";
import * as produce from "../../state/producers.ts";
import { resolveUrlQuery } from "../../state/resolve.ts";
import { type ExplorerState, initialState } from "../../state/types.ts";
import { CATALOG_PARAMS, queryOfState } from "../../state/url.ts";
import type { ExportChoice, ExportEvent, OpenFilesEvent } from "../cp-data-menu/cp-data-menu.ts";
import type { CpGraphView } from "../cp-graph-view/cp-graph-view.ts";
import type {
  CompareChangeEvent,
  DataSetChangeEvent,
  LayerChangeEvent,
  NodeSelectEvent,
  RouteChoiceEvent,
  RouteQueryEvent,
  ViewChangeEvent,
} from "../events/events.ts";
import { tracksInLaneOrder } from "../shared/lanes.ts";
import { controls, tokens } from "../shared/theme.ts";
import { adoptTrackStyles } from "../shared/track-styles.ts";
import { announcementFor } from "./announce.ts";
import { appStyles } from "./app-styles.ts";
import { DataSetController } from "./data-sets.ts";
import { GraphWorkerClient } from "./graph-worker-client.ts";
import { panelFor, preloadViews } from "./panels.ts";
import { RouteController } from "./route-controller.ts";
import { UrlOwner } from "./url-owner.ts";
import { UserDataController } from "./user-data.ts";
import "../cp-graph-view/cp-graph-view.ts";
import "../cp-legend/cp-legend.ts";
import "../cp-load-error/cp-load-error.ts";
import "../cp-header/cp-header.ts";
import "../cp-import-dialog/cp-import-dialog.ts";
import "../cp-toast/cp-toast.ts";

const PRODUCT = "Career Path Explorer";

export class CareerExplorer extends LitElement {
  static override properties = {
    src: {},
    catalog: {},
    pageTitle: { type: Boolean, attribute: "page-title" },
    state: { state: true },
    messages: { state: true },
    announcement: { state: true },
    sheetExpanded: { state: true },
  };

  /** One graph document to show; without `catalog` there is no chooser. */
  declare src: string;
  /** A catalog of data sets (see src/state/catalog.ts); `?data=<id>` chooses one. */
  declare catalog: string;
  declare pageTitle: boolean;
  declare state: ExplorerState;
  declare messages: string[];
  declare announcement: string;
  /** At phone width: whether the bottom sheet takes most of the height. */
  declare sheetExpanded: boolean;
  private highlightCache: { key: string; value: GraphHighlight } | undefined;
  private moveFocusToPanel = false;
  private readonly worker = new GraphWorkerClient();
  private readonly data = new DataSetController(this, this.worker);
  private readonly routes = new RouteController(this, this.worker);
  private readonly userData = new UserDataController(this, this.data, (w) => this.onImported(w));
  private started = false;
  /** Which query parameters and history field are this element's (see url-owner.ts). */
  private readonly url = new UrlOwner(this);
  private readonly onPopState = (e: PopStateEvent) => {
    if (this.url.owns) void this.showUrl(e.state);
  };

  constructor() {
    super();
    this.src = "";
    this.catalog = "";
    this.pageTitle = false;
    this.state = initialState();
    this.messages = [];
    this.announcement = "";
    this.sheetExpanded = false;
    this.addEventListener("keydown", (e) => this.onKey(e));
    // Drop a graph file anywhere on the explorer to open it.
    this.addEventListener("dragover", (e) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    });
    this.addEventListener("drop", (e) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      void this.userData.open(files);
    });
  }

  /** For tests: the live Cytoscape instance once the graph is drawn. */
  get testHooks(): CpGraphView["testHooks"] {
    return { cy: this.renderRoot.querySelector<CpGraphView>("cp-graph-view")?.testHooks.cy };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("popstate", this.onPopState);
    if (!this.started) {
      this.started = true;
      this.url.claim();
      this.worker.warmUp();
      void this.start();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("popstate", this.onPopState);
    // Ends any search under way; the data set is handed to a new worker if the element returns.
    this.worker.cancel();
  }

  private async start(): Promise<void> {
    // `?src=<url>` opens that document (same origin or CORS), named in the header as external.
    const external =
      this.src || !this.url.owns
        ? null
        : new URLSearchParams(location.search).get(`${this.url.prefix}src`);
    if (external) {
      const url = new URL(external, location.href).href;
      this.data.external = { kind: "url", name: url };
      if (await this.data.showFile(url)) this.onLoaded();
      else void this.onFailed();
      return;
    }
    if (this.src && !this.catalog) {
      if (await this.data.showFile(this.src)) this.onLoaded();
      else void this.onFailed();
      return;
    }
    if (await this.data.loadCatalog(this.catalog || "./catalog.json"))
      await this.showUrl(history.state);
    else void this.onFailed();
  }

  /** Shows what the URL asks for: with a catalog, first the data set it names. */
  private async showUrl(saved: unknown): Promise<void> {
    if (!this.data.hasCatalog) {
      this.restoreFromUrl(saved);
      return;
    }
    const { entry, warning } = this.data.choose(this.url.query().data);
    if (!entry) return;
    if (warning) this.messages = [...this.messages, warning];
    if (entry.id !== this.data.id || (!this.data.loaded && !this.data.errors)) {
      this.resetForNewData();
      const shown = await this.data.showEntry(entry);
      if (!shown) {
        if (this.data.errors) void this.onFailed();
        return;
      }
      this.onLoaded();
    }
    this.restoreFromUrl(saved);
  }

  /** The chooser: a new history entry with only the data set, and a fresh view of it. */
  private async switchDataSet(id: string): Promise<void> {
    const entry = this.data.entries.find((e) => e.id === id);
    if (!entry || entry.id === this.data.id) return;
    this.resetForNewData();
    this.state = initialState();
    this.data.id = entry.id;
    this.url.pushState({ trail: [] }, "", this.urlOf(this.state));
    this.announcement = `Loading ${entry.title}…`;
    if (await this.data.showEntry(entry)) {
      this.onLoaded();
      this.restoreFromUrl(history.state);
      this.announcement = `${entry.title} loaded.`;
    } else if (this.data.errors) void this.onFailed();
  }

  private resetForNewData(): void {
    this.highlightCache = undefined;
    this.removeAttribute("ready");
    this.removeAttribute("failed");
  }

  private onLoaded(): void {
    const loaded = this.data.loaded;
    if (!loaded) return;
    adoptTrackStyles(this.renderRoot, loaded.graph.getAttribute("vocabulary").tracks);
    if (this.pageTitle) document.title = `${loaded.document.title} · ${PRODUCT}`;
    if (!this.data.hasCatalog) this.restoreFromUrl(history.state);
  }

  /** A user's file is open: a fresh view of it, in a new history entry. */
  private onImported(warnings: readonly { path: string; message: string }[]): void {
    const loaded = this.data.loaded;
    if (!loaded) return;
    this.resetForNewData();
    this.state = initialState();
    this.url.pushState({ trail: [] }, "", this.urlOf(this.state));
    this.onLoaded();
    if (this.data.hasCatalog) this.restoreFromUrl(history.state);
    const notes = warnings.map((w) => (w.path ? `${w.path}: ${w.message}` : w.message));
    if (notes.length > 3) notes.splice(3, notes.length, `…and ${notes.length - 3} more warnings.`);
    this.messages = [...this.messages, ...notes];
    this.announcement = `${loaded.document.title} opened.`;
  }

  private async onExport(choice: ExportChoice): Promise<void> {
    const view = this.renderRoot.querySelector<CpGraphView>("cp-graph-view");
    this.announcement = await this.userData.export(choice, {
      image: async (format) => view?.exportImage(format),
      markdown: async (what) => {
        const graph = this.data.loaded?.graph;
        if (!graph) return undefined;
        const md = await import("../../data/formats/markdown.ts");
        const label = (id: string | null) =>
          id && graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : "";
        if (what === "compare") {
          const result = compareRoles(graph, this.state.compare);
          const title = `Comparing ${this.state.compare.map(label).join(", ")}`;
          return result.ok ? md.comparisonToMarkdown(result.comparison, title) : undefined;
        }
        const route = this.routeResult();
        const { from, to } = this.state.route;
        const title = `Route ${from ? `from ${label(from)} ` : ""}to ${label(to)}`;
        return route ? md.routeToMarkdown(route, title) : undefined;
      },
    });
    this.messages = [...this.messages, this.announcement];
  }

  /** After a network problem: the same load again, from the start. */
  private async retry(): Promise<void> {
    this.resetForNewData();
    this.data.errors = undefined;
    await this.start();
  }

  private async onFailed(): Promise<void> {
    await this.updateComplete;
    this.setAttribute("failed", "");
  }

  private restoreFromUrl(saved: unknown): void {
    const loaded = this.data.loaded;
    if (!loaded) return;
    const { state, warnings } = resolveUrlQuery(loaded.graph, this.url.query(), this.state);
    const trail = this.url.trailOf(saved);
    this.state =
      Array.isArray(trail) && trail.every((t) => typeof t === "string" && loaded.graph.hasNode(t))
        ? { ...state, trail: trail as string[] }
        : state;
    if (warnings.length) this.messages = [...this.messages, ...warnings];
    this.url.replaceState({ trail: this.state.trail }, "", this.urlOf(this.state));
  }

  private urlOf(state: ExplorerState): string {
    const data = this.data.urlId;
    const query = { ...(data ? { data } : {}), ...queryOfState(state) };
    const own = this.data.hasCatalog ? CATALOG_PARAMS : undefined;
    return this.url.urlOf(query, own);
  }

  /** Applies producers; focus changes add a history entry so back/forward walk the trail. */
  private applyProducers(push: boolean, ...producers: produce.Producer[]): void {
    const next = produce.apply(this.state, ...producers);
    const url = this.urlOf(next);
    const changedUrl = url !== `${location.pathname}${location.search}${location.hash}`;
    this.state = next;
    if (push && changedUrl) this.url.pushState({ trail: next.trail }, "", url);
    else this.url.replaceState({ trail: next.trail }, "", url);
  }

  private onKey(e: KeyboardEvent): void {
    const typing = e
      .composedPath()
      .some((t) => t instanceof HTMLInputElement || t instanceof HTMLSelectElement);
    if (e.key === "/" && !typing) {
      // "/" jumps to the search, as on many sites.
      e.preventDefault();
      this.renderRoot.querySelector("cp-header")?.shadowRoot?.querySelector("cp-search")?.focus();
      return;
    }
    if (e.key !== "Escape" || e.defaultPrevented) return;
    if (this.state.view === "explore" && this.state.focus) {
      this.applyProducers(true, produce.clearFocus());
      this.announcement = "Focus cleared. Showing all roles.";
      void this.updateComplete.then(() => this.focusRoleList());
    }
  }

  private focusRoleList(): void {
    const list = this.renderRoot.querySelector("cp-role-list");
    void list?.updateComplete.then(() =>
      list.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus(),
    );
  }

  /**
   * The same highlight object while nothing it depends on changes, so re-renders for other
   * reasons (announcements, toasts, the bottom sheet) do not redraw or refit the graph.
   */
  private highlightOf(graph: CareerGraph, route: Route | null): GraphHighlight {
    const { view, focus, compare, layer, route: query, routeChoice } = this.state;
    // The route arrives from the worker after the query changes: its arrival is part of the key.
    const key = JSON.stringify([view, focus, compare, layer, query, routeChoice, route !== null]);
    if (this.highlightCache?.key !== key) {
      this.highlightCache = { key, value: highlightFor(graph, this.state, route) };
    }
    return this.highlightCache.value;
  }

  /** Asks the route worker for the route the state describes (nothing heavy runs in render). */
  override willUpdate(): void {
    const loaded = this.data.loaded;
    const q = this.state.route;
    if (!loaded || !q.to) {
      this.routes.request(null);
      return;
    }
    this.routes.request({
      key: JSON.stringify([this.data.file, q]),
      dataKey: this.data.file,
      graph: loaded.graph,
      request: {
        ...(q.from ? { from: q.from } : {}),
        have: q.have,
        to: q.to,
        mode: q.mode,
        allowLateral: q.allowLateral,
        withSecondary: q.withSecondary,
        alternatives: 3,
      },
    });
  }

  private routeResult(): RouteResult | null {
    return this.routes.pending ? null : this.routes.result;
  }

  override render() {
    const { errors, loaded, file } = this.data;
    if (errors) {
      const { network, omitted, warnings } = this.data.failure;
      return html`${this.header()}<cp-load-error .file=${file} .errors=${errors} .warnings=${warnings}
        .omitted=${omitted} ?network=${network} @cp-retry=${() => void this.retry()}></cp-load-error>`;
    }
    if (!loaded)
      return html`${this.header()}<div class="centre" role="status">Loading the career graph…</div>`;
    const route = this.routeResult();
    const chosen = route?.ok
      ? ([route.route, ...route.alternatives][this.state.routeChoice] ?? route.route)
      : null;
    const highlight = this.highlightOf(loaded.graph, chosen);
    const vocabulary = loaded.graph.getAttribute("vocabulary");
    return html`
      ${this.header()}
      ${keyed(
        file,
        html`<main
        class=${this.sheetExpanded ? "sheet-expanded" : ""}
        @cp-node-select=${(e: NodeSelectEvent) => this.onSelect(e.detail.id)}
        @cp-compare-change=${(e: CompareChangeEvent) => this.applyProducers(true, produce.setCompare(e.detail.ids))}
        @cp-route-query=${(e: RouteQueryEvent) => this.applyProducers(true, produce.setRouteQuery(e.detail.patch))}
        @cp-route-choice=${(e: RouteChoiceEvent) => this.applyProducers(false, produce.chooseRoute(e.detail.index))}
        @cp-layer-change=${(e: LayerChangeEvent) =>
          this.applyProducers(false, produce.setItemLayer(e.detail.items, e.detail.filter))}
      >
        <div class="stage">
          <cp-graph-view .graph=${loaded.graph} .layout=${loaded.layout} .highlight=${highlight}
            @cp-graph-ready=${() => this.markReady()}></cp-graph-view>
          <cp-legend .tracks=${tracksInLaneOrder(vocabulary.tracks, loaded.layout)} .trackWord=${vocabulary.wording.track} .items=${this.state.layer.items} .filter=${this.state.layer.filter}></cp-legend>
          <cp-toast .messages=${this.messages}></cp-toast>
        </div>
        <aside aria-label="Details">
          <button class="handle" aria-expanded=${this.sheetExpanded ? "true" : "false"}
            aria-label=${this.sheetExpanded ? "Show more of the graph" : "Show more of the panel"}
            @click=${() => {
              this.sheetExpanded = !this.sheetExpanded;
            }}><span></span></button>
          ${panelFor(loaded, this.state, route, this.routes.pending)}
        </aside>
      </main>`,
      )}
      <div class="visually-hidden" role="status" aria-live="polite" id="live">${this.announcement}</div>
    `;
  }

  private header() {
    return html`<cp-header
      .graph=${this.data.loaded?.graph}
      .subtitle=${this.data.loaded?.document.title ?? ""}
      .dataSets=${this.data.entries}
      .dataSet=${this.data.id}
      .view=${this.state.view}
      .external=${this.data.external}
      .routeReady=${this.state.view === "route" && this.routeResult()?.ok === true}
      .compareReady=${this.state.view === "compare" && this.state.compare.length >= 2}
      @cp-open-files=${(e: OpenFilesEvent) => void this.userData.open(e.files)}
      @cp-export=${(e: ExportEvent) => void this.onExport(e.choice)}
      @cp-data-set-change=${(e: DataSetChangeEvent) => void this.switchDataSet(e.detail.id)}
      @cp-view-change=${(e: ViewChangeEvent) => this.applyProducers(true, produce.showView(e.detail.view))}
      @cp-node-select=${(e: NodeSelectEvent) => {
        e.stopPropagation();
        this.onSelect(e.detail.id);
      }}
    ></cp-header>
    <cp-import-dialog .status=${this.userData.status}
      @cp-import-close=${() => this.userData.close()}></cp-import-dialog>`;
  }

  private onSelect(id: string | null): void {
    if (id === null) {
      if (this.state.view === "explore" && this.state.focus)
        this.applyProducers(true, produce.clearFocus());
      return;
    }
    const graph = this.data.loaded?.graph;
    if (!graph?.hasNode(id)) return;
    const before = this.state;
    this.applyProducers(
      true,
      produce.selectInView(id, graph.getNodeAttribute(id, "kind") === "role"),
    );
    this.announcement = produce.selectionNote(
      before,
      this.state,
      id,
      graph.getNodeAttribute(id, "label"),
    );
    this.moveFocusToPanel = true;
  }

  override updated(changed: Map<string, unknown>): void {
    const before = changed.get("state") as ExplorerState | undefined;
    if (before && (before.view !== this.state.view || before.focus !== this.state.focus)) {
      const aside = this.renderRoot.querySelector("aside");
      if (aside) aside.scrollTop = 0;
    }
    const route = this.state.view === "route" ? this.routeResult() : null;
    const text = this.state.view === "route" ? announcementFor(this.state, route) : null;
    if (text !== null && text !== this.announcement) this.announcement = text;
    if (this.moveFocusToPanel) {
      this.moveFocusToPanel = false;
      const panel = this.renderRoot.querySelector("cp-role-panel, cp-item-panel");
      // The panels load on first use: wait until the element is defined, then rendered.
      if (panel)
        void customElements
          .whenDefined(panel.localName)
          .then(() => (panel as LitElement).updateComplete)
          .then(() => {
            panel.shadowRoot?.querySelector<HTMLElement>("#title")?.focus({ preventScroll: false });
          });
    }
  }

  private markReady(): void {
    if (this.hasAttribute("ready")) return;
    this.setAttribute("ready", "");
    this.dispatchEvent(new Event("ready", { bubbles: true, composed: true }));
    // The other views' code, once the first view is up and the page is idle.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(() => preloadViews());
  }

  static override styles = [tokens, controls, appStyles];
}

customElements.define("career-explorer", CareerExplorer);

declare global {
  interface HTMLElementTagNameMap {
    "career-explorer": CareerExplorer;
  }
}
