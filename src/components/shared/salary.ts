/** Salary band wording for the role panel and the comparison (figures from src/data/salary). */
import { formatBand as formatPayBand, type PayBand } from "../../data/salary.ts";

export function formatBand(band: PayBand, locale = "en-US"): string {
  return formatPayBand(band, true, locale);
}
