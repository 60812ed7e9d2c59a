import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDigits } from "../../src/graph/vocabulary.ts";

describe("groupDigits", () => {
  it("writes whole numbers as en-US toLocaleString does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString("en-US"));
      }),
    );
    expect(groupDigits(923)).toBe("923");
    expect(groupDigits(1234567)).toBe("1,234,567");
  });
});
