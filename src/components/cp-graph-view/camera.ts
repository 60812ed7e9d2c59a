/**
 * The camera over the canvas. The whole graph opens fitted (clear of the zoom buttons); after
 * that a click keeps the user's viewport and only pans when what must be seen (the focus, a
 * route's or a comparison's roles) is off screen (view-reveal.ts). Until the user pans or zooms
 * it also brings the item shelf's first rows into view; once they have, their view is theirs
 * (a resize keeps its middle). A big graph's views are fitted as view-fit.ts says. Moves are
 * animated briefly, or not at all when the user prefers reduced motion.
 */
import type { Collection, Core } from "cytoscape";
import { ROLE_FONT_SIZE } from "../../graph/layout.ts";
import type { ViewLayout } from "../../graph/view-boxes.ts";
import { ITEM_CHIP } from "./item-chips.ts";
import { type Extent, MIN_LABEL_PX, viewportFor } from "./view-fit.ts";
import { fitClear, type Pad, revealViewport, type Viewport } from "./view-reveal.ts";

/** Below this canvas width (px) the view fits the highlighted roles rather than all of them. */
const NARROW_CANVAS = 560;
/** Room (px) around the whole graph's fit, and its largest zoom (two roles never fill it). */
const FIT_PAD = 28;
const MAX_WHOLE_ZOOM = 1.3;
/** The zoom at which role labels (ROLE_FONT_SIZE) are MIN_LABEL_PX on screen, and a little more. */
const READABLE_ZOOM = (MIN_LABEL_PX + 0.5) / ROLE_FONT_SIZE;
/** How much of the item shelf (model units, about two rows of chips) a click brings into view. */
const SHELF_PEEK = 100;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CameraHost {
  cy(): Core | undefined;
  /** The big graph's view being drawn, if any (else the whole graph is). */
  viewLayout(): ViewLayout | undefined;
  /** The zoom buttons' box on the canvas (canvas pixels). */
  controls(): Rect | undefined;
}

const extentOf = (eles: Pick<Collection, "boundingBox">, labels = true): Extent => {
  const b = eles.boundingBox({ includeLabels: labels, includeOverlays: false });
  return { left: b.x1, right: b.x2, top: b.y1, bottom: b.y2 };
};

export class GraphCamera {
  /** Whether the user has panned or zoomed since the last fit: then a click keeps their view. */
  private userMoved = false;
  private size = { width: 0, height: 0 };
  private readonly reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  constructor(private readonly host: CameraHost) {}

  attach(cy: Core): void {
    this.size = { width: cy.width(), height: cy.height() };
    cy.on("dragpan pinchzoom scrollzoom", () => {
      this.userMoved = true;
    });
  }

  /** Animation length, or none when the user prefers reduced motion. */
  motion(ms: number): number {
    return this.reducedMotion.matches ? 0 : ms;
  }

  zoomBy(factor: number): void {
    const cy = this.host.cy();
    if (!cy) return;
    this.userMoved = true;
    cy.animate({
      zoom: {
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      },
      duration: this.motion(150),
    });
  }

  /**
   * Keeps what matters in view when the canvas changes size (window, bottom sheet): a view the
   * user moved keeps its middle in the middle (and the focus on screen); otherwise it is fitted.
   */
  onResize(): void {
    const cy = this.host.cy();
    if (!cy) return;
    cy.resize();
    const was = this.size;
    this.size = { width: cy.width(), height: cy.height() };
    if (this.userMoved && !this.host.viewLayout() && was.width > 0 && was.height > 0) {
      const pan = cy.pan();
      cy.pan({
        x: pan.x + (this.size.width - was.width) / 2,
        y: pan.y + (this.size.height - was.height) / 2,
      });
      this.reveal(false);
    } else this.fitShown(false);
  }

  /** The Fit button: everything drawn, the item shelf too, as the user asked for it. */
  fitAll(): void {
    const cy = this.host.cy();
    if (!cy || cy.width() === 0) return;
    if (this.host.viewLayout()) {
      this.fitShown(true);
      return;
    }
    this.moveTo(cy, this.fitted(cy, cy.elements(".role, .lane, .dynamic")), true);
    this.userMoved = true;
  }

  /**
   * After a click: the viewport stays unless the focus (a route's or a comparison's roles) is
   * off screen; then it pans just enough. Until the user moves the camera, it also pans
   * towards the skills and tools shelf, as far as keeps the focus in view. A big graph's view
   * is fitted again instead.
   */
  reveal(animate: boolean): void {
    const cy = this.host.cy();
    if (!cy || cy.width() === 0) return;
    if (this.host.viewLayout()) {
      this.fitShown(animate);
      return;
    }
    const need = cy.nodes(".focused, .on-route, .compared");
    if (need.empty()) return;
    if (cy.width() < NARROW_CANVAS && !this.userMoved) {
      this.fitShown(animate);
      return;
    }
    const next = this.showing(cy, { zoom: cy.zoom(), pan: cy.pan() }, need);
    if (next) this.moveTo(cy, next, animate);
  }

  /** From `from`, the least move that shows `need` (and, until the user moves, the shelf). */
  private showing(
    cy: Core,
    from: Viewport,
    need: Pick<Collection, "boundingBox">,
  ): Viewport | null {
    const shelf = cy.nodes(".item.dynamic");
    const needBox = extentOf(need, false);
    // Only the shelf's first rows are wanted (the rest is a scroll away, the map moves little),
    // and only downwards: sideways it would nudge the camera on every click.
    const top = shelf.nonempty() ? extentOf(shelf, false).top : 0;
    const want =
      !this.userMoved && shelf.nonempty()
        ? { top, bottom: top + SHELF_PEEK, left: needBox.left, right: needBox.right }
        : undefined;
    return revealViewport(
      from,
      { width: cy.width(), height: cy.height() },
      this.clearOfControls(cy, 12),
      needBox,
      want,
    );
  }

  /** Fits the highlighted part of the graph, or every role when nothing is highlighted. */
  fitShown(animate: boolean): void {
    const cy = this.host.cy();
    if (!cy || cy.width() === 0) return;
    this.userMoved = false;
    const view = this.host.viewLayout();
    if (view) {
      this.fitView(cy, view, animate);
      return;
    }
    // Every role stays in view at the zoom that keeps them readable; the item shelf is a pan
    // away below (brought in as far as keeps the focus in view). On a phone every role would be
    // unreadable, so there the highlighted roles are fitted, or when even they would be too
    // small, the focus alone at a readable zoom (its neighbours a pan away).
    const need = cy.nodes(".focused, .on-route, .compared");
    const highlighted = cy.nodes(".focused, .lit, .on-route, .compared");
    const narrow = cy.width() < NARROW_CANVAS && highlighted.nonempty();
    let v = this.fitted(cy, narrow ? highlighted : cy.elements(".role, .lane"));
    if (narrow && need.nonempty() && v.zoom < READABLE_ZOOM)
      v = this.fitted(cy, need, READABLE_ZOOM);
    if (need.nonempty()) v = this.showing(cy, v, need) ?? v;
    this.moveTo(cy, v, animate);
  }

  private moveTo(cy: Core, v: Viewport, animate: boolean): void {
    // A move still animating towards an older canvas size would undo this one.
    cy.stop(true, false);
    if (animate) cy.animate({ zoom: v.zoom, pan: v.pan, duration: this.motion(250) });
    else cy.viewport(v);
  }

  /** Padding that keeps content out from under the zoom buttons (a column, or a row on phones). */
  private clearOfControls(cy: Core, pad: number): Pad {
    const c = this.host.controls();
    const out = { top: pad, right: pad, bottom: pad, left: pad };
    if (!c) return out;
    if (c.right - c.left > c.bottom - c.top) out.top = Math.max(pad, c.bottom + 6);
    else out.right = Math.max(pad, cy.width() - c.left + 6);
    return out;
  }

  private fitted(cy: Core, eles: Pick<Collection, "boundingBox">, maxZoom = MAX_WHOLE_ZOOM) {
    return fitClear(
      extentOf(eles),
      { width: cy.width(), height: cy.height() },
      FIT_PAD,
      this.host.controls(),
      maxZoom,
    );
  }

  private fitView(cy: Core, view: ViewLayout, animate: boolean): void {
    // The view's own bounds and the item shelf's: measuring the drawn labels would restyle every
    // element (tens of milliseconds on each view change).
    let shelf: Extent | undefined;
    cy.nodes(".item.dynamic").forEach((n) => {
      const p = n.position();
      const [w, h] = [Number(n.data("width")) / 2, Number(n.data("height")) / 2];
      const e = shelf ?? { left: p.x, right: p.x, top: p.y, bottom: p.y };
      shelf = {
        left: Math.min(e.left, p.x - w),
        right: Math.max(e.right, p.x + w),
        top: Math.min(e.top, p.y - h),
        bottom: Math.max(e.bottom, p.y + h),
      };
    });
    const focused = cy.nodes(".focused").first();
    const v = viewportFor({
      canvas: { width: cy.width(), height: cy.height() },
      view: view.bounds,
      viewFont: view.minFontSize,
      shelf: shelf ? { extent: shelf, font: ITEM_CHIP.fontSize } : undefined,
      focus: focused.nonempty() ? focused.position() : undefined,
    });
    this.moveTo(cy, v, animate);
  }
}
