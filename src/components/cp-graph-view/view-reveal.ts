/**
 * Camera moves for the whole graph that respect the user's own view. A click never re-fits:
 * the viewport stays as it is unless what must be seen (the new focus, a route's roles) is off
 * screen, and then it pans just enough to bring it in; it zooms out only when that cannot fit
 * at the current zoom. The first fit keeps clear of the zoom buttons. Pure, so it is tested
 * without a browser; all extents are in model units, rectangles on screen in CSS px.
 */
import type { Extent } from "./view-fit.ts";

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Pad {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Canvas {
  width: number;
  height: number;
}

/** Moves under half a pixel are no moves. */
const STILL = 0.5;

/** Where on screen a model interval lands, and the room it has, on one axis. */
interface Axis {
  pan: number;
  lo: number;
  hi: number;
  roomLo: number;
  roomHi: number;
}

/** The shift along one axis that brings [lo, hi] into the room (0 when it is already in). */
function shiftIn(a: Axis, zoom: number): number {
  const start = a.pan + zoom * a.lo;
  const end = a.pan + zoom * a.hi;
  if (start < a.roomLo) return a.roomLo - start;
  if (end > a.roomHi) return Math.max(a.roomHi - end, a.roomLo - start);
  return 0;
}

/**
 * The viewport that shows `need` (and as much of `want` as keeps `need` in view), moved as
 * little as possible from `current`; null when `current` already shows `need` and `want`.
 * With `want`, the camera pans towards it only within what keeps `need` on screen.
 */
export function revealViewport(
  current: Viewport,
  canvas: Canvas,
  pad: Pad,
  need: Extent,
  want?: Extent,
): Viewport | null {
  const room = { w: canvas.width - pad.left - pad.right, h: canvas.height - pad.top - pad.bottom };
  let zoom = current.zoom;
  const fits = Math.min(
    room.w / (need.right - need.left || 1),
    room.h / (need.bottom - need.top || 1),
  );
  let pan = { ...current.pan };
  if (fits < zoom) {
    // Too big to show at this zoom: zoom out around its centre, just enough.
    zoom = fits;
    pan = {
      x: pad.left + room.w / 2 - (zoom * (need.left + need.right)) / 2,
      y: pad.top + room.h / 2 - (zoom * (need.top + need.bottom)) / 2,
    };
  }
  const axes = (e: Extent, p: { x: number; y: number }): [Axis, Axis] => [
    { pan: p.x, lo: e.left, hi: e.right, roomLo: pad.left, roomHi: canvas.width - pad.right },
    { pan: p.y, lo: e.top, hi: e.bottom, roomLo: pad.top, roomHi: canvas.height - pad.bottom },
  ];
  const [nx, ny] = axes(need, pan);
  pan = { x: pan.x + shiftIn(nx, zoom), y: pan.y + shiftIn(ny, zoom) };
  if (want) {
    // Towards `want`, but never so far that `need` leaves the room.
    const [wx, wy] = axes(want, pan);
    const [kx, ky] = axes(need, pan);
    const clampShift = (shift: number, keep: Axis) => {
      const most = keep.roomHi - (keep.pan + zoom * keep.hi);
      const least = keep.roomLo - (keep.pan + zoom * keep.lo);
      return Math.min(Math.max(shift, least), most);
    };
    pan = {
      x: pan.x + clampShift(shiftIn(wx, zoom), kx),
      y: pan.y + clampShift(shiftIn(wy, zoom), ky),
    };
  }
  const moved =
    Math.abs(zoom - current.zoom) > 1e-6 ||
    Math.abs(pan.x - current.pan.x) > STILL ||
    Math.abs(pan.y - current.pan.y) > STILL;
  return moved ? { zoom, pan } : null;
}

/**
 * Fits `extent` into the canvas with `pad` around it, keeping clear of the control block at
 * `controls` (a screen rectangle in a corner): either a strip beside it or one below it is
 * given up, whichever leaves the bigger zoom. The zoom is capped at `maxZoom`.
 */
export function fitClear(
  extent: Extent,
  canvas: Canvas,
  pad: number,
  controls: { left: number; top: number; right: number; bottom: number } | undefined,
  maxZoom: number,
): Viewport {
  const base: Pad = { top: pad, right: pad, bottom: pad, left: pad };
  const pads: Pad[] = controls
    ? [
        { ...base, right: Math.max(pad, canvas.width - controls.left + 8) },
        { ...base, top: Math.max(pad, controls.bottom + 8) },
      ]
    : [base];
  const w = extent.right - extent.left || 1;
  const h = extent.bottom - extent.top || 1;
  const zoomFor = (p: Pad) =>
    Math.min((canvas.width - p.left - p.right) / w, (canvas.height - p.top - p.bottom) / h);
  const best = pads.reduce((a, b) => (zoomFor(b) > zoomFor(a) ? b : a));
  const zoom = Math.max(1e-3, Math.min(maxZoom, zoomFor(best)));
  const roomW = canvas.width - best.left - best.right;
  const roomH = canvas.height - best.top - best.bottom;
  return {
    zoom,
    pan: {
      x: best.left + roomW / 2 - (zoom * (extent.left + extent.right)) / 2,
      y: best.top + roomH / 2 - (zoom * (extent.top + extent.bottom)) / 2,
    },
  };
}
