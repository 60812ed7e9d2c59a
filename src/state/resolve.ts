/**
 * Turns a parsed query string into state against a graph: names become ids; unknown names are
 * dropped and reported (with suggestions) so the page still opens.
 */
import type { NodeKind } from "../data/schema.ts";
import { findNode } from "../graph/lookup.ts";
import type { CareerGraph } from "../graph/model.ts";
import { focusNode, setCompare, setRouteQuery, showView } from "./producers.ts";
import type { ExplorerState } from "./types.ts";
import type { UrlQuery } from "./url.ts";

export interface ResolveResult {
  state: ExplorerState;
  /** One sentence per name that matched nothing, e.g. `No role called "foo". Did you mean …?` */
  warnings: string[];
}

export function resolveUrlQuery(
  graph: CareerGraph,
  query: UrlQuery,
  base: ExplorerState,
): ResolveResult {
  const warnings: string[] = [];
  const resolve = (name: string, kinds: NodeKind[], what: string): string | null => {
    const found = findNode(graph, name, kinds);
    if (found.ok) return found.id;
    const hint = found.suggestions
      .slice(0, 3)
      .map((s) => s.label)
      .join(", ");
    warnings.push(`No ${what} called “${name}”.${hint ? ` Did you mean ${hint}?` : ""}`);
    return null;
  };

  let state: ExplorerState = { ...base, view: "explore", focus: null };
  if (query.compare) {
    const ids = query.compare
      .map((n) => resolve(n, ["role"], "role"))
      .filter((id): id is string => id !== null);
    state = setCompare(ids)(state);
  } else if (query.from || query.to || query.have) {
    state = setRouteQuery({
      from: query.from ? resolve(query.from, ["role"], "role") : null,
      to: query.to ? resolve(query.to, ["role"], "role") : null,
      have: (query.have ?? [])
        .map((n) => resolve(n, ["skill", "tool"], "skill or tool"))
        .filter((id): id is string => id !== null),
      mode: query.mode ?? "skills",
      allowLateral: query.lateral ?? true,
      withSecondary: query.secondary ?? false,
    })(state);
  } else if (query.role) {
    const id = resolve(query.role, ["role", "skill", "tool"], "role");
    if (id) state = focusNode(id)(state);
  } else if (query.about) {
    state = showView("about")(state);
  }
  return { state, warnings };
}
