/**
 * The best route and up to k genuinely different alternatives, with a bounded number of searches.
 *
 * "Genuinely different": a route is skipped when its roles include all the roles of a route
 * already chosen (the same route, or the same route with a detour). The start role and the target
 * are on every route, so a route P differs from every chosen route A_1 … A_j exactly when, for
 * each A_i, P avoids one of A_i's other roles. Hence the best such route is
 *   min over choices F = {r_1 ∈ A_1, …, r_j ∈ A_j} of the best route avoiding F,
 * each term one exact search with the nodes of F forbidden. When the number of choices is within
 * `maxSearchesPerAlternative` every one is searched and the alternative is exact; beyond it the
 * choices are tried in order (one role of the newest route at a time, nearest the target first)
 * until the cap, and the alternative is the best found. A best route of one move has no other
 * roles to avoid: no alternative exists and no further search is made.
 */
import { exactSearch, type SearchBudget } from "./exact-search.ts";
import { compareKeys, type PathKey, type ProblemPath, type RouteProblem } from "./problem.ts";

export interface RankedPath extends ProblemPath {
  key: PathKey;
  exact: boolean;
  lowerBound: number;
}

export interface AlternativesOptions {
  alternatives: number;
  /** Nodes that are not roles (a virtual start) and so do not count for "different". */
  ignoreNodes?: ReadonlySet<number>;
  /** Searches per alternative; beyond it the alternative is the best found (default 4). */
  maxSearchesPerAlternative?: number;
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
  const started = now();
  const deadline = started + (options.totalMillis ?? Number.POSITIVE_INFINITY);
  const best = exactSearch(problem, {}, options.budget);
  if (!best) return [];
  const ignore = options.ignoreNodes ?? new Set<number>();
  const fixed = new Set([problem.start, problem.target, ...ignore]);
  const avoidable = (p: ProblemPath) => p.nodes.filter((n) => !fixed.has(n));
  const cap = options.maxSearchesPerAlternative ?? 4;
  const ranked: RankedPath[] = [
    { ...best.path, key: best.key, exact: best.exact, lowerBound: best.lowerBound },
  ];
  const memo = new Map<string, RankedPath | null>();

  // A search cut off by a better candidate proves only "nothing better here", so it is not kept.
  const searchAvoiding = (forbidden: number[], cutoff?: PathKey): RankedPath | null => {
    const id = [...new Set(forbidden)].sort((a, b) => a - b).join(",");
    if (memo.has(id)) return memo.get(id) ?? null;
    const budget = options.alternativeBudget ?? options.budget ?? {};
    const left = deadline - now();
    const found = exactSearch(
      problem,
      { forbiddenNodes: new Set(forbidden), ...(cutoff ? { cutoff } : {}) },
      { ...budget, maxMillis: Math.min(budget.maxMillis ?? Number.POSITIVE_INFINITY, left) },
    );
    const result = found
      ? { ...found.path, key: found.key, exact: found.exact, lowerBound: found.lowerBound }
      : null;
    if (result || !cutoff) memo.set(id, result);
    return result;
  };

  while (ranked.length <= options.alternatives) {
    const choices = ranked.map((r) => avoidable(r).reverse());
    if (choices.some((c) => c.length === 0)) break;
    const total = choices.reduce((n, c) => n * c.length, 1);
    let winner: RankedPath | null = null;
    let searched = 0;
    let outOfTime = false;
    for (const forbidden of combinations(choices)) {
      if (searched >= cap) break;
      if (now() >= deadline) {
        outOfTime = true;
        break;
      }
      searched++;
      const found = searchAvoiding(forbidden, winner?.key);
      if (!found) continue;
      if (
        !winner ||
        compareKeys(problem.mode, found.key, winner.key) < 0 ||
        (compareKeys(problem.mode, found.key, winner.key) === 0 &&
          found.nodes.join(",") < winner.nodes.join(","))
      )
        winner = found;
    }
    if (!winner) break;
    ranked.push({ ...winner, exact: winner.exact && searched >= total && !outOfTime });
    if (outOfTime) break;
  }
  return ranked;
}

/** Every way to pick one element from each list, newest list varying fastest. */
function* combinations(lists: readonly (readonly number[])[]): Generator<number[]> {
  const index = lists.map(() => 0);
  for (;;) {
    yield index.map((i, j) => lists[j]?.[i] as number);
    let j = lists.length - 1;
    while (j >= 0 && (index[j] as number) + 1 >= (lists[j]?.length ?? 0)) {
      index[j] = 0;
      j--;
    }
    if (j < 0) return;
    index[j] = (index[j] as number) + 1;
  }
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
