/**
 * The learning plan as Markdown: a checklist per step ([x] done, [~] learning, [ ] to learn) with
 * progress and the person's notes, for a notes app, a ticket or a 1:1 with a manager.
 */
import { escapeMarkdown } from "../data/formats/markdown.ts";
import { type Plan, planProgress, statusOf } from "./profile.ts";

const MARK = { done: "[x]", learning: "[~]", todo: "[ ]" } as const;

function quoted(text: string): string[] {
  return text.split(/\r?\n/).map((line) => `  > ${escapeMarkdown(line)}`);
}

export function planToMarkdown(
  plan: Plan,
  have: ReadonlySet<string>,
  label: (id: string) => string,
  title: string,
): string {
  const progress = planProgress(plan, have);
  const lines = [
    `# ${escapeMarkdown(title)}`,
    "",
    `Target: **${escapeMarkdown(label(plan.to))}**${plan.from ? ` · from ${escapeMarkdown(label(plan.from))}` : ""}`,
    "",
    `Progress: ${progress.done} of ${progress.total} done${progress.learning ? `, ${progress.learning} learning` : ""}.`,
    "",
  ];
  plan.steps.forEach((step, i) => {
    const sp = progress.steps[i];
    lines.push(
      `## ${i + 1}. ${escapeMarkdown(label(step.role))} (${sp?.done ?? 0} of ${sp?.total ?? 0} done)`,
      "",
    );
    const roleNote = plan.notes[step.role];
    if (roleNote) lines.push(...quoted(roleNote).map((l) => l.slice(2)), "");
    if (!step.items.length) lines.push("Nothing new to learn.", "");
    for (const item of step.items) {
      lines.push(`- ${MARK[statusOf(plan, have, item)]} ${escapeMarkdown(label(item))}`);
      const note = plan.notes[item];
      if (note) lines.push(...quoted(note));
    }
    lines.push("");
  });
  lines.push("[x] done · [~] learning · [ ] to learn", "");
  return lines.join("\n");
}
