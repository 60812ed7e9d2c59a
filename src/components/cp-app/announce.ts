/** What the live region says about the route on show. */
import type { RouteResult } from "../../graph/route/find-skill-route.ts";
import type { ExplorerState } from "../../state/types.ts";

export function announcementFor(state: ExplorerState, result: RouteResult | null): string {
  if (!state.route.to || !result) return "";
  if (!result.ok) return `No route. ${result.reason}`;
  const routes = [result.route, ...result.alternatives];
  const route = routes[state.routeChoice] ?? result.route;
  const last = route.steps.at(-1)?.label ?? "the target";
  const alt = routes.length > 1 ? ` ${routes.length - 1} alternative routes available.` : "";
  return `Route to ${last}: ${route.steps.length} roles, ${route.moves} moves, ${route.learnCount} skills and tools to learn.${alt}`;
}
