/**
 * The query string is the shareable state:
 *   ?role=<role>                                  focus (also a skill or tool)
 *   ?from=<role>&to=<role>[&have=a,b][&mode=steps][&lateral=no][&secondary=1][&alt=<n>]   route
 *                                                 (secondary=1: nice-to-have items count too;
 *                                                 alt=n: the n-th alternative on show, n ≥ 1)
 *   ?compare=<role>,<role>[,…]                    comparison
 *   ?view=about                                   the "About this data" view
 *   ?view=path                                    "My path" (the person's skills, fit and plan)
 *   &mine=no                                      a route that ignores the person's own skills
 *   &skills=a,b                                   skills shared in a link ("share with my skills"),
 *                                                 offered to the person, never added unasked
 *   ?data=<id>                                    the data set, when the app has a catalog
 *                                                 (left out for the first, default, one)
 * Each <role> is an id or a label/alias; names are resolved against the graph later
 * (`resolveUrlQuery`), so parsing and encoding need no graph.
 *
 * A link is untrusted input: each name is cut to MAX_NAME characters (no label is longer) and a
 * list to MAX_LIST names, so a pasted 100 KB value cannot stall the page. With a prefix (two
 * explorers on one page, `url-prefix="b-"`) every parameter name carries it: `b-role`, `b-data`.
 */
import type { ExplorerState, RouteMode } from "./types.ts";

export interface UrlQuery {
  role?: string;
  from?: string;
  to?: string;
  have?: string[];
  mode?: RouteMode;
  lateral?: boolean;
  secondary?: boolean;
  /** The alternative route on show (1, 2, …); absent for the best route. */
  alt?: number;
  compare?: string[];
  about?: boolean;
  path?: boolean;
  /** false: the route leaves the person's profile out. */
  mine?: boolean;
  skills?: string[];
  /** A catalog entry's id; only owned (and written) when the app has a catalog. */
  data?: string;
}

/** Longest name read from a link (labels are at most 200 characters). */
export const MAX_NAME = 200;
/** Most names read from one list parameter (`have`, `compare`). */
export const MAX_LIST = 1_000;
/** Highest alternative read from a link (the finder offers a few; anything past is noise). */
export const MAX_ALT = 9;

const list = (value: string | null) =>
  (value ?? "")
    .split(",", MAX_LIST * 2)
    .map((s) => s.trim().slice(0, MAX_NAME))
    .filter(Boolean)
    .slice(0, MAX_LIST);

export function parseUrlQuery(search: string, prefix = ""): UrlQuery {
  const all = new URLSearchParams(search);
  const params = { get: (name: string) => all.get(`${prefix}${name}`) };
  const query: UrlQuery = {};
  const text = (name: string) => params.get(name)?.trim().slice(0, MAX_NAME) || undefined;
  const role = text("role");
  if (role) query.role = role;
  const from = text("from");
  if (from) query.from = from;
  const to = text("to");
  if (to) query.to = to;
  const have = list(params.get("have"));
  if (have.length) query.have = have;
  if (params.get("mode") === "steps") query.mode = "steps";
  if (params.get("lateral") === "no") query.lateral = false;
  if (params.get("secondary") === "1") query.secondary = true;
  const alt = params.get("alt")?.trim() ?? "";
  if (/^[1-9]$/.test(alt) && Number(alt) <= MAX_ALT) query.alt = Number(alt);
  const compare = list(params.get("compare"));
  if (compare.length) query.compare = compare;
  if (params.get("view") === "about") query.about = true;
  if (params.get("view") === "path") query.path = true;
  if (params.get("mine") === "no") query.mine = false;
  const skills = list(params.get("skills"));
  if (skills.length) query.skills = skills;
  const data = text("data");
  if (data) query.data = data;
  return query;
}

/** Commas inside names stay readable; everything else is encoded as usual. */
const encode = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ",");

export function encodeUrlQuery(query: UrlQuery, prefix = ""): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${prefix}${name}=${encode(value)}`);
  if (query.data) add("data", query.data);
  if (query.role) add("role", query.role);
  if (query.from) add("from", query.from);
  if (query.to) add("to", query.to);
  if (query.have?.length) add("have", query.have.join(","));
  if (query.mode === "steps") add("mode", "steps");
  if (query.lateral === false) add("lateral", "no");
  if (query.secondary) add("secondary", "1");
  if (query.alt && query.alt >= 1) add("alt", String(Math.floor(query.alt)));
  if (query.compare?.length) add("compare", query.compare.join(","));
  if (query.about) add("view", "about");
  if (query.path) add("view", "path");
  if (query.mine === false) add("mine", "no");
  if (query.skills?.length) add("skills", query.skills.join(","));
  return parts.length ? `?${parts.join("&")}` : "";
}

/** The part of the state worth sharing, for the current view. */
export function queryOfState(state: ExplorerState): UrlQuery {
  const query = viewQuery(state);
  if (state.shared.length) query.skills = [...state.shared];
  return query;
}

function viewQuery(state: ExplorerState): UrlQuery {
  switch (state.view) {
    case "explore":
      return state.focus ? { role: state.focus } : {};
    case "route": {
      const { from, to, have, mode, allowLateral, withSecondary } = state.route;
      const q: UrlQuery = {};
      if (from) q.from = from;
      if (to) q.to = to;
      if (have.length) q.have = [...have];
      if (mode === "steps") q.mode = "steps";
      if (!allowLateral) q.lateral = false;
      if (withSecondary) q.secondary = true;
      if (state.routeChoice >= 1) q.alt = state.routeChoice;
      if (!state.route.useProfile) q.mine = false;
      return q;
    }
    case "compare":
      return state.compare.length ? { compare: [...state.compare] } : {};
    case "about":
      return { about: true };
    case "path":
      return { path: true };
  }
}

/** The parameters this scheme owns; anything else in the query string belongs to the page. */
export const OWN_PARAMS = [
  "role",
  "from",
  "to",
  "have",
  "mode",
  "lateral",
  "secondary",
  "alt",
  "compare",
  "view",
  "mine",
  "skills",
];

/** With a catalog the app owns `data` too; an embedded single data set leaves it to the page. */
export const CATALOG_PARAMS = [...OWN_PARAMS, "data"];

/**
 * The page's query string with this app's part replaced by `query`, keeping parameters that
 * belong to the embedding page (in their order, before ours).
 */
export function mergeUrlQuery(
  currentSearch: string,
  query: UrlQuery,
  owned: readonly string[] = OWN_PARAMS,
  prefix = "",
): string {
  const others = [...new URLSearchParams(currentSearch)].filter(
    ([k]) => !(k.startsWith(prefix) && owned.includes(k.slice(prefix.length))),
  );
  const foreign = others.map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`);
  const own = encodeUrlQuery(query, prefix).replace(/^\?/, "");
  const parts = [...foreign, ...(own ? [own] : [])];
  return parts.length ? `?${parts.join("&")}` : "";
}
