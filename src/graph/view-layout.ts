/**
 * What the canvas draws when the graph is too big to draw whole, as plain boxes and edges in
 * model units: an overview of tracks × levels, one cell's roles, a focused role with its ladder
 * and related roles, or a set of roles (a route, a comparison, the roles asking for an item).
 *
 * Each layout is a pure function of the graph and a view key; `layoutView` memoises them per
 * graph, so the renderer never lays out during a render and a revisited view costs nothing.
 */

import { layoutFocus } from "./layout-focus.ts";
import { layoutCell, layoutOverview } from "./layout-overview.ts";
import { layoutRoleSet } from "./layout-role-set.ts";
import type { CareerGraph } from "./model.ts";
import type { ViewLayout } from "./view-boxes.ts";

export type GraphView =
  /** Every role, as `layoutRoles` places them (graphs of up to MAX_ROLES_DRAWN_WHOLE roles). */
  | { kind: "whole" }
  | { kind: "overview" }
  | { kind: "cell"; track: string; level: string | null }
  | { kind: "focus"; role: string }
  /** `chain`: the roles are a route, drawn in order; `linked`: draw the edges between them. */
  | { kind: "roles"; roles: string[]; chain: boolean; linked: boolean; what: string };

export function viewKey(view: GraphView): string {
  return JSON.stringify(view);
}

const cache = new WeakMap<CareerGraph, Map<string, ViewLayout>>();
const CACHE_SIZE = 64;

/** The layout of a view, computed once per graph and view key. */
export function layoutView(
  graph: CareerGraph,
  view: Exclude<GraphView, { kind: "whole" }>,
): ViewLayout {
  let perGraph = cache.get(graph);
  if (!perGraph) {
    perGraph = new Map();
    cache.set(graph, perGraph);
  }
  const key = viewKey(view);
  const hit = perGraph.get(key);
  if (hit) return hit;
  const layout = computeView(graph, view);
  if (perGraph.size >= CACHE_SIZE) perGraph.delete(perGraph.keys().next().value as string);
  perGraph.set(key, layout);
  return layout;
}

function computeView(graph: CareerGraph, view: Exclude<GraphView, { kind: "whole" }>): ViewLayout {
  switch (view.kind) {
    case "overview":
      return layoutOverview(graph);
    case "cell":
      return layoutCell(graph, view.track, view.level);
    case "focus":
      return layoutFocus(graph, view.role);
    case "roles":
      return layoutRoleSet(graph, view.roles, view);
  }
}
