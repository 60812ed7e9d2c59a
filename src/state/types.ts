/**
 * UI state of the explorer. Hover, focus, route and comparison live here and are applied by
 * the renderer as classes; they are never written into the graph.
 */
export type View = "explore" | "route" | "compare" | "path" | "about";
export type RouteMode = "skills" | "steps";
export type ItemFilter = "all" | "skill" | "tool";

export interface RouteQuery {
  /** Start role id, or null to start from an entry role. */
  from: string | null;
  to: string | null;
  /** Skill and tool ids the person already has. */
  have: string[];
  mode: RouteMode;
  allowLateral: boolean;
  /** Count secondary ("nice to have") requirements in the route's cost too. */
  withSecondary: boolean;
  /** Start from the person's own skills (their profile) as well as `have`. */
  useProfile: boolean;
}

export interface ExplorerState {
  view: View;
  /** The focused node: a role, skill or tool id. */
  focus: string | null;
  /** Nodes visited by focusing them, oldest first; the last entry is the focus. */
  trail: string[];
  route: RouteQuery;
  /** Index of the route on show: 0 is the best, 1… the alternatives. */
  routeChoice: number;
  /** 0 to 4 role ids being compared. */
  compare: string[];
  /** The optional layer with every skill and tool. */
  layer: { items: boolean; filter: ItemFilter };
  /** Skills and tools a shared link carries (`skills=`), offered for adding to the profile. */
  shared: string[];
}

export const MAX_COMPARE = 4;
export const MAX_TRAIL = 12;

export function initialState(): ExplorerState {
  return {
    view: "explore",
    focus: null,
    trail: [],
    route: {
      from: null,
      to: null,
      have: [],
      mode: "skills",
      allowLateral: true,
      withSecondary: false,
      useProfile: true,
    },
    routeChoice: 0,
    compare: [],
    layer: { items: false, filter: "all" },
    shared: [],
  };
}
