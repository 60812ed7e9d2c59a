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
