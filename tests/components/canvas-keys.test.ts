import { describe, expect, it } from "vitest";
import { firstSpot, nextSpot } from "../../src/components/cp-graph-view/canvas-keys.ts";

// A 3 × 2 grid of boxes, 200 apart across and 100 down, plus one off to the lower right.
const spots = [
  { id: "a", x: 0, y: 0 },
  { id: "b", x: 200, y: 0 },
  { id: "c", x: 400, y: 0 },
  { id: "d", x: 0, y: 100 },
  { id: "e", x: 200, y: 100 },
  { id: "f", x: 400, y: 100 },
  { id: "g", x: 700, y: 400 },
];
const at = (id: string) => {
  const spot = spots.find((s) => s.id === id);
  if (!spot) throw new Error(`no spot ${id}`);
  return spot;
};

describe("moving the canvas cursor", () => {
  it("goes to the nearest box straight ahead", () => {
    expect(nextSpot(spots, at("a"), "ArrowRight")?.id).toBe("b");
    expect(nextSpot(spots, at("b"), "ArrowDown")?.id).toBe("e");
    expect(nextSpot(spots, at("e"), "ArrowLeft")?.id).toBe("d");
    expect(nextSpot(spots, at("f"), "ArrowUp")?.id).toBe("c");
  });

  it("prefers a box in line over a nearer one off to the side, and stops at the edge", () => {
    expect(nextSpot(spots, at("c"), "ArrowRight")?.id).toBe("g");
    expect(nextSpot(spots, at("a"), "ArrowLeft")).toBeNull();
    expect(nextSpot(spots, at("a"), "ArrowUp")).toBeNull();
  });

  it("starts on the preferred box when shown, else the top-left one", () => {
    expect(firstSpot(spots, "e")?.id).toBe("e");
    expect(firstSpot(spots, "missing")?.id).toBe("a");
    expect(firstSpot([], null)).toBeNull();
  });
});
