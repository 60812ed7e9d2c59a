/**
 * Pure producers: `(args) => (state) => newState`. The app applies them; tests call them
 * without a DOM.
 */
import {
  type ExplorerState,
  type ItemFilter,
  MAX_COMPARE,
  MAX_TRAIL,
  type RouteQuery,
  type View,
} from "./types.ts";

export type Producer = (state: ExplorerState) => ExplorerState;

/** Focuses a node and appends it to the trail (revisiting cuts the trail back to it). */
export const focusNode =
  (id: string): Producer =>
  (state) => {
    const at = state.trail.indexOf(id);
    const trail = at >= 0 ? state.trail.slice(0, at + 1) : [...state.trail, id].slice(-MAX_TRAIL);
    return { ...state, view: "explore", focus: id, trail };
  };

/**
 * A node picked on the graph, in a list or by search. In Compare a role joins the comparison
 * (a compared one stays, a full comparison is left as it is) and the view stays; anything else
 * is focused in Explore.
 */
export const selectInView =
  (id: string, isRole: boolean): Producer =>
  (state) => {
    if (state.view !== "compare" || !isRole) return focusNode(id)(state);
    if (state.compare.includes(id) || state.compare.length >= MAX_COMPARE) return state;
    return { ...state, compare: [...state.compare, id] };
  };

/** What to announce after `selectInView(id)`, for a node called `label`. */
export function selectionNote(
  before: ExplorerState,
  after: ExplorerState,
  id: string,
  label: string,
): string {
  if (after.view !== "compare") return `${label} selected.`;
  if (before.compare.includes(id)) return `${label} is already in the comparison.`;
  if (after.compare.includes(id))
    return `${label} added to the comparison (${after.compare.length} of ${MAX_COMPARE}).`;
  return `${label} was not added: ${MAX_COMPARE} is the most that can be compared. Remove one first.`;
}

/** Esc: drops the focus but keeps the trail so the breadcrumb can bring it back. */
export const clearFocus = (): Producer => (state) => ({ ...state, focus: null });

export const showView =
  (view: View): Producer =>
  (state) => ({ ...state, view });

export const setRouteQuery =
  (patch: Partial<RouteQuery>): Producer =>
  (state) => ({
    ...state,
    view: "route",
    route: { ...state.route, ...patch, have: [...new Set(patch.have ?? state.route.have)] },
    routeChoice: 0,
  });

export const chooseRoute =
  (index: number): Producer =>
  (state) => ({ ...state, routeChoice: Math.max(0, Math.floor(index)) });

export const setCompare =
  (ids: readonly string[]): Producer =>
  (state) => ({ ...state, view: "compare", compare: [...new Set(ids)].slice(0, MAX_COMPARE) });

/** Adds a role to the comparison; when full, the oldest other role makes room. */
export const addToCompare =
  (id: string): Producer =>
  (state) => {
    if (state.compare.includes(id)) return { ...state, view: "compare" };
    const ids = [...state.compare, id];
    return { ...state, view: "compare", compare: ids.slice(-MAX_COMPARE) };
  };

export const removeFromCompare =
  (id: string): Producer =>
  (state) => ({ ...state, compare: state.compare.filter((c) => c !== id) });

export const setItemLayer =
  (items: boolean, filter?: ItemFilter): Producer =>
  (state) => ({ ...state, layer: { items, filter: filter ?? state.layer.filter } });

export function apply(state: ExplorerState, ...producers: Producer[]): ExplorerState {
  return producers.reduce((s, p) => p(s), state);
}
