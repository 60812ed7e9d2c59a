import { describe, expect, it } from "vitest";
import { wrapText } from "../../src/components/cp-salary-chart/cp-salary-chart.ts";

describe("salary captions wrap instead of being cut", () => {
  it("breaks a long caption at spaces and keeps every word", () => {
    const level = "Total Compensation (Including Stock Options and Bonuses) for senior staff";
    const lines = wrapText(level, 30);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines.join(" ")).toBe(level);
  });

  it("keeps a short caption on one line", () => {
    expect(wrapText("Mid-level (3-6 years)", 48)).toEqual(["Mid-level (3-6 years)"]);
  });

  it("breaks a word longer than a line without losing characters", () => {
    const lines = wrapText("Supercalifragilisticexpialidocious pay", 10);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.join("").replace(/ /g, "")).toBe("Supercalifragilisticexpialidociouspay");
  });
});
