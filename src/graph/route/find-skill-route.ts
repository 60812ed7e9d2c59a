/**
 * Shortest skill route from where a person is to a target role.
 *
 * Start: a role (they hold everything it requires), skills/tools they have, or both. With no
 * start role the route begins at an entry role: one that no progression edge leads into, since
 * senior roles are not hired into from outside their ladder.
 * Moves: progression edges forward and, when `allowLateral`, overlap edges either way.
 * Cost ("skills" mode): the number of skills and tools to learn along the whole route, each
 * role asking only for what the person does not hold yet; ties go to fewer moves. "steps" mode
 * minimises moves first, then learning.
 */
import type { CareerGraph, Importance, Item } from "../model.ts";
import { byKindThenLabel, isItem, isRole, nodeLabel } from "../model.ts";
import { rankedRoutes } from "./alternatives.ts";
import type { Arc, ProblemPath, RouteMode, RouteProblem, Via } from "./problem.ts";
import { movesOf, routingIndex } from "./routing-index.ts";

export interface RouteRequest {
  /** Start role id. */
  from?: string;
  /** Skill and tool ids the person already has. */
  have?: readonly string[];
  /** Target role id. */
  to: string;
  mode?: RouteMode;
  allowLateral?: boolean;
  /** How many alternatives besides the best route (0 to 3). */
  alternatives?: number;
}

export interface LearnItem extends Item {
  importance: Importance;
}

export interface RouteStep {
  id: string;
  label: string;
  /** How this role is reached: the start role, an entry role, or a move along an edge. */
  via: "start" | Via;
  learn: LearnItem[];
  /** Items learned so far, this step included. */
  total: number;
}

export interface Route {
  steps: RouteStep[];
  learnCount: number;
  moves: number;
}

export type RouteResult =
  | { ok: true; route: Route; alternatives: Route[] }
  | { ok: false; reason: string };

export function findSkillRoute(graph: CareerGraph, request: RouteRequest): RouteResult {
  const mode = request.mode ?? "skills";
  const allowLateral = request.allowLateral ?? true;
  const problemError = checkRequest(graph, request);
  if (problemError) return { ok: false, reason: problemError };

  const index = routingIndex(graph);
  const { roles, roleIndex, itemBit, requirements } = index;
  const masks = [...index.masks];
  const arcs: Arc[][] = movesOf(index, allowLateral);
  const virtual = roles.length;
  let haveMask = 0n;
  for (const id of request.have ?? []) haveMask |= itemBit.get(id) ?? 0n;
  let start = virtual;
  if (request.from !== undefined) start = roleIndex.get(request.from) as number;
  else {
    masks.push(0n);
    arcs.push(index.entries.map((to) => ({ to, via: "entry" })));
  }
  const problem: RouteProblem = {
    masks,
    arcs,
    start,
    target: roleIndex.get(request.to) as number,
    startMask: haveMask | (masks[start] ?? 0n),
    mode,
  };

  const ranked = rankedRoutes(problem, {
    alternatives: Math.max(0, Math.min(3, request.alternatives ?? 3)),
    ignoreNodes: new Set([virtual]),
  });
  const [best, ...rest] = ranked;
  if (!best) return { ok: false, reason: unreachableReason(graph, request, allowLateral) };

  const toRoute = (path: ProblemPath): Route => {
    let held = problem.startMask;
    let total = 0;
    const steps: RouteStep[] = [];
    path.nodes.forEach((node, i) => {
      if (node === virtual) return;
      const id = roles[node] as string;
      const learn = (requirements[node] ?? [])
        .filter((req) => ((itemBit.get(req.id) ?? 0n) & held) === 0n)
        .map(({ id, label, kind, importance }) => ({ id, label, kind, importance }))
        .sort(byImportanceThenLabel);
      held |= masks[node] ?? 0n;
      total += learn.length;
      const via = i === 0 ? "start" : (path.vias[i - 1] as Via);
      steps.push({ id, label: nodeLabel(graph, id), via, learn, total });
    });
    return { steps, learnCount: total, moves: steps.length - 1 };
  };
  return { ok: true, route: toRoute(best), alternatives: rest.map(toRoute) };
}

function byImportanceThenLabel(a: LearnItem, b: LearnItem): number {
  if (a.importance !== b.importance) return a.importance === "core" ? -1 : 1;
  return byKindThenLabel(a, b);
}

function checkRequest(graph: CareerGraph, request: RouteRequest): string | undefined {
  const isRoleId = (id: string) => graph.hasNode(id) && isRole(graph.getNodeAttributes(id));
  if (!isRoleId(request.to)) return `"${request.to}" is not a role in this graph.`;
  if (request.from !== undefined && !isRoleId(request.from))
    return `"${request.from}" is not a role in this graph.`;
  for (const id of request.have ?? []) {
    if (!graph.hasNode(id) || !isItem(graph.getNodeAttributes(id)))
      return `"${id}" is not a skill or tool in this graph.`;
  }
  return undefined;
}

function unreachableReason(
  graph: CareerGraph,
  request: RouteRequest,
  allowLateral: boolean,
): string {
  const to = nodeLabel(graph, request.to);
  const from = request.from ? nodeLabel(graph, request.from) : "an entry role";
  if (!allowLateral) {
    const lateral = findSkillRoute(graph, { ...request, allowLateral: true, alternatives: 0 });
    if (lateral.ok)
      return `No route from ${from} to ${to} using progression moves only. Allow lateral moves to go through adjacent roles.`;
  }
  const into = new Set<string>();
  graph.forEachInboundEdge(request.to, (_key, edge, source, target) => {
    const other = source === request.to ? target : source;
    if (edge.kind === "progression" || (edge.kind === "overlap" && allowLateral))
      into.add(nodeLabel(graph, other));
  });
  const lead =
    into.size > 0
      ? `${to} is reached only from ${[...into].sort().join(", ")}, `
      : `Nothing leads into ${to}, `;
  return `No route from ${from} to ${to}: ${lead}and no chain of ${allowLateral ? "progression or lateral" : "progression"} moves connects ${from} to ${into.size > 0 ? "them" : "it"}.`;
}
