/** The route or comparison on show as Markdown (the data menu's "copy as Markdown"). */
import type { CompareResult } from "../../graph/compare.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { RouteResult } from "../../graph/route/find-skill-route.ts";
import type { ExplorerState } from "../../state/types.ts";

export interface OnShow {
  graph: CareerGraph;
  state: ExplorerState;
  routes: RouteResult | null;
  comparison: CompareResult | null;
}

export async function markdownOf(
  what: "route" | "compare",
  { graph, state, routes, comparison }: OnShow,
): Promise<string | undefined> {
  // The format code loads on first use, so the first view stays light.
  const md = await import("../../data/formats/markdown.ts");
  const label = (id: string | null) =>
    id && graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : "";
  if (what === "compare") {
    const title = `Comparing ${state.compare.map(label).join(", ")}`;
    return comparison?.ok ? md.comparisonToMarkdown(comparison.comparison, title) : undefined;
  }
  const { from, to } = state.route;
  const title = `Route ${from ? `from ${label(from)} ` : ""}to ${label(to)}`;
  return routes ? md.routeToMarkdown(routes, title) : undefined;
}
