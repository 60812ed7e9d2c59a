/**
 * Where to put the camera for a big graph's view: fitted into the canvas (less the room the
 * controls take), but never zoomed out below what keeps the smallest label at MIN_LABEL_PX on
 * screen. When that floor bites, the focused role (or else the top-left corner) stays in view
 * and the rest is a pan away. Pure, so it is tested without a browser.
 */

/** The smallest label size (CSS px) a view may be zoomed out to. */
export const MIN_LABEL_PX = 11;
/** The largest zoom: a view of two boxes should not fill the screen. */
export const MAX_VIEW_ZOOM = 1.3;
/** Room (CSS px) kept around a big graph's view: the back button, zoom buttons, legend. */
export const VIEW_PAD = { top: 60, right: 72, bottom: 44, left: 24 };

export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface FitInput {
  canvas: { width: number; height: number };
  /** The view's boxes, and their smallest font. */
  view: Extent;
  viewFont: number;
  /** The item shelf under the view, if any, and its font. */
  shelf?: { extent: Extent; font: number } | undefined;
  /** The focused role's centre, kept in view when not everything fits. */
  focus?: { x: number; y: number } | undefined;
}

export function viewportFor(o: FitInput): { zoom: number; pan: { x: number; y: number } } {
  const w = o.canvas.width - VIEW_PAD.left - VIEW_PAD.right;
  const h = o.canvas.height - VIEW_PAD.top - VIEW_PAD.bottom;
  const readable = (font: number) => (MIN_LABEL_PX + 0.5) / font;
  const fitOf = (e: Extent) => Math.min(w / (e.right - e.left || 1), h / (e.bottom - e.top || 1));
  const union = o.shelf
    ? {
        left: Math.min(o.view.left, o.shelf.extent.left),
        right: Math.max(o.view.right, o.shelf.extent.right),
        top: Math.min(o.view.top, o.shelf.extent.top),
        bottom: Math.max(o.view.bottom, o.shelf.extent.bottom),
      }
    : o.view;
  // The shelf joins the fit only while everything stays readable; else the view itself is
  // fitted and the shelf is a pan away below it.
  const shelfFont = o.shelf ? Math.min(o.viewFont, o.shelf.font) : o.viewFont;
  const withShelf = o.shelf !== undefined && fitOf(union) >= readable(shelfFont);
  const box = withShelf ? union : o.view;
  const floor = readable(withShelf ? shelfFont : o.viewFont);
  const zoom = Math.min(MAX_VIEW_ZOOM, Math.max(floor, fitOf(box)));
  // Per axis: centred when it fits, else on the focused role, else from the top (left) edge.
  const axis = (room: number, pad: number, lo: number, hi: number, focus?: number) =>
    pad +
    (zoom * (hi - lo) <= room
      ? room / 2 - (zoom * (lo + hi)) / 2
      : focus !== undefined
        ? room / 2 - zoom * focus
        : -zoom * lo);
  return {
    zoom,
    pan: {
      x: axis(w, VIEW_PAD.left, box.left, box.right, o.focus?.x),
      y: axis(h, VIEW_PAD.top, box.top, box.bottom, o.focus?.y),
    },
  };
}
