/** Human output of a role comparison. Pure: the CLI prints what this returns. */

import type { PayBand } from "../data/salary.ts";
import { salaryRange } from "../data/salary.ts";
import type { RoleComparison } from "../graph/compare.ts";
import type { Item } from "../graph/model.ts";
import { wrap } from "./text.ts";

export function formatBand(band: PayBand): string {
  const range = `${salaryRange(band)} / ${band.period}`;
  const kind =
    band.kind === "total-compensation" && !/compensation/i.test(band.level)
      ? ", total compensation"
      : "";
  return `${range} (${band.level}${kind}; ${(band.sources ?? []).map((s) => ("seed" in s ? s.seed : s.dataset)).join(", ") || "document sources"})`;
}

const list = (items: Item[]) => (items.length ? items.map((i) => i.label).join(", ") : "—");

export function formatComparisonText(c: RoleComparison): string {
  const labels = c.roles.map((r) => r.label);
  const names = labels.map((l, i) => `[${i + 1}] ${l}`);
  const width = Math.max(...names.map((n) => n.length));
  const cell = (s: string) => s.padStart(7);
  const lines = [`Comparing ${labels.join(", ")}`, ""];
  lines.push("Similarity (weighted overlap of skills and tools)");
  lines.push(`${"".padEnd(width)}${c.roles.map((_, i) => cell(`[${i + 1}]`)).join("")}`);
  names.forEach((name, i) => {
    lines.push(
      `${name.padEnd(width)}${(c.similarity[i] ?? []).map((p) => cell(`${p}%`)).join("")}`,
    );
  });
  lines.push("", `Shared by all (${c.shared.length}): ${list(c.shared)}`);
  const some = c.sharedBySome;
  if (some.length > 0) {
    lines.push(`Shared by some (${some.length}):`);
    for (const { item, roles } of some) {
      const who = roles.map((id) => c.roles.find((r) => r.id === id)?.label ?? id);
      lines.push(`  ${item.label}: ${who.join(", ")}`);
    }
  }
  for (const r of c.roles) {
    const only = c.unique[r.id] ?? [];
    lines.push(...wrap(`Only ${r.label} (${only.length}): ${list(only)}`, 100, "", "  "));
  }
  lines.push("", "Salary (per year)");
  for (const r of c.roles) {
    if (r.salary.length === 0) lines.push(`  ${r.label}: no figure in the sources`);
    for (const band of r.salary) lines.push(`  ${r.label}: ${formatBand(band)}`);
  }
  lines.push("", "Transitions between them");
  const name = (id: string) => c.roles.find((r) => r.id === id)?.label ?? id;
  if (c.transitions.length === 0) lines.push("  none directly");
  for (const t of c.transitions) {
    lines.push(
      t.kind === "progression"
        ? `  ${name(t.source)} → ${name(t.target)} (usual next job)`
        : `  ${name(t.source)} ↔ ${name(t.target)} (adjacent roles, lateral move)`,
    );
  }
  return lines.join("\n");
}
