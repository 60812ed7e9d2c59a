/**
 * `<career-explorer>`: the whole app as one custom element.
 *
 *   <career-explorer catalog="./catalog.json" page-title>   the built-in data sets, with a chooser
 *   <career-explorer src="./my-careers.json">                one document, no chooser
 *
 * Without either attribute it reads `./catalog.json`. With a catalog, `?data=<id>` in the URL
 * picks the data set (default: the first entry). Changing `src` or `catalog` later loads afresh.
 * `page-title` lets it set `document.title` to "<data set title> · Career Path Explorer"; an
 * embedding page keeps its own title otherwise. `url-prefix` and `url-state="off"` share the URL
 * with other explorers on the page (see url-sync.ts).
 *
 * The mediator: it owns the UI state (changed only through src/state's producers), hands each
 * child what it needs and listens to their events. Other concerns are controllers: loading.ts,
 * url-sync.ts, keyboard.ts, route-controller.ts, user-data.ts; derived data is src/state/derived.ts.
 * When the graph is drawn and interactive it sets the `ready` attribute and fires `ready` (again
 * after each switch of data set); data that cannot be used sets `failed` and shows every problem.
 *
 * Test hook: `element.testHooks.cy` is the live Cytoscape instance.
 *
 * @fires ready - the graph is drawn and interactive
 *
 * @cssprop --cp-font - The font stack.
 * @cssprop --cp-bg - The page behind the graph.
 * @cssprop --cp-surface - Panels, header and cards.
 * @cssprop --cp-surface-2 - Raised or alternate surfaces (chips, table stripes).
 * @cssprop --cp-border - Borders and dividers.
 * @cssprop --cp-text - Body text.
 * @cssprop --cp-muted - Secondary text.
 * @cssprop --cp-accent - Buttons, links, focus rings and the focused node.
 * @cssprop --cp-accent-text - Text on the accent colour.
 * @cssprop --cp-accent-soft - Tinted backgrounds of selected things.
 * @cssprop --cp-route - The route on show.
 * @cssprop --cp-route-soft - Tinted background of route items.
 * @cssprop --cp-ok - What is met or had.
 * @cssprop --cp-danger - Errors.
 * @cssprop --cp-danger-soft - Background of errors.
 * @cssprop --cp-skill - Skill nodes and chips.
 * @cssprop --cp-tool - Tool nodes and chips.
 * @cssprop --cp-radius - Corner radius of cards, buttons and fields.
 * @cssprop --cp-shadow - Shadow of floating things.
 *
 * @csspart header - The top bar (product, data set, views, search, data menu).
 * @csspart view-button - Each view switch in the header (Explore, Route, …).
 * @csspart graph - The area holding the graph and its legend.
 * @csspart panel - The side panel (a bottom sheet at phone width).
 */
import { html, LitElement } from "lit";
import { keyed } from "lit/directives/keyed.js";
import { type CompareRoles, createDerive, type Derived } from "../../state/derived.ts";
import * as produce from "../../state/producers.ts";
import { type ExplorerState, initialState } from "../../state/types.ts";
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
import { announcementFor } from "./announce.ts";
import { appStyles } from "./app-styles.ts";
import { DataSetController } from "./data-sets.ts";
import { markdownOf } from "./export-markdown.ts";
import { GraphWorkerClient } from "./graph-worker-client.ts";
import { KeyboardController } from "./keyboard.ts";
import { LoadingController } from "./loading.ts";
import { MyPathController } from "./my-path.ts";
import { panelFor } from "./panels.ts";
import { printStyles } from "./print-styles.ts";
import { RouteController } from "./route-controller.ts";
import { SelectionController } from "./selection.ts";
import { UrlSyncController } from "./url-sync.ts";
import { UserDataController } from "./user-data.ts";
import "../cp-graph-view/cp-graph-view.ts";
import "../cp-legend/cp-legend.ts";
import "../cp-header/cp-header.ts";
import "../cp-toast/cp-toast.ts";

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

  // One controller per concern; a new concern is one more field here, read in willUpdate/render.
  private readonly worker = new GraphWorkerClient();
  private readonly data = new DataSetController(this, this.worker);
  private readonly routes = new RouteController(this, this.worker);
  private readonly url = new UrlSyncController(this, this.data, (saved) => {
    void this.loading.showUrl(saved);
  });
  private readonly loading = new LoadingController(this, this.data, this.url);
  private readonly userData = new UserDataController(this, this.data, (warnings) =>
    this.loading.onImported(warnings),
  );
  private readonly derive = createDerive();
  private readonly selection = new SelectionController(this, this.data, this.url);
  /** The person's skills, plan and fit (kept in the browser, see my-path.ts). */
  private readonly myPath = new MyPathController(this, {
    dataKey: () => this.data.loaded?.graph.getAttribute("id") ?? "",
    graph: () => this.data.loaded?.graph,
    state: () => this.state,
    apply: (producer) => this.url.apply(false, producer),
    tell: (message) => {
      this.messages = [...this.messages, message];
    },
    announce: (message) => {
      this.announcement = message;
    },
  });
  /** What render shows besides the state, computed in willUpdate. */
  private derived: Derived | undefined;
  /** The comparing code, loaded when the compare view is first shown (not with the first view). */
  private compareRoles: CompareRoles | undefined;

  constructor() {
    super();
    this.src = "";
    this.catalog = "";
    this.pageTitle = false;
    this.state = initialState();
    this.messages = [];
    this.announcement = "";
    this.sheetExpanded = false;
    new KeyboardController(this, {
      primary: () => this.url.primary,
      focusSearch: () => void this.renderRoot.querySelector("cp-header")?.focusSearch(),
      escape: () => this.selection.clear(),
    });
  }

  /** For tests: the live Cytoscape instance once the graph is drawn. */
  get testHooks(): CpGraphView["testHooks"] {
    return { cy: this.graphView()?.testHooks.cy };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Ends any search under way; the data set is handed to a new worker if the element returns.
    this.worker.cancel();
  }

  /** Asks the route worker for the route the state describes; derives what render shows. */
  override willUpdate(): void {
    const loaded = this.data.loaded;
    const query = this.state.route;
    // A built-in data set is drawn without the worker (load-data.ts); it is handed over when the
    // person turns to routes, not at once: on two cores its start-up would slow the first clicks.
    if (this.state.view === "route") this.data.preloadWorker();
    this.routes.requestFor(this.data.file, loaded?.graph, query, this.myPath.routeHave(query));
    this.myPath.follow();
    const personal = {
      have: [...this.myPath.have],
      frontier: this.myPath.personal.value.frontierIds,
    };
    if (this.state.view === "compare" && !this.compareRoles) void this.loadCompare();
    // The error page's element is defined when first needed: most visits never show it.
    if (this.data.errors) void import("../cp-load-error/cp-load-error.ts");
    this.derived = loaded
      ? this.derive(loaded.graph, this.state, this.routes.shown, personal, this.compareRoles)
      : undefined;
    if (this.state.view === "route") {
      const text = announcementFor(this.state, this.routes.shown);
      if (text !== this.announcement) this.announcement = text;
    }
  }

  override render() {
    const { errors, loaded, file } = this.data;
    if (errors) {
      const { network, omitted, warnings } = this.data.failure;
      return html`${this.header()}<cp-load-error .file=${file} .errors=${errors} .warnings=${warnings}
        .omitted=${omitted} ?network=${network} @cp-retry=${() => this.loading.retry()}></cp-load-error>`;
    }
    const derived = this.derived;
    if (!loaded || !derived)
      return html`${this.header()}<div class="centre" role="status">Loading the career graph…</div>`;
    const vocabulary = loaded.graph.getAttribute("vocabulary");
    const apply = this.url.apply.bind(this.url);
    return html`
      ${this.header()}
      ${keyed(
        file,
        html`<main
        class=${this.sheetExpanded ? "sheet-expanded" : ""}
        @cp-node-select=${(e: NodeSelectEvent) => this.selection.select(e.detail.id)}
        @cp-compare-change=${(e: CompareChangeEvent) => apply(true, produce.setCompare(e.detail.ids))}
        @cp-route-query=${(e: RouteQueryEvent) => apply(true, produce.setRouteQuery(e.detail.patch))}
        @cp-route-choice=${(e: RouteChoiceEvent) => apply(false, produce.chooseRoute(e.detail.index))}
        @cp-layer-change=${(e: LayerChangeEvent) =>
          apply(false, produce.setItemLayer(e.detail.items, e.detail.filter))}
      >
        <div class="stage" part="graph">
          <cp-graph-view .graph=${loaded.graph} .layout=${loaded.layout} .highlight=${derived.highlight}
            @cp-graph-ready=${() => this.loading.markReady()}></cp-graph-view>
          <cp-legend .tracks=${tracksInLaneOrder(vocabulary.tracks, loaded.layout)} .trackWord=${vocabulary.wording.track} .items=${this.state.layer.items} .filter=${this.state.layer.filter} .profile=${this.myPath.have.size > 0}></cp-legend>
          <cp-toast .messages=${this.messages}></cp-toast>
        </div>
        <aside aria-label="Details" part="panel">
          <button class="handle" aria-expanded=${this.sheetExpanded ? "true" : "false"}
            aria-label=${this.sheetExpanded ? "Show more of the graph" : "Show more of the panel"}
            @click=${() => {
              this.sheetExpanded = !this.sheetExpanded;
            }}><span></span></button>
          ${panelFor(loaded, this.state, {
            routes: this.routes.shown,
            routePending: this.routes.pending,
            alternativesPending: this.routes.alternativesPending,
            comparison: derived.comparison,
            mine: this.myPath.panelData(this.state.shared),
          })}
        </aside>
      </main>`,
      )}
      <div class="visually-hidden" role="status" aria-live="polite" id="live">${this.announcement}</div>
    `;
  }

  private header() {
    const { loaded } = this.data;
    return html`<cp-header part="header" exportparts="view-button"
      .graph=${loaded?.graph}
      .subtitle=${loaded?.document.title ?? ""}
      .dataSets=${this.data.entries}
      .dataSet=${this.data.id}
      .view=${this.state.view}
      .external=${this.data.external}
      .routeReady=${this.state.view === "route" && this.routes.shown?.ok === true}
      .compareReady=${this.state.view === "compare" && this.state.compare.length >= 2}
      .have=${this.myPath.have}
      @cp-open-files=${(e: OpenFilesEvent) => void this.userData.open(e.files)}
      @cp-export=${(e: ExportEvent) => void this.onExport(e.choice)}
      @cp-data-set-change=${(e: DataSetChangeEvent) => void this.loading.switchDataSet(e.detail.id)}
      @cp-view-change=${(e: ViewChangeEvent) => this.url.apply(true, produce.showView(e.detail.view))}
      @cp-node-select=${(e: NodeSelectEvent) => {
        e.stopPropagation();
        this.selection.select(e.detail.id);
      }}
    ></cp-header>
    <cp-import-dialog .status=${this.userData.status}
      @cp-import-close=${() => this.userData.close()}></cp-import-dialog>`;
  }

  private async loadCompare(): Promise<void> {
    const { compareRoles } = await import("../../graph/compare.ts");
    this.compareRoles = compareRoles;
    this.requestUpdate();
  }

  private async onExport(choice: ExportChoice): Promise<void> {
    const graph = this.data.loaded?.graph;
    this.announcement = await this.userData.export(choice, {
      image: async (format) => this.graphView()?.exportImage(format),
      markdown: async (what) =>
        graph &&
        markdownOf(what, {
          graph,
          state: this.state,
          routes: this.routes.shown,
          comparison: this.derived?.comparison ?? null,
        }),
    });
    this.messages = [...this.messages, this.announcement];
  }

  private graphView(): CpGraphView | null {
    return this.renderRoot.querySelector("cp-graph-view");
  }

  static override styles = [tokens, controls, appStyles, printStyles];
}

customElements.define("career-explorer", CareerExplorer);

declare global {
  interface HTMLElementTagNameMap {
    "career-explorer": CareerExplorer;
  }
}
