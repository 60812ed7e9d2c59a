import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  DARK_SURFACE,
  LIGHT_SURFACE,
  legibleOn,
  MIN_CONTRAST,
  paletteColour,
  trackColour,
} from "../../src/graph/track-colours.ts";

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`);

describe("track colours", () => {
  it("derives colours that pass contrast on the light and the dark surface", () => {
    for (let i = 0; i < 30; i++) {
      const { light, dark } = paletteColour(i);
      expect(contrastRatio(light, LIGHT_SURFACE)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrastRatio(dark, DARK_SURFACE)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it("makes any declared colour legible in both schemes, and keeps one that already is", () => {
    fc.assert(
      fc.property(hex, fc.option(hex, { nil: undefined }), fc.nat(40), (color, colorDark, i) => {
        const { light, dark } = trackColour(i, { color, colorDark });
        expect(contrastRatio(light, LIGHT_SURFACE)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(contrastRatio(dark, DARK_SURFACE)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }),
    );
    expect(legibleOn("#2457c5", LIGHT_SURFACE)).toBe("#2457c5");
  });
});
