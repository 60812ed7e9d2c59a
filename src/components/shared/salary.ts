/** Salary band wording for the role panel and the comparison (figures from src/data/salary). */
import { salaryRange } from "../../data/salary.ts";
import type { SalaryBand } from "../../data/schema.ts";

export function formatBand(band: SalaryBand): string {
  return `${salaryRange(band, true)} / year${band.kind === "total-compensation" ? " (total compensation)" : ""}`;
}
