import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_VIEW_ZOOM,
  MIN_LABEL_PX,
  VIEW_PAD,
  viewportFor,
} from "../../src/components/cp-graph-view/view-fit.ts";

const overview = { left: 0, right: 1314, top: 0, bottom: 1034 };
/** Where a model point lands on screen. */
const onScreen = (v: ReturnType<typeof viewportFor>, x: number, y: number) => ({
  x: v.pan.x + v.zoom * x,
  y: v.pan.y + v.zoom * y,
});

describe("fitting a big graph's view", () => {
  it("fits the O*NET overview into the 1280×800 canvas with labels over 11 px", () => {
    const v = viewportFor({ canvas: { width: 920, height: 735 }, view: overview, viewFont: 19 });
    expect(19 * v.zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    const topLeft = onScreen(v, overview.left, overview.top);
    const bottomRight = onScreen(v, overview.right, overview.bottom);
    expect(topLeft.x).toBeGreaterThanOrEqual(VIEW_PAD.left - 0.01);
    expect(topLeft.y).toBeGreaterThanOrEqual(VIEW_PAD.top - 0.01);
    expect(bottomRight.x).toBeLessThanOrEqual(920 - VIEW_PAD.right + 0.01);
    expect(bottomRight.y).toBeLessThanOrEqual(735 - VIEW_PAD.bottom + 0.01);
  });

  it("never zooms out below readable labels, and keeps the focused role in the middle then", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 11, max: 24 }),
        (width, height, font) => {
          const view = { left: -900, right: 900, top: -700, bottom: 700 };
          const v = viewportFor({
            canvas: { width, height },
            view,
            viewFont: font,
            focus: { x: 0, y: 0 },
          });
          expect(font * v.zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX);
          expect(v.zoom).toBeLessThanOrEqual(MAX_VIEW_ZOOM);
          const focus = onScreen(v, 0, 0);
          expect(focus.x).toBeGreaterThan(0);
          expect(focus.x).toBeLessThan(width);
          expect(focus.y).toBeGreaterThan(0);
          expect(focus.y).toBeLessThan(height);
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });

  it("starts at the top left when a view without a focus is too big to fit", () => {
    const v = viewportFor({ canvas: { width: 375, height: 300 }, view: overview, viewFont: 19 });
    expect(onScreen(v, overview.left, overview.top)).toEqual({ x: VIEW_PAD.left, y: VIEW_PAD.top });
  });

  it("leaves a long item shelf out of the fit rather than shrinking the view below readable", () => {
    const shelf = { extent: { left: 0, right: 1314, top: 1150, bottom: 3200 }, font: 15 };
    const alone = viewportFor({
      canvas: { width: 920, height: 735 },
      view: overview,
      viewFont: 19,
    });
    const withShelf = viewportFor({
      canvas: { width: 920, height: 735 },
      view: overview,
      viewFont: 19,
      shelf,
    });
    expect(withShelf).toEqual(alone);
    const shortShelf = { extent: { left: 0, right: 400, top: 300, bottom: 400 }, font: 15 };
    const small = { left: 0, right: 400, top: 0, bottom: 200 };
    const v = viewportFor({
      canvas: { width: 920, height: 735 },
      view: small,
      viewFont: 15,
      shelf: shortShelf,
    });
    expect(onScreen(v, 0, 400).y).toBeLessThanOrEqual(735 - VIEW_PAD.bottom + 0.01);
  });
});
