/**
 * How well a person's skills and tools fit each role.
 *
 * A role is met unit by unit (see requirements.ts `requirementUnits`): a plain item when the
 * person has it, a "one of" group when they have any member, so a group counts once however many
 * members they hold. Core units weigh CORE_WEIGHT, secondary ones 1: the score is the share of the
 * role's weight the person already meets (0…1). The gap is what is left, core first.
 *
 * "Ready next" is the frontier a person would look at: the roles whose core they almost meet
 * (fewest core units missing, at least one), ties broken by score. Roles whose whole core is met
 * are "ready now" and listed apart. With an empty profile there is no frontier: fit says nothing
 * about someone we know nothing about.
 */
import type { CareerGraph } from "./model.ts";
import { isRole, labelCollator, nodeLabel } from "./model.ts";
import { type Requirement, requirementUnits } from "./requirements.ts";

export const CORE_WEIGHT = 2;

export interface RoleFit {
  roleId: string;
  label: string;
  /** Share of the role's weighted requirements met, 0…1 (0 for a role that lists none). */
  score: number;
  /** Units met and in all (a "one of" group is one unit). */
  met: number;
  total: number;
  /** Core units still missing. */
  coreMissing: number;
  /** Units not met, core first, in display order. */
  gap: Requirement[];
}

const weight = (r: Requirement) => (r.importance === "core" ? CORE_WEIGHT : 1);

/** A unit is met by the item itself, or a group by any member. */
export function unitMet(
  unit: Pick<Requirement, "id" | "members">,
  have: ReadonlySet<string>,
): boolean {
  return unit.members ? unit.members.some((m) => have.has(m.id)) : have.has(unit.id);
}

export function fitOf(graph: CareerGraph, roleId: string, have: ReadonlySet<string>): RoleFit {
  const units = requirementUnits(graph, roleId);
  let metWeight = 0;
  let allWeight = 0;
  let met = 0;
  const gap: Requirement[] = [];
  for (const unit of units) {
    allWeight += weight(unit);
    if (unitMet(unit, have)) {
      met += 1;
      metWeight += weight(unit);
    } else gap.push(unit);
  }
  const coreGap = gap.filter((u) => u.importance === "core");
  return {
    roleId,
    label: nodeLabel(graph, roleId),
    // A role that lists no requirements says nothing about fit: it ranks last, not first.
    score: allWeight === 0 ? 0 : metWeight / allWeight,
    met,
    total: units.length,
    coreMissing: coreGap.length,
    gap: [...coreGap, ...gap.filter((u) => u.importance !== "core")],
  };
}

/** "62 % fit", as every view writes a score. */
export function fitPercent(score: number): string {
  return `${Math.round(score * 100)} % fit`;
}

/** Roles in name order, once per graph: ties in the ranking are many, collation is not cheap. */
const nameOrders = new WeakMap<CareerGraph, { roles: string[]; rank: Map<string, number> }>();

function nameOrder(graph: CareerGraph) {
  let order = nameOrders.get(graph);
  if (!order) {
    const roles = graph.filterNodes((_id, node) => isRole(node));
    const collator = labelCollator();
    roles.sort((a, b) => collator.compare(nodeLabel(graph, a), nodeLabel(graph, b)));
    order = { roles, rank: new Map(roles.map((id, i) => [id, i])) };
    nameOrders.set(graph, order);
  }
  return order;
}

/**
 * Every role, best fit first (then fewest core units missing, then by name); roles that list no
 * requirements last.
 */
export function rankByFit(graph: CareerGraph, have: ReadonlySet<string>): RoleFit[] {
  let fits: RoleFit[] = [];
  for (fits of rankByFitInSlices(graph, have, Number.POSITIVE_INFINITY));
  return fits;
}

/**
 * The same ranking worked out a slice of roles at a time: yields (an empty list) after every
 * `slice` roles, so a caller on the page can give the browser a turn; the last value is the
 * ranking. The first ranking of a big graph works out every role's requirement units.
 */
export function* rankByFitInSlices(
  graph: CareerGraph,
  have: ReadonlySet<string>,
  slice = 100,
): Generator<RoleFit[], void, void> {
  const { roles, rank } = nameOrder(graph);
  const fits: RoleFit[] = [];
  for (let i = 0; i < roles.length; i++) {
    fits.push(fitOf(graph, roles[i] as string, have));
    if ((i + 1) % slice === 0 && i + 1 < roles.length) yield [];
  }
  fits.sort(
    (a, b) =>
      // A role that lists nothing ranks after every role that lists something, whatever you have.
      Number(a.total === 0) - Number(b.total === 0) ||
      b.score - a.score ||
      a.coreMissing - b.coreMissing ||
      (rank.get(a.roleId) ?? 0) - (rank.get(b.roleId) ?? 0),
  );
  yield fits;
}

export interface Frontier {
  /** Roles whose core requirements are all met (and that ask for something). */
  ready: RoleFit[];
  /** The few roles closest to being met: fewest core units missing, then best score. */
  next: RoleFit[];
}

export function frontierOf(fits: readonly RoleFit[], size = 5): Frontier {
  if (!fits.some((f) => f.met > 0)) return { ready: [], next: [] };
  const ready = fits.filter((f) => f.coreMissing === 0 && f.total > 0);
  const next = fits
    .filter((f) => f.coreMissing > 0 && f.met > 0)
    .sort((a, b) => a.coreMissing - b.coreMissing || b.score - a.score)
    .slice(0, size);
  return { ready, next };
}

/**
 * "I am a …": the items a person in this role can be assumed to have — every plain requirement.
 * A "one of" group is left for the person to pick: we cannot know which member they use.
 */
export function itemsOfRole(graph: CareerGraph, roleId: string): string[] {
  return requirementUnits(graph, roleId)
    .filter((u) => !u.members)
    .map((u) => u.id);
}
