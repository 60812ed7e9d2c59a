/**
 * A route and a comparison as Markdown, for pasting into a ticket, a chat or a career plan.
 * Pure: the route finder and the compare view copy or download what these return. Labels come
 * from the data, so Markdown's special characters in them are escaped (a label never turns into
 * a link, a table cell break or raw HTML).
 */
import type { PayBand } from "../salary.ts";
import { formatBand } from "../salary.ts";

interface Item {
  id: string;
  label: string;
  kind: string;
  members?: Item[];
}
interface LearnItem extends Item {
  importance: string;
  group?: { label: string; alternatives: Item[] };
}
interface Step {
  label: string;
  via: string;
  learn: LearnItem[];
  niceToHave: LearnItem[];
  total: number;
}
interface Route {
  steps: Step[];
  learnCount: number;
  moves: number;
  exact: boolean;
}
/** Structurally the route finder's RouteResult (src/graph/route), kept local so data/ stays below graph/. */
export type RouteResultLike =
  | { ok: true; route: Route; alternatives: Route[] }
  | { ok: false; reason: string };
/** Structurally RoleComparison (src/graph/compare.ts). */
export interface ComparisonLike {
  roles: { id: string; label: string; salary: PayBand[] }[];
  shared: Item[];
  unique: Record<string, Item[]>;
  similarity: number[][];
  transitions: { kind: string; source: string; target: string }[];
}

const VIA: Record<string, string> = {
  start: "where you start",
  entry: "entry role",
  progression: "next job",
  overlap: "lateral move",
};

/** Escapes what Markdown would read as markup; pipes too, so labels are safe in table cells. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&").replace(/\r?\n/g, " ");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function itemText(item: LearnItem | Item): string {
  const own = escapeMarkdown(item.label);
  const group = (item as LearnItem).group;
  if (group && group.alternatives.length > 0)
    return `${own} (${escapeMarkdown(group.label)}: ${group.alternatives.map((a) => escapeMarkdown(a.label)).join(", ")} would do too)`;
  if (item.members?.length)
    return `one of: ${item.members.map((m) => escapeMarkdown(m.label)).join(" · ")}`;
  return own;
}

export function routeToMarkdown(result: RouteResultLike, title: string): string {
  if (!result.ok)
    return `# ${escapeMarkdown(title)}\n\nNo route. ${escapeMarkdown(result.reason)}\n`;
  const lines = [`# ${escapeMarkdown(title)}`, ""];
  result.route.steps.forEach((step, i) => {
    const news = step.learn.length
      ? ` — ${plural(step.learn.length, "new item")}, running total ${step.total}`
      : "";
    lines.push(`${i + 1}. **${escapeMarkdown(step.label)}** (${VIA[step.via] ?? step.via})${news}`);
    for (const importance of ["core", "secondary"]) {
      const items = step.learn.filter((l) => l.importance === importance);
      if (items.length) lines.push(`   - learn (${importance}): ${items.map(itemText).join(", ")}`);
    }
    if (step.niceToHave.length)
      lines.push(`   - nice to have: ${step.niceToHave.map(itemText).join(", ")}`);
  });
  lines.push("", summary(result.route));
  if (result.alternatives.length) {
    lines.push("", "## Alternatives", "");
    for (const alt of result.alternatives)
      lines.push(`- ${alt.steps.map((s) => escapeMarkdown(s.label)).join(" → ")}: ${summary(alt)}`);
  }
  return `${lines.join("\n")}\n`;
}

function summary(route: Route): string {
  const total = `**Total:** ${plural(route.learnCount, "skill or tool")} to learn in ${plural(route.moves, "move")}.`;
  return route.exact
    ? total
    : `${total} (best found within the time budget; a shorter route may exist)`;
}

export function comparisonToMarkdown(comparison: ComparisonLike, title: string): string {
  const { roles } = comparison;
  const name = (id: string) => escapeMarkdown(roles.find((r) => r.id === id)?.label ?? id);
  const lines = [`# ${escapeMarkdown(title)}`, "", "## Similarity", ""];
  lines.push(`| | ${roles.map((r) => escapeMarkdown(r.label)).join(" | ")} |`);
  lines.push(`|---|${roles.map(() => "---:").join("|")}|`);
  roles.forEach((r, i) => {
    const row = comparison.similarity[i] ?? [];
    lines.push(
      `| ${escapeMarkdown(r.label)} | ${roles.map((_, j) => `${row[j] ?? 0}%`).join(" | ")} |`,
    );
  });
  lines.push("", "## Shared by all", "");
  lines.push(
    comparison.shared.length
      ? comparison.shared.map((i) => `- ${itemText(i)}`).join("\n")
      : "- nothing",
  );
  lines.push("", "## Only in one role", "");
  for (const role of roles) {
    const unique = comparison.unique[role.id] ?? [];
    lines.push(
      `- **${escapeMarkdown(role.label)}**: ${unique.length ? unique.map(itemText).join(", ") : "nothing"}`,
    );
  }
  if (roles.some((r) => r.salary.length)) {
    lines.push("", "## Pay", "");
    for (const role of roles)
      for (const band of role.salary)
        lines.push(
          `- **${escapeMarkdown(role.label)}** (${escapeMarkdown(band.level)}): ${formatBand(band, false)}`,
        );
  }
  if (comparison.transitions.length) {
    lines.push("", "## Moves between them", "");
    for (const t of comparison.transitions)
      lines.push(
        `- ${name(t.source)} ${t.kind === "progression" ? "→" : "↔"} ${name(t.target)} (${t.kind === "progression" ? "next job" : "adjacent"})`,
      );
  }
  return `${lines.join("\n")}\n`;
}
