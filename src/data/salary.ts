/** Pay figures as people read them, in the data set's currency, period and locale; shared by the CLI and the app. */
import type { PayPeriod, SalaryBand } from "./schema.ts";

/** A band with its currency and period resolved from the vocabulary (see graph/build.ts). */
export type PayBand = SalaryBand & { currency: string; period: PayPeriod };

export interface PayFormat {
  locale?: string;
}

/** `$131,158`, or `$131K` when `compact` (for tight spaces such as chart labels); `cents` forces `$15.00`. */
export function formatMoney(
  value: number,
  currency: string,
  compact = false,
  locale = "en-US",
  cents = false,
): string {
  const whole = Number.isInteger(value) && !cents;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
    notation: compact && value >= 100_000 ? "compact" : "standard",
  }).format(value);
}

/** `$131,158–$200,000`, or `≈ $137,700` for one approximate figure. */
export function salaryRange(
  band: Pick<SalaryBand, "min" | "max" | "approximate"> & { currency: string },
  compact = false,
  locale = "en-US",
): string {
  // "£13.50–£15.00", not "£13.50–£15": both ends alike.
  const cents = !Number.isInteger(band.min) || !Number.isInteger(band.max);
  const money = (v: number) => formatMoney(v, band.currency, compact, locale, cents);
  if (band.min === band.max) return `${band.approximate ? "≈ " : ""}${money(band.min)}`;
  return `${money(band.min)}–${money(band.max)}`;
}

export const PERIOD_WORD: Record<PayPeriod, string> = {
  year: "year",
  month: "month",
  hour: "hour",
};

/** `$131K–$200K / year (total compensation)` */
export function formatBand(band: PayBand, compact = true, locale = "en-US"): string {
  const kind = band.kind === "total-compensation" ? " (total compensation)" : "";
  return `${salaryRange(band, compact, locale)} / ${PERIOD_WORD[band.period]}${kind}`;
}

/** The role's bands; the graph builder has filled in currency and period. */
export function payBands(role: { salary?: SalaryBand[] | undefined }): PayBand[] {
  return (role.salary ?? []) as PayBand[];
}
