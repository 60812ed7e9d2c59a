/**
 * Turns a parsed query string into state against a graph: names become ids; unknown names are
 * dropped and reported (with suggestions) so the page still opens. Reports stay few and short
 * whatever the link holds: names are quoted clipped, many unknown items make one message, and
 * a comparison of more roles than fit says which were kept.
 */
import type { NodeKind } from "../data/schema.ts";
import { findNode } from "../graph/lookup.ts";
import type { CareerGraph } from "../graph/model.ts";
import { chooseRoute, focusNode, setCompare, setRouteQuery, showView } from "./producers.ts";
import { type ExplorerState, MAX_COMPARE } from "./types.ts";
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
      .map((s) => clip(s.label))
      .join(", ");
    warnings.push(`No ${what} called “${clip(name)}”.${hint ? ` Did you mean ${hint}?` : ""}`);
    return null;
  };
  /** Resolves a list; more than one unknown name makes one message, not one each. */
  const resolveAll = (names: string[], kinds: NodeKind[], what: string, whats: string) => {
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const found = findNode(graph, name, kinds);
      if (found.ok) ids.push(found.id);
      else unknown.push(name);
    }
    if (unknown.length === 1) resolve(unknown[0] as string, kinds, what);
    else if (unknown.length > 1) {
      const some = unknown.slice(0, 3).map((n) => `“${clip(n, 40)}”`);
      const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
      warnings.push(
        `${unknown.length} ${whats} in the link are not in this data set: ${some.join(", ")}${more}.`,
      );
    }
    return ids;
  };

  let state: ExplorerState = { ...base, view: "explore", focus: null };
  if (query.compare) {
    const ids = [...new Set(resolveAll(query.compare, ["role"], "role", "roles"))];
    if (ids.length > MAX_COMPARE)
      warnings.push(
        `Only ${MAX_COMPARE} roles can be compared at once: comparing the first ${MAX_COMPARE} of the ${ids.length} in the link.`,
      );
    state = setCompare(ids)(state);
  } else if (query.from || query.to || query.have) {
    state = setRouteQuery({
      from: query.from ? resolve(query.from, ["role"], "role") : null,
      to: query.to ? resolve(query.to, ["role"], "role") : null,
      have: resolveAll(query.have ?? [], ["skill", "tool"], "skill or tool", "skills or tools"),
      mode: query.mode ?? "skills",
      allowLateral: query.lateral ?? true,
      withSecondary: query.secondary ?? false,
      useProfile: query.mine ?? true,
    })(state);
    // Kept as asked: a link to an alternative the route no longer has shows the best route.
    if (query.alt) state = chooseRoute(query.alt)(state);
  } else if (query.role) {
    const id = resolve(query.role, ["role", "skill", "tool"], "role");
    if (id) state = focusNode(id)(state);
  } else if (query.about) {
    state = showView("about")(state);
  } else if (query.path) {
    state = showView("path")(state);
  }
  const shared = resolveAll(
    query.skills ?? [],
    ["skill", "tool"],
    "skill or tool",
    "skills or tools",
  );
  state = { ...state, shared: [...new Set(shared)] };
  return { state, warnings };
}

function clip(name: string, max = 60): string {
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}
