/**
 * The best route and up to k genuinely different alternatives.
 *
 * Yen's k-shortest simple paths (J. Y. Yen, "Finding the K Shortest Loopless Paths in a Network",
 * Management Science 17(11), 1971) with the exact search as its spur solver. Yen's argument holds
 * for this cost because the spur search starts holding everything the root path taught, so
 * root + best spur is the best path with that root. Paths therefore come out in key order.
 *
 * "Genuinely different": a path is skipped when its roles include all the roles of a route
 * already chosen (the same route, or the same route with a detour). The first path that passes
 * is the best such path, because later paths never cost less and the filter only grows.
 */
import { arcId, exactSearch } from "./exact-search.ts";
import {
  compareKeys,
  type PathKey,
  type ProblemPath,
  pathKey,
  type RouteProblem,
} from "./problem.ts";

export interface RankedPath extends ProblemPath {
  key: PathKey;
}

export interface AlternativesOptions {
  alternatives: number;
  /** Nodes that are not roles (a virtual start) and so do not count for "different". */
  ignoreNodes?: ReadonlySet<number>;
  /** Upper bound on paths Yen's method enumerates, so a dense graph cannot stall the UI. */
  maxPaths?: number;
}

export function rankedRoutes(problem: RouteProblem, options: AlternativesOptions): RankedPath[] {
  const best = exactSearch(problem);
  if (!best) return [];
  const rank = (p: ProblemPath): RankedPath => ({ ...p, key: pathKey(problem, p.nodes) });
  const ignore = options.ignoreNodes ?? new Set<number>();
  const roleSet = (p: ProblemPath) => new Set(p.nodes.filter((n) => !ignore.has(n)));

  const found: RankedPath[] = [rank(best)];
  const accepted: RankedPath[] = [rank(best)];
  const acceptedSets = [roleSet(best)];
  const candidates = new Map<string, RankedPath>();
  const maxPaths = options.maxPaths ?? 200;

  while (accepted.length <= options.alternatives && found.length < maxPaths) {
    const last = found[found.length - 1] as RankedPath;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const root = last.nodes.slice(0, i + 1);
      const forbiddenArcs = new Set<string>();
      for (const p of found) {
        if (p.nodes.length > i + 1 && root.every((n, j) => p.nodes[j] === n))
          forbiddenArcs.add(arcId(p.nodes[i] as number, p.nodes[i + 1] as number));
      }
      const path = exactSearch(problem, {
        root,
        rootVias: last.vias.slice(0, i),
        forbiddenNodes: new Set(root.slice(0, -1)),
        forbiddenArcs,
      });
      if (path) {
        const id = path.nodes.join(",");
        if (!candidates.has(id) && !found.some((p) => p.nodes.join(",") === id))
          candidates.set(id, rank(path));
      }
    }
    const next = cheapest(problem, candidates);
    if (!next) break;
    candidates.delete(next.nodes.join(","));
    found.push(next);
    const roles = roleSet(next);
    if (!acceptedSets.some((set) => [...set].every((n) => roles.has(n)))) {
      accepted.push(next);
      acceptedSets.push(roles);
    }
  }
  return accepted;
}

function cheapest(
  problem: RouteProblem,
  candidates: Map<string, RankedPath>,
): RankedPath | undefined {
  let best: RankedPath | undefined;
  for (const candidate of candidates.values()) {
    if (!best) best = candidate;
    else {
      const order = compareKeys(problem.mode, candidate.key, best.key);
      if (order < 0 || (order === 0 && candidate.nodes.join(",") < best.nodes.join(",")))
        best = candidate;
    }
  }
  return best;
}
