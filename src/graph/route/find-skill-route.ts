/**
 * Shortest skill route from where a person is to a target role.
 *
 * Start: a role (they hold everything it requires), skills/tools they have, or both. With no
 * start role the route begins at an entry role: one that no progression edge leads into, since
 * senior roles are not hired into from outside their ladder.
 * Moves: progression edges forward and, when `allowLateral`, overlap edges either way.
 * Cost ("skills" mode): the number of skills and tools to learn along the whole route, each
 * role asking only for what the person does not hold yet; ties go to fewer moves. "steps" mode
 * minimises moves first, then learning. Only core requirements count unless `withSecondary`;
 * secondary ones are listed per step as nice to have. A "one of" group costs one item when no
 * member is held: the route picks a member the route needs anyway, else the fewest items that
 * meet all its open groups (route/problem.ts defines the cost exactly).
 */
import type { CareerGraph, Importance, Item } from "../model.ts";
import { byKindThenLabel, isItem, isRole, nodeLabel } from "../model.ts";
import type { Requirement } from "../requirements.ts";
import { type RankedPath, rankedRoutes } from "./alternatives.ts";
import type { SearchBudget } from "./exact-search.ts";
import { minimumHittingSet } from "./hitting-set.ts";
import {
  type Arc,
  pathGroups,
  pathMask,
  type RouteMode,
  type RouteProblem,
  unmetGroups,
  type Via,
} from "./problem.ts";
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
  /** Count secondary ("nice to have") requirements too; by default only core ones count. */
  withSecondary?: boolean;
  /** How many alternatives besides the best route (0 to 3). */
  alternatives?: number;
  /** Budget of the best route's search (default: 600 ms, 300,000 labels). */
  budget?: SearchBudget;
  /** Time for the whole query, alternatives included (default 1 s). */
  totalMillis?: number;
}

export interface LearnItem extends Item {
  importance: Importance;
  /** When the item meets a "one of" group: the group's name and the members that would do too. */
  group?: { label: string; alternatives: Item[] };
}

export interface RouteStep {
  id: string;
  label: string;
  /** How this role is reached: the start role, an entry role, or a move along an edge. */
  via: "start" | Via;
  learn: LearnItem[];
  /** Secondary requirements not held, listed but not counted (unless withSecondary). */
  niceToHave: LearnItem[];
  /** Counted requirements of this role the person already meets on arrival. */
  covered: number;
  /** Items learned so far, this step included. */
  total: number;
}

export interface Route {
  steps: RouteStep[];
  learnCount: number;
  moves: number;
  /** False when the search budget ran out: the route is the best found, not proven best. */
  exact: boolean;
  /** Proven lower bound on the items any route needs (equals learnCount when exact). */
  lowerBound: number;
}

export type RouteResult =
  | { ok: true; route: Route; alternatives: Route[] }
  | { ok: false; reason: string };

export const DEFAULT_BUDGET: SearchBudget = { maxMillis: 600, maxLabels: 300_000 };
export const DEFAULT_TOTAL_MILLIS = 1000;

export function findSkillRoute(graph: CareerGraph, request: RouteRequest): RouteResult {
  const mode = request.mode ?? "skills";
  const allowLateral = request.allowLateral ?? true;
  const withSecondary = request.withSecondary ?? false;
  const problemError = checkRequest(graph, request);
  if (problemError) return { ok: false, reason: problemError };

  const index = routingIndex(graph);
  const { roles, roleIndex, itemIndex, requirements } = index;
  const counted = withSecondary ? index.all : index.core;
  const { masks, groupMasks } = counted;
  const arcs: (readonly Arc[])[] = [...movesOf(index, allowLateral)];
  const virtual = roles.length;
  let haveMask = index.maskOf(request.have ?? []);
  let start = virtual;
  let startGroups = 0n;
  if (request.from !== undefined) {
    start = roleIndex.get(request.from) as number;
    // Someone in the start role holds everything it requires, nice-to-haves included.
    haveMask |= index.all.masks[start] ?? 0n;
    startGroups = index.all.groupMasks[start] ?? 0n;
  } else arcs.push(index.entries.map((to) => ({ to, via: "entry" })));
  // A group is also met from the start when the person holds one of its members.
  index.groups.forEach((members, g) => {
    if ((members & haveMask) !== 0n) startGroups |= 1n << BigInt(g);
  });
  const problem: RouteProblem = {
    masks,
    groupMasks,
    groups: index.groups,
    arcs,
    start,
    target: roleIndex.get(request.to) as number,
    startMask: haveMask | (masks[start] ?? 0n),
    startGroups,
    mode,
  };

  const budget = request.budget ?? DEFAULT_BUDGET;
  const ranked = rankedRoutes(problem, {
    alternatives: Math.max(0, Math.min(3, request.alternatives ?? 3)),
    ignoreNodes: new Set([virtual]),
    budget,
    alternativeBudget: {
      maxMillis: Math.min(budget.maxMillis ?? 100, 100),
      maxLabels: budget.maxLabels ?? 300_000,
    },
    totalMillis: request.totalMillis ?? DEFAULT_TOTAL_MILLIS,
  });
  const [best, ...rest] = ranked;
  if (!best) return { ok: false, reason: unreachableReason(graph, request, allowLateral) };

  const toRoute = (path: RankedPath): Route => {
    const items = pathMask(problem, path.nodes);
    const chosen = minimumHittingSet(
      unmetGroups(problem, pathGroups(problem, path.nodes), items),
    ).choice;
    const bitOf = (id: string) => {
      const i = itemIndex.get(id);
      return i === undefined ? 0n : 1n << BigInt(i);
    };
    let held = problem.startMask;
    let met = startGroups;
    let total = 0;
    const steps: RouteStep[] = [];
    // The member to learn for a group: one the route needs anyway, else the hitting set's pick.
    const pick = (unit: Requirement): Item => {
      const members = unit.members ?? [];
      return (
        members.find((m) => (bitOf(m.id) & items) !== 0n) ??
        members.find((m) => (bitOf(m.id) & chosen) !== 0n) ??
        (members[0] as Item)
      );
    };
    const asLearn = (unit: Requirement): LearnItem => {
      if (!unit.members) {
        const { id, label, kind, importance } = unit;
        return { id, label, kind, importance };
      }
      const member = pick(unit);
      return {
        ...member,
        importance: unit.importance,
        group: { label: unit.label, alternatives: unit.members.filter((m) => m.id !== member.id) },
      };
    };
    const isMet = (unit: Requirement) =>
      unit.members
        ? ((index.groupBit.get(unit.id) ?? 0n) & met) !== 0n ||
          unit.members.some((m) => (bitOf(m.id) & held) !== 0n)
        : (bitOf(unit.id) & held) !== 0n;
    path.nodes.forEach((node, i) => {
      if (node === virtual) return;
      const id = roles[node] as string;
      const units = requirements[node] ?? [];
      const countedUnits = units.filter((u) => withSecondary || u.importance === "core");
      const learn: LearnItem[] = [];
      let covered = 0;
      for (const unit of countedUnits) {
        if (isMet(unit)) {
          covered++;
          continue;
        }
        const item = asLearn(unit);
        learn.push(item);
        held |= bitOf(item.id);
        if (unit.members) met |= index.groupBit.get(unit.id) ?? 0n;
      }
      const niceToHave = units
        .filter((u) => !withSecondary && u.importance === "secondary" && !isMet(u))
        .map(asLearn);
      total += learn.length;
      const via = i === 0 ? "start" : (path.vias[i - 1] as Via);
      steps.push({
        id,
        label: nodeLabel(graph, id),
        via,
        learn: learn.sort(byImportanceThenLabel),
        niceToHave: niceToHave.sort(byImportanceThenLabel),
        covered,
        total,
      });
    });
    return {
      steps,
      learnCount: total,
      moves: steps.length - 1,
      exact: path.exact,
      lowerBound: path.lowerBound,
    };
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
    const lateral = findSkillRoute(graph, {
      ...request,
      allowLateral: true,
      alternatives: 0,
    });
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
