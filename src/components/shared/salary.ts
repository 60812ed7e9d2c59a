/** Salary formatting shared by the role panel and the comparison. */
import type { SalaryBand } from "../../data/schema.ts";

export function formatMoney(value: number, currency: string): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
    notation: value >= 100_000 ? "compact" : "standard",
  }).format(value);
}

export function formatBand(band: SalaryBand): string {
  const range =
    band.min === band.max
      ? `${band.approximate ? "≈ " : ""}${formatMoney(band.min, band.currency)}`
      : `${formatMoney(band.min, band.currency)} – ${formatMoney(band.max, band.currency)}`;
  return `${range} / year${band.kind === "total-compensation" ? " (total compensation)" : ""}`;
}
