import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitClear, revealViewport } from "../../src/components/cp-graph-view/view-reveal.ts";

const canvas = { width: 920, height: 660 };
const pad = { top: 12, right: 72, bottom: 12, left: 12 };
const view = { zoom: 0.7, pan: { x: 100, y: 50 } };
/** A role box (168 × 64) centred on a model point. */
const role = (x: number, y: number) => ({
  left: x - 84,
  right: x + 84,
  top: y - 32,
  bottom: y + 32,
});
const onScreen = (v: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
  x: v.pan.x + v.zoom * x,
  y: v.pan.y + v.zoom * y,
});

describe("revealing a focus without losing the user's view", () => {
  it("keeps the viewport when the focus is already on screen", () => {
    expect(revealViewport(view, canvas, pad, role(300, 300))).toBeNull();
  });

  it("pans just enough to bring an off-screen focus to the edge, without zooming", () => {
    const next = revealViewport(view, canvas, pad, role(1400, 300));
    expect(next).not.toBeNull();
    if (!next) return;
    expect(next.zoom).toBe(view.zoom);
    expect(next.pan.y).toBe(view.pan.y);
    // The box's right edge lands exactly at the room's right edge.
    expect(onScreen(next, 1484, 0).x).toBeCloseTo(canvas.width - pad.right, 6);
  });

  it("zooms out only when the focus cannot fit at the current zoom", () => {
    const wide = { left: 0, right: 3000, top: 0, bottom: 100 };
    const next = revealViewport(view, canvas, pad, wide);
    expect(next?.zoom).toBeCloseTo((canvas.width - pad.left - pad.right) / 3000, 6);
  });

  it("pans towards what is wanted only as far as keeps the focus in view", () => {
    const focus = role(300, 100);
    const shelf = { left: 200, right: 400, top: 1200, bottom: 1500 };
    const next = revealViewport(view, canvas, pad, focus, shelf);
    if (!next) throw new Error("expected a move");
    expect(onScreen(next, 300, 100 - 32).y).toBeCloseTo(pad.top, 6);
  });

  it("always leaves the focus inside the room (any canvas, any focus)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 1600 }),
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: -2000, max: 4000 }),
        (width, height, x, y, shelfTop) => {
          const c = { width, height };
          const focus = role(x, y);
          const shelf = { left: x - 300, right: x + 300, top: shelfTop, bottom: shelfTop + 400 };
          const v = revealViewport(view, c, pad, focus, shelf) ?? view;
          const a = onScreen(v, focus.left, focus.top);
          const b = onScreen(v, focus.right, focus.bottom);
          expect(a.x).toBeGreaterThanOrEqual(pad.left - 1e-6);
          expect(a.y).toBeGreaterThanOrEqual(pad.top - 1e-6);
          expect(b.x).toBeLessThanOrEqual(width - pad.right + 1e-6);
          expect(b.y).toBeLessThanOrEqual(height - pad.bottom + 1e-6);
        },
      ),
    );
  });
});

describe("fitting clear of the zoom buttons", () => {
  const graph = { left: -84, right: 1000, top: 0, bottom: 700 };
  it("keeps every box out of a button row at the top of a phone-sized canvas", () => {
    const phone = { width: 375, height: 185 };
    const buttons = { left: 255, top: 8, right: 367, bottom: 40 };
    const v = fitClear(graph, phone, 12, buttons, 1.3);
    const topLeft = onScreen(v, graph.left, graph.top);
    const bottomRight = onScreen(v, graph.right, graph.bottom);
    const clearBelow = topLeft.y >= buttons.bottom;
    const clearBeside = bottomRight.x <= buttons.left;
    expect(clearBelow || clearBeside).toBe(true);
    expect(bottomRight.y).toBeLessThanOrEqual(phone.height - 12 + 1e-6);
  });

  it("keeps a desktop fit beside the button column and never zooms past the cap", () => {
    const buttons = { left: 861, top: 12, right: 908, bottom: 122 };
    const v = fitClear(graph, canvas, 28, buttons, 1.3);
    expect(onScreen(v, graph.right, 0).x).toBeLessThanOrEqual(buttons.left);
    expect(fitClear(role(0, 0), canvas, 28, buttons, 1.3).zoom).toBe(1.3);
  });
});
