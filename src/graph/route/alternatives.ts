/**
 * The best route and up to k genuinely different alternatives, one exact search each.
 *
 * "Genuinely different": a route is skipped when its roles include all the roles of a route
 * already chosen (the same route, or the same route with a detour). The start role and the target
 * are on every route, so a route P differs from every chosen route A_1 … A_j exactly when, for
 * each A_i, P misses one of A_i's other roles. The next alternative is the best route with that
 * property, which is what exactSearch finds when given A_1 … A_j's other roles as `differFrom`
 * (its labels mark which of those roles their path has visited; see exact-search.ts). One search
 * per alternative, exact unless its budget runs out (after one runs out, the next get half as
 * much time: see below). In "skills" mode an alternative's proven lower bound is at least the
 * one before it: it is the best route under more constraints. A best route of one move has no other roles to
 * miss: no alternative exists and no further search is made.
 */
import { exactSearch, type SearchBudget } from "./exact-search.ts";
import type { PathKey, ProblemPath, RouteProblem } from "./problem.ts";

export interface RankedPath extends ProblemPath {
  key: PathKey;
  exact: boolean;
  lowerBound: number;
}

export interface AlternativesOptions {
  alternatives: number;
  /** Nodes that are not roles (a virtual start) and so do not count for "different". */
  ignoreNodes?: ReadonlySet<number>;
  /** Budget of the best route's search. */
  budget?: SearchBudget;
  /** Budget of each alternative's search. */
  alternativeBudget?: SearchBudget;
  /**
   * Time for the whole query, best route and alternatives (ms). Alternatives stop when it is
   * spent: fewer are returned, never a late answer.
   */
  totalMillis?: number;
}

export function rankedRoutes(problem: RouteProblem, options: AlternativesOptions): RankedPath[] {
  const deadline = now() + (options.totalMillis ?? Number.POSITIVE_INFINITY);
  const best = exactSearch(problem, {}, options.budget);
  if (!best) return [];
  const ignore = options.ignoreNodes ?? new Set<number>();
  const fixed = new Set([problem.start, problem.target, ...ignore]);
  const avoidable = (p: ProblemPath) => p.nodes.filter((n) => !fixed.has(n));
  const ranked: RankedPath[] = [
    { ...best.path, key: best.key, exact: best.exact, lowerBound: best.lowerBound },
  ];
  const budget = options.alternativeBudget ?? options.budget ?? {};
  let millis = budget.maxMillis ?? Number.POSITIVE_INFINITY;
  while (ranked.length <= options.alternatives) {
    const differFrom = ranked.map(avoidable);
    if (differFrom.some((nodes) => nodes.length === 0)) break;
    const left = deadline - now();
    if (left <= 0) break;
    const found = exactSearch(
      problem,
      { differFrom },
      { ...budget, maxMillis: Math.min(millis, left) },
    );
    if (!found) break;
    // Each alternative is the best route under more constraints than the one before, so its key
    // is no better: in "skills" mode, where the key is the learn count first, it needs at least
    // what that one was proven to need (in "steps" mode fewer moves come first and the learn
    // count may fall).
    const previous = ranked[ranked.length - 1] as RankedPath;
    const carried = problem.mode === "skills" ? previous.lowerBound : 0;
    ranked.push({
      ...found.path,
      key: found.key,
      exact: found.exact,
      lowerBound: Math.min(found.key.learn, Math.max(found.lowerBound, carried)),
    });
    // An alternative the budget cut short marks a hard query: its later alternatives (more
    // constrained still) almost never finish either (on the L bench, 1 query in 200 had one that
    // did), so they get half the time — still enough for the quick route a search finds first
    // on all but the hardest — and the query's latency is not three full budgets.
    if (!found.exact) millis = Math.min(millis, (budget.maxMillis ?? millis) / 2);
  }
  return ranked;
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
