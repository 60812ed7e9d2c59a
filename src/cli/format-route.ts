/** Human and JSON output of a route. Pure: the CLI prints what these return. */
import type { LearnItem, Route, RouteResult, RouteStep } from "../graph/route/find-skill-route.ts";
import { plural, wrap } from "./text.ts";

const VIA: Record<RouteStep["via"], string> = {
  start: "where you start",
  entry: "entry role",
  progression: "next job",
  overlap: "lateral move",
};

export function formatRouteText(result: RouteResult, title: string): string {
  if (!result.ok) return `No route. ${result.reason}`;
  const lines = [title, ""];
  result.route.steps.forEach((step, i) => {
    const news =
      step.learn.length > 0
        ? ` — ${plural(step.learn.length, "new item")}, running total ${step.total}`
        : "";
    lines.push(`${String(i + 1).padStart(2)}. ${step.label} (${VIA[step.via]})${news}`);
    if (step.learn.length === 0 && i > 0) lines.push("      nothing new to learn");
    for (const [heading, items] of groupLearn(step.learn)) {
      lines.push(
        ...wrap(`${heading} (${items.length}): ${items.join(", ")}`, 96, "      ", "        "),
      );
    }
    if (step.niceToHave.length > 0)
      lines.push(
        ...wrap(
          `nice to have (${step.niceToHave.length}): ${step.niceToHave.map(itemText).join(", ")}`,
          96,
          "      ",
          "        ",
        ),
      );
  });
  lines.push("", summary(result.route));
  if (result.alternatives.length > 0) {
    lines.push("", "Alternatives:");
    result.alternatives.forEach((alt, i) => {
      lines.push(`  ${String.fromCharCode(65 + i)}. ${alt.steps.map((s) => s.label).join(" → ")}`);
      lines.push(`     ${summary(alt)}`);
    });
  }
  return lines.join("\n");
}

/** "core skills", "core tools", "secondary skills", "secondary tools", in that order. */
function groupLearn(learn: RouteStep["learn"]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const importance of ["core", "secondary"] as const) {
    for (const kind of ["skill", "tool"] as const) {
      const labels = learn
        .filter((l) => l.importance === importance && l.kind === kind)
        .map(itemText);
      if (labels.length > 0) groups.set(`${importance} ${kind}s`, labels);
    }
  }
  return [...groups];
}

/** "AWS (one of: cloud platform; Azure or Google Cloud Platform would do)" */
function itemText(item: LearnItem): string {
  if (!item.group) return item.label;
  const others = item.group.alternatives.map((a) => a.label);
  return others.length
    ? `${item.label} (${item.group.label}: ${others.join(" or ")} would do too)`
    : item.label;
}

function summary(route: Route): string {
  const total = `Total: ${plural(route.learnCount, "skill or tool", "skills and tools")} to learn in ${plural(route.moves, "move")}.`;
  return route.exact
    ? total
    : `${total} Best found within the time budget; at least ${plural(route.lowerBound, "item")} are needed.`;
}

/** The documented JSON shape: steps from start to target inclusive, and alternatives. */
export function routeJson(result: RouteResult) {
  const steps = (route: Route) =>
    route.steps.map((s) => ({
      id: s.id,
      label: s.label,
      via: s.via,
      learn: s.learn.map(learnJson),
      niceToHave: s.niceToHave.map(learnJson),
      covered: s.covered,
      total: s.total,
    }));
  if (!result.ok) return { steps: [], alternatives: [], noRoute: result.reason };
  return {
    steps: steps(result.route),
    learnCount: result.route.learnCount,
    moves: result.route.moves,
    exact: result.route.exact,
    lowerBound: result.route.lowerBound,
    alternatives: result.alternatives.map((alt) => ({
      steps: steps(alt),
      learnCount: alt.learnCount,
      moves: alt.moves,
      exact: alt.exact,
      lowerBound: alt.lowerBound,
    })),
  };
}

function learnJson(l: LearnItem) {
  return {
    id: l.id,
    label: l.label,
    kind: l.kind,
    importance: l.importance,
    ...(l.group
      ? { oneOf: { group: l.group.label, alternatives: l.group.alternatives.map((a) => a.id) } }
      : {}),
  };
}
