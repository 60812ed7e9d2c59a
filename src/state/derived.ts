/**
 * What the explorer shows that is computed from the graph and the state rather than stored: the
 * route on show, what the graph highlights and the comparison. Computed here, once per change of
 * what each depends on, so `render` only reads, and a re-render for an unrelated reason (a toast,
 * an announcement, the bottom sheet) hands the children the very same objects: the graph view
 * does not redraw or refit, the compare view does not recompute.
 */
import type { CompareResult, compareRoles } from "../graph/compare.ts";
import type { CareerGraph } from "../graph/model.ts";
import type { Route, RouteResult } from "../graph/route/find-skill-route.ts";
import { type GraphHighlight, highlightFor } from "./highlight.ts";
import type { ExplorerState } from "./types.ts";

/** The person's side of the picture: items in their profile and the roles ready next. */
export interface Personal {
  have: readonly string[];
  frontier: readonly string[];
}

export interface Derived {
  /** The route the state chose among the result's best and alternatives; null without one. */
  route: Route | null;
  highlight: GraphHighlight;
  /**
   * The roles compared, while the compare view shows two or more; else null. Also null until
   * the comparing code is at hand (it loads with the compare view, not with the first view).
   */
  comparison: CompareResult | null;
}

/** src/graph/compare.ts's compareRoles, passed in once its module has loaded. */
export type CompareRoles = typeof compareRoles;

export type Derive = (
  graph: CareerGraph,
  state: ExplorerState,
  routes: RouteResult | null,
  personal?: Personal,
  compareRoles?: CompareRoles,
) => Derived;

const NOBODY: Personal = { have: [], frontier: [] };

/** The route on show: the chosen alternative, or the best when the choice is out of range. */
export function chosenRoute(result: RouteResult | null, choice: number): Route | null {
  if (!result?.ok) return null;
  return [result.route, ...result.alternatives][choice] ?? result.route;
}

/**
 * A memoised `derive` (one per explorer: each keeps its own last answers). Dependencies are
 * compared by identity (the graph, the route from the worker) or by value (state slices), so a
 * new but equal state object reuses the last answer.
 */
export function createDerive(): Derive {
  const highlight = remember<GraphHighlight>();
  const comparison = remember<CompareResult | null>();
  return (graph, state, routes, personal = NOBODY, compareRoles) => {
    const route = chosenRoute(routes, state.routeChoice);
    const { view, focus, compare, layer, route: query, routeChoice } = state;
    const comparing = view === "compare" && compare.length >= 2;
    return {
      route,
      highlight: highlight(
        [
          graph,
          route,
          JSON.stringify([view, focus, compare, layer, query, routeChoice]),
          personal.have.join("\n"),
          personal.frontier.join("\n"),
        ],
        () => highlightFor(graph, state, route, personal),
      ),
      comparison: comparison([graph, comparing && compare.join("\n"), compareRoles], () =>
        comparing && compareRoles ? compareRoles(graph, compare) : null,
      ),
    };
  };
}

/** The last answer, recomputed only when one of its dependencies differs. */
function remember<R>(): (deps: readonly unknown[], compute: () => R) => R {
  let last: { deps: readonly unknown[]; value: R } | undefined;
  return (deps, compute) => {
    const same =
      last?.deps.length === deps.length && deps.every((d, i) => Object.is(d, last?.deps[i]));
    if (!same || !last) last = { deps, value: compute() };
    return last.value;
  };
}
