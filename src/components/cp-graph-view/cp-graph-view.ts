/**
 * The graph canvas: Cytoscape inside one Lit element (the only file that imports cytoscape).
 *
 * Roles and their progression/overlap edges are added once at the positions of the pure
 * layout (`preset`); skills/tools and their links come and go with the highlight. All UI
 * state arrives as the `highlight` property and is applied as classes inside `cy.batch()`.
 *
 * Test hook: `element.testHooks.cy` is the live Cytoscape instance (read-only use in tests).
 *
 * @fires cp-node-select - a node was tapped (id), or the background (null)
 * @fires cp-graph-ready - first frame drawn
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from "cytoscape";
import { css, html, LitElement, type PropertyValues } from "lit";
import { layoutItems, type RoleLayout } from "../../graph/layout.ts";
import type { CareerGraph } from "../../graph/model.ts";
import { trackInfo } from "../../graph/vocabulary.ts";
import type { GraphHighlight } from "../../state/highlight.ts";
import { GraphReadyEvent, NodeSelectEvent } from "../events/events.ts";
import { controls } from "../shared/theme.ts";
import { graphStyle, LANE_FONT_SIZE, readPalette } from "./graph-style.ts";
import { ResizeController } from "./resize-controller.ts";

export class CpGraphView extends LitElement {
  static override properties = {
    graph: { attribute: false },
    layout: { attribute: false },
    highlight: { attribute: false },
  };

  declare graph: CareerGraph | undefined;

  private trackCount(): number {
    return this.graph?.getAttribute("vocabulary").tracks.length ?? 0;
  }
  declare layout: RoleLayout | undefined;
  declare highlight: GraphHighlight | undefined;

  private cy: Core | undefined;
  private hovered: string | null = null;
  private readonly dark = window.matchMedia("(prefers-color-scheme: dark)");
  private readonly reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  private readonly onScheme = () =>
    this.cy?.style(graphStyle(readPalette(this, this.trackCount())) as never);

  constructor() {
    super();
    new ResizeController(this, () => {
      // Keep what matters in view when the canvas changes size (window, bottom sheet).
      this.cy?.resize();
      this.fitShown(false);
    });
  }

  /** For tests and embedders' debugging only. */
  get testHooks(): { cy: Core | undefined } {
    return { cy: this.cy };
  }

  override render() {
    const n = this.graph?.filterNodes((_, a) => a.kind === "role").length ?? 0;
    return html`
      <div
        id="canvas"
        @mouseleave=${() => this.setHover(null)}
        role="img"
        aria-label=${`Career graph of ${n} roles: progression left to right, one lane per track. The role list gives the same graph as text.`}
      ></div>
      <div class="zoom" role="group" aria-label="Zoom">
        <button class="btn" aria-label="Zoom in" title="Zoom in" @click=${() => this.zoomBy(1.25)}>+</button>
        <button class="btn" aria-label="Zoom out" title="Zoom out" @click=${() => this.zoomBy(0.8)}>−</button>
        <button class="btn" aria-label="Fit the whole graph" title="Fit" @click=${() => this.fitShown(true)}>Fit</button>
      </div>
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
    this.cy = cytoscape({
      container,
      elements: roleElements(this.graph, this.layout),
      layout: { name: "preset" },
      style: graphStyle(readPalette(this, this.trackCount())) as never,
      minZoom: 0.2,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on("tap", "node.role, node.item", (e) =>
      this.dispatchEvent(new NodeSelectEvent(e.target.id())),
    );
    this.cy.on("tap", (e) => {
      if (e.target === this.cy) this.dispatchEvent(new NodeSelectEvent(null));
    });
    this.cy.on("mouseover", "node.role, node.item", (e) =>
      this.setHover((e.target as NodeSingular).id()),
    );
    this.cy.on("mouseout", "node.role, node.item", () => this.setHover(null));
    this.dark.addEventListener("change", this.onScheme);
    this.applyHighlight(false);
    this.fitAll(false);
    requestAnimationFrame(() => this.dispatchEvent(new GraphReadyEvent()));
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has("highlight") && changed.get("highlight") !== undefined)
      this.applyHighlight(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dark.removeEventListener("change", this.onScheme);
    this.cy?.destroy();
    this.cy = undefined;
  }

  private zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    cy.animate({
      zoom: {
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      },
      duration: this.motion(150),
    });
  }

  private fitAll(animate: boolean): void {
    const cy = this.cy;
    if (!cy) return;
    const eles = cy.nodes(".role, .lane");
    if (animate) cy.animate({ fit: { eles, padding: 28 }, duration: this.motion(250) });
    else cy.fit(eles, 28);
  }

  /** Animation length, or none when the user prefers reduced motion. */
  private motion(ms: number): number {
    return this.reducedMotion.matches ? 0 : ms;
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
    if (!cy || !h || !this.layout) return;
    const layout = this.layout;
    cy.batch(() => {
      cy.elements(".dynamic").remove();
      const anchor = h.itemAnchor ? cy.getElementById(h.itemAnchor).position("x") : undefined;
      const at = layoutItems(
        h.items.map((i) => i.id),
        layout,
        anchor,
      );
      cy.add([
        ...h.items.map((item) => ({
          group: "nodes" as const,
          data: { id: item.id, label: item.label },
          position: at[item.id] ?? { x: 0, y: 0 },
          classes: `item ${item.kind} dynamic${h.newItems.includes(item.id) ? " new" : ""}`,
        })),
        ...h.links.map((l) => ({
          group: "edges" as const,
          data: { id: `link:${l.source}->${l.target}`, source: l.source, target: l.target },
          classes: `link ${l.kind} dynamic`,
        })),
      ]);
      cy.elements().removeClass("faded lit focused on-route to-learn compared");
      const active = h.focus !== null || h.route !== null || h.compare.length > 0;
      if (active) cy.elements().not(".lane").addClass("faded");
      if (h.focus) {
        const focus = cy.getElementById(h.focus);
        focus.removeClass("faded").addClass("focused");
        for (const id of h.lit) cy.getElementById(id).removeClass("faded").addClass("lit");
        focus
          .connectedEdges()
          .filter((e) => !e.hasClass("link"))
          .removeClass("faded")
          .addClass("lit");
        cy.elements(".dynamic").removeClass("faded");
      }
      if (h.route) {
        for (const id of h.route.roles)
          cy.getElementById(id).removeClass("faded").addClass("on-route");
        for (const [s, t] of h.route.edges)
          cy.edges(`[source = "${s}"][target = "${t}"], [source = "${t}"][target = "${s}"]`)
            .filter((e) => !e.hasClass("link"))
            .removeClass("faded")
            .addClass("on-route");
        for (const id of h.route.learn)
          cy.getElementById(id).removeClass("faded").addClass("to-learn");
        cy.elements(".link.learn").removeClass("faded");
      }
      if (h.compare.length) {
        const set = cy.nodes().filter((n) => h.compare.includes(n.id()));
        set.removeClass("faded").addClass("compared");
        set.edgesWith(set).removeClass("faded").addClass("compared");
      }
    });
    if (this.hovered) this.setHover(this.hovered);
    if (moveViewport) this.fitShown(true);
  }

  /** Fits the highlighted part of the graph, or every role when nothing is highlighted. */
  private fitShown(animate: boolean): void {
    const cy = this.cy;
    if (!cy || cy.width() === 0) return;
    // Every role stays in view (the map does not jump around); items add the shelf below. On
    // a phone that would make labels unreadable, so there only the highlighted roles are fitted.
    const highlighted = cy.nodes(".focused, .lit, .on-route, .compared");
    const narrow = cy.width() < NARROW_CANVAS && highlighted.nonempty();
    const shown = narrow ? highlighted : cy.elements(".role, .lane, .dynamic");
    // A fit still animating towards an older canvas size would undo this one.
    cy.stop(true, false);
    if (animate) cy.animate({ fit: { eles: shown, padding: 36 }, duration: this.motion(250) });
    else cy.fit(shown, 36);
    if (cy.zoom() > 1.3)
      cy.zoom({ level: 1.3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        position: relative;
        min-height: 240px;
        background: var(--cp-bg);
      }
      #canvas {
        position: absolute;
        inset: 0;
      }
      .zoom {
        position: absolute;
        right: 12px;
        top: 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
        box-shadow: var(--cp-shadow);
        border-radius: 8px;
      }
      .zoom .btn {
        min-width: 36px;
        justify-content: center;
        font-weight: 600;
      }
      @media (max-width: 640px) {
        .zoom {
          flex-direction: row;
          top: 8px;
          right: 8px;
        }
        .zoom .btn {
          min-height: 30px;
          min-width: 30px;
          padding: 4px 8px;
        }
      }
    `,
  ];
}

/** Below this canvas width (px) the view fits the highlighted roles rather than all of them. */
const NARROW_CANVAS = 560;

/** Padding of the lane bands around their roles, in model units. */
const LANE_PAD = 18;

function roleElements(graph: CareerGraph, layout: RoleLayout): ElementDefinition[] {
  const { left, right } = layout.bounds;
  const vocabulary = graph.getAttribute("vocabulary");
  const out: ElementDefinition[] = layout.lanes.map((lane) => {
    const track = trackInfo(vocabulary, lane.track);
    const label = track?.label ?? lane.track;
    return {
      group: "nodes",
      data: {
        id: `lane:${track?.order ?? lane.track}`,
        label,
        width: right - left + LANE_PAD * 2,
        height: lane.bottom - lane.top + LANE_PAD * 2,
        // Label sits above the band's left edge: shift it right by its own (estimated) width.
        labelShift: label.length * LANE_FONT_SIZE * 0.62,
      },
      position: { x: (left + right) / 2, y: (lane.top + lane.bottom) / 2 },
      classes: "lane",
      selectable: false,
      grabbable: false,
    };
  });
  graph.forEachNode((id, node) => {
    if (node.kind !== "role") return;
    out.push({
      group: "nodes",
      data: { id, label: node.label, track: trackInfo(vocabulary, node.track)?.order ?? 0 },
      position: { ...(layout.positions[id] ?? { x: 0, y: 0 }) },
      classes: "role",
    });
  });
  graph.forEachEdge((key, edge, source, target) => {
    if (edge.kind !== "progression" && edge.kind !== "overlap") return;
    const bend = layout.bends[key];
    out.push({
      group: "edges",
      // Cytoscape measures control-point distance on the other side from layout-geometry.
      data: { id: key, source, target, ...(bend ? { bend: -bend } : {}) },
      classes: bend ? `${edge.kind} bent` : edge.kind,
    });
  });
  return out;
}

customElements.define("cp-graph-view", CpGraphView);

declare global {
  interface HTMLElementTagNameMap {
    "cp-graph-view": CpGraphView;
  }
}
