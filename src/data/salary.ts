/** Salary figures as people read them; shared by the CLI and the app. */
import type { SalaryBand } from "./schema.ts";

/** `$131,158`, or `$131K` when `compact` (for tight spaces such as chart labels). */
export function formatMoney(value: number, currency: string, compact = false): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
    notation: compact && value >= 100_000 ? "compact" : "standard",
  }).format(value);
}

/** `$131,158–$200,000`, or `≈ $137,700` for one approximate figure. */
export function salaryRange(
  band: Pick<SalaryBand, "min" | "max" | "currency" | "approximate">,
  compact = false,
): string {
  const money = (v: number) => formatMoney(v, band.currency, compact);
  if (band.min === band.max) return `${band.approximate ? "≈ " : ""}${money(band.min)}`;
  return `${money(band.min)}–${money(band.max)}`;
}
