/**
 * The graph canvas: Cytoscape inside one Lit element (the only file that imports cytoscape).
 *
 * A graph small enough is drawn whole: roles and their progression/overlap edges at the
 * positions of the pure layout (`preset`). A bigger one is drawn as the view the highlight
 * names (src/graph/view-layout.ts): an overview of tracks × levels whose cells open on click
 * (kept here: it is a way of looking, not state worth a URL), a focused role with its ladder
 * and related roles, or a route's or comparison's roles. View layouts are computed in
 * `willUpdate` (memoised per graph and view), never in `render`. Skills/tools and their links
 * come and go with the highlight. All UI state arrives as the `highlight` property and is
 * applied as classes inside `cy.batch()`. The camera (camera.ts) keeps the user's viewport on a
 * click and pans only to bring an off-screen focus in; a big graph's view never zooms below
 * what keeps its labels at MIN_LABEL_PX on screen. The keyboard moves a cursor over the boxes
 * (arrows, Enter, Escape).
 *
 * Test hook: `element.testHooks.cy` is the live Cytoscape instance (read-only use in tests).
 *
 * @fires cp-node-select - a node was tapped (id), or the background (null)
 * @fires cp-graph-ready - first frame drawn
 */
import cytoscape, { type Core, type NodeSingular } from "cytoscape";
import { html, LitElement, type PropertyValues } from "lit";
import type { RoleLayout } from "../../graph/layout.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { ViewLayout } from "../../graph/view-boxes.ts";
import { type GraphView, layoutView, viewKey } from "../../graph/view-layout.ts";
import { countNoun, DEFAULT_WORDING } from "../../graph/vocabulary.ts";
import type { GraphHighlight } from "../../state/highlight.ts";
import { GraphReadyEvent, NodeSelectEvent } from "../events/events.ts";
import { controls } from "../shared/theme.ts";
import { GraphCamera } from "./camera.ts";
import { firstSpot, isDirection, nextSpot } from "./canvas-keys.ts";
import { claimCytoscapeStylesheetId } from "./cytoscape-style-marker.ts";
import { drawHighlight } from "./draw-highlight.ts";
import { viewImage } from "./export-image.ts";
import { graphStyle, readPalette } from "./graph-style.ts";
import { graphViewStyles } from "./graph-view-styles.ts";
import { ResizeController } from "./resize-controller.ts";
import { viewElements, wholeGraphElements } from "./view-elements.ts";

type Cell = { track: string; level: string | null };

export class CpGraphView extends LitElement {
  static override properties = {
    graph: { attribute: false },
    layout: { attribute: false },
    highlight: { attribute: false },
    expanded: { state: true },
    cursorText: { state: true },
  };

  declare graph: CareerGraph | undefined;

  private trackCount(): number {
    return this.graph?.getAttribute("vocabulary").tracks.length ?? 0;
  }
  declare layout: RoleLayout | undefined;
  declare highlight: GraphHighlight | undefined;
  /** The overview cell opened by the user, if any. */
  declare expanded: Cell | null;
  declare cursorText: string;

  private cy: Core | undefined;
  /** What is drawn (or about to be): the highlight's view, with the opened cell applied. */
  private view: GraphView = { kind: "whole" };
  private viewLayout: ViewLayout | undefined;
  private drawnKey: string | undefined;
  private cursor: string | null = null;
  /** The canvas's aria-label: what the view shows, worked out with the view. */
  private label = "";
  private hovered: string | null = null;
  private readonly camera = new GraphCamera({
    cy: () => this.cy,
    viewLayout: () => this.viewLayout,
    controls: () => this.controlsBox(),
  });
  private readonly dark = window.matchMedia("(prefers-color-scheme: dark)");
  private readonly onScheme = () =>
    this.cy?.style(graphStyle(readPalette(this, this.trackCount())) as never);

  constructor() {
    super();
    this.expanded = null;
    this.cursorText = "";
    new ResizeController(this, () => this.camera.onResize());
  }

  /** The view as it is on screen, as a PNG or SVG image; undefined before the graph is drawn. */
  async exportImage(format: "png" | "svg"): Promise<Blob | undefined> {
    if (!this.cy) return undefined;
    const background = getComputedStyle(this).getPropertyValue("--cp-surface").trim() || "#ffffff";
    return viewImage(this.cy, format, background);
  }

  /** For tests and embedders' debugging only. */
  get testHooks(): { cy: Core | undefined } {
    return { cy: this.cy };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("highlight") && !changed.has("expanded") && !changed.has("graph")) return;
    const base = this.highlight?.view ?? { kind: "whole" };
    this.view =
      base.kind === "overview" && this.expanded ? { kind: "cell", ...this.expanded } : base;
    this.viewLayout =
      this.view.kind === "whole" || !this.graph ? undefined : layoutView(this.graph, this.view);
    this.label = this.description();
  }

  private description(): string {
    const keys = "Arrow keys move between boxes, Enter opens one.";
    if (this.viewLayout) return `${this.viewLayout.description} ${keys}`;
    const n = this.graph?.filterNodes((_, a) => a.kind === "role").length ?? 0;
    const { role, track } = this.graph?.getAttribute("vocabulary").wording ?? DEFAULT_WORDING;
    return `Career graph of ${countNoun(role, n)}: progression left to right, one lane per ${track.one}. The list of ${role.many} gives the same graph as text. ${keys}`;
  }

  override render() {
    return html`
      <div
        id="canvas"
        tabindex="0"
        role="application"
        aria-roledescription="graph"
        @mouseleave=${() => this.setHover(null)}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
        @focus=${() => this.moveCursor(this.cursor ?? this.highlight?.focus ?? null)}
        @blur=${() => this.cy?.nodes(".cursor").removeClass("cursor")}
        aria-label=${this.label}
      ></div>
      ${
        this.view.kind === "cell"
          ? html`<button class="btn back" @click=${() => this.collapse()}>← Overview</button>`
          : null
      }
      <div class="zoom" role="group" aria-label="Zoom">
        <button class="btn" aria-label="Zoom in" title="Zoom in" @click=${() => this.camera.zoomBy(1.25)}>+</button>
        <button class="btn" aria-label="Zoom out" title="Zoom out" @click=${() => this.camera.zoomBy(0.8)}>−</button>
        <button class="btn" aria-label="Fit the whole graph" title="Fit" @click=${() => this.camera.fitAll()}>Fit</button>
      </div>
      <div class="visually-hidden" aria-live="polite">${this.cursorText}</div>
    `;
  }

  override firstUpdated(): void {
    this.createCy();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the old instance was destroyed on disconnect, so draw again.
    if (this.hasUpdated && !this.cy) this.createCy();
  }

  private createCy(): void {
    const container = this.renderRoot.querySelector<HTMLElement>("#canvas");
    if (!container || !this.graph || !this.layout) return;
    this.drawnKey = viewKey(this.view);
    claimCytoscapeStylesheetId(container.ownerDocument);
    this.cy = cytoscape({
      container,
      elements: this.elementsNow(),
      // No fit here: fitShown places the camera (a big view from its known bounds, unmeasured).
      layout: { name: "preset", fit: false },
      style: graphStyle(readPalette(this, this.trackCount())) as never,
      minZoom: 0.2,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on("tap", "node.role, node.item", (e) =>
      this.dispatchEvent(new NodeSelectEvent(e.target.id())),
    );
    this.cy.on("tap", "node.cell", (e) => {
      this.expanded = e.target.data("cell") as Cell;
    });
    this.cy.on("tap", (e) => {
      if (e.target === this.cy) this.dispatchEvent(new NodeSelectEvent(null));
    });
    this.cy.on("mouseover", "node.role, node.item, node.cell", (e) => {
      this.setHover((e.target as NodeSingular).id());
      container.style.cursor = "pointer";
    });
    this.cy.on("mouseout", "node.role, node.item, node.cell", () => {
      this.setHover(null);
      container.style.cursor = "";
    });
    this.dark.addEventListener("change", this.onScheme);
    this.camera.attach(this.cy);
    this.applyHighlight(false);
    this.camera.fitShown(false);
    requestAnimationFrame(() => this.dispatchEvent(new GraphReadyEvent()));
  }

  override updated(changed: PropertyValues<this>): void {
    const cy = this.cy;
    if (!cy) return;
    const key = viewKey(this.view);
    if (key !== this.drawnKey) {
      // Another view: swap every element, then highlight and fit without animation.
      this.drawnKey = key;
      this.cursor = null;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(this.elementsNow());
      });
      this.applyHighlight(false);
      this.camera.fitShown(false);
    } else if (changed.has("highlight") && changed.get("highlight") !== undefined) {
      // The person's marks changing (a skill ticked) is no reason to move the camera.
      const before = changed.get("highlight") as GraphHighlight | undefined;
      this.applyHighlight(!before || mustSee(before) !== mustSee(this.highlight));
    }
  }

  private elementsNow() {
    if (this.viewLayout) return viewElements(this.viewLayout);
    return this.graph && this.layout ? wholeGraphElements(this.graph, this.layout) : [];
  }

  private collapse(): void {
    this.expanded = null;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>("#canvas")?.focus(),
    );
  }

  private onKey(e: KeyboardEvent): void {
    const cy = this.cy;
    if (!cy) return;
    if (e.key === "Escape" && this.view.kind === "cell") {
      e.preventDefault();
      this.collapse();
      return;
    }
    const spots = cy.nodes(".role, .cell").map((n) => ({ id: n.id(), ...n.position() }));
    const from = firstSpot(spots, this.cursor);
    if (isDirection(e.key)) {
      e.preventDefault();
      const to = from && this.cursor ? nextSpot(spots, from, e.key) : from;
      if (to) this.moveCursor(to.id);
    } else if ((e.key === "Enter" || e.key === " ") && this.cursor) {
      e.preventDefault();
      const node = cy.getElementById(this.cursor);
      if (node.hasClass("cell")) this.expanded = node.data("cell") as Cell;
      else if (node.nonempty()) this.dispatchEvent(new NodeSelectEvent(this.cursor));
    }
  }

  /** Puts the keyboard cursor on a box (or the first one), brings it into view, says it. */
  private moveCursor(prefer: string | null): void {
    const cy = this.cy;
    if (!cy) return;
    const spots = cy.nodes(".role, .cell").map((n) => ({ id: n.id(), ...n.position() }));
    const spot = firstSpot(spots, prefer);
    cy.nodes(".cursor").removeClass("cursor");
    this.cursor = spot?.id ?? null;
    if (!spot) return;
    const node = cy.getElementById(spot.id);
    node.addClass("cursor");
    const p = node.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height())
      cy.animate({ center: { eles: node }, duration: this.camera.motion(150) });
    const name = String(node.data("name") ?? node.data("label") ?? "").replace(/\s+/g, " ");
    this.cursorText = node.hasClass("cell") ? `${name}. Enter opens them.` : name;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dark.removeEventListener("change", this.onScheme);
    this.cy?.destroy();
    this.cy = undefined;
  }

  private setHover(id: string | null): void {
    this.hovered = id;
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass("hover");
      if (id) cy.getElementById(id).closedNeighborhood().addClass("hover");
    });
  }

  private applyHighlight(moveViewport: boolean): void {
    const cy = this.cy;
    const h = this.highlight;
    const layout = this.viewLayout ?? this.layout;
    if (!cy || !h || !layout) return;
    drawHighlight(cy, h, layout, readPalette(this, 0).font);
    if (this.hovered) this.setHover(this.hovered);
    if (moveViewport) this.camera.reveal(true);
  }

  /** The zoom buttons' box on the canvas, in canvas pixels. */
  private controlsBox(): { left: number; top: number; right: number; bottom: number } | undefined {
    const zoom = this.renderRoot.querySelector<HTMLElement>(".zoom");
    const canvas = this.renderRoot.querySelector<HTMLElement>("#canvas");
    if (!zoom || !canvas) return undefined;
    const z = zoom.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    return {
      left: z.left - c.left,
      top: z.top - c.top,
      right: z.right - c.left,
      bottom: z.bottom - c.top,
    };
  }

  static override styles = [controls, graphViewStyles];
}

/** What a highlight asks to have on screen; the camera moves only when this changes. */
function mustSee(h: GraphHighlight | undefined): string {
  return h ? JSON.stringify([h.focus, h.route?.roles, h.compare, h.items.map((i) => i.id)]) : "";
}

customElements.define("cp-graph-view", CpGraphView);

declare global {
  interface HTMLElementTagNameMap {
    "cp-graph-view": CpGraphView;
  }
}
