import { describe, expect, it } from "vitest";
import { formatMoney, salaryRange } from "../../src/data/salary.ts";

describe("salary wording", () => {
  it("writes a band as a range, or one approximate figure", () => {
    expect(salaryRange({ min: 131158, max: 200000, currency: "USD" })).toBe("$131,158–$200,000");
    expect(salaryRange({ min: 137700, max: 137700, currency: "USD", approximate: true })).toBe(
      "≈ $137,700",
    );
  });

  it("shortens large figures only when asked", () => {
    expect(formatMoney(236000, "USD", true)).toBe("$236K");
    expect(formatMoney(236000, "USD")).toBe("$236,000");
    expect(formatMoney(95000, "USD", true)).toBe("$95,000");
  });
});
