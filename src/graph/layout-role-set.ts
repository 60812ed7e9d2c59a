/**
 * A set of roles drawn on their own, one column per level present (levels left → right, as in
 * the whole graph), in the order given within a column: a route's roles (a chain, joined step to
 * step), the roles being compared, or the roles asking for a skill or tool. A role without a
 * level stands in the column of the step before it (a route) or in a last column of its own.
 * At most MAX_SET_ROLES boxes; the rest are counted in a "+N more" box (the panel lists them).
 * Edges are bent around other boxes or left out (view-boxes.ts `routeViewEdges`).
 */
import type { CareerGraph } from "./model.ts";
import { isRole } from "./model.ts";
import {
  boundsOf,
  fitLabel,
  routeViewEdges,
  VIEW_ROLE,
  type ViewBox,
  type ViewEdge,
  type ViewLayout,
} from "./view-boxes.ts";
import { countNoun, levelInfo, trackInfo } from "./vocabulary.ts";

export const MAX_SET_ROLES = 15;
const PITCH_X = VIEW_ROLE.width + 70;
const PITCH_Y = VIEW_ROLE.height + 22;
const HEADER = 56;

export function layoutRoleSet(
  graph: CareerGraph,
  roles: readonly string[],
  o: { chain: boolean; what: string },
): ViewLayout {
  const vocabulary = graph.getAttribute("vocabulary");
  const valid = [...new Set(roles)].filter(
    (id) => graph.hasNode(id) && isRole(graph.getNodeAttributes(id)),
  );
  const shown = valid.slice(0, valid.length > MAX_SET_ROLES ? MAX_SET_ROLES - 1 : valid.length);
  const hidden = valid.length - shown.length;

  const rank = (id: string) =>
    levelInfo(vocabulary, graph.getNodeAttribute(id, "level") as string | undefined)?.rank;
  const UNLEVELLED = vocabulary.levels.length;
  const rungs: number[] = [];
  for (const [i, id] of shown.entries()) {
    const own = rank(id);
    rungs.push(own ?? (o.chain && i > 0 ? (rungs[i - 1] ?? UNLEVELLED) : UNLEVELLED));
  }
  const present = [...new Set(rungs)].sort((a, b) => a - b);
  const column = new Map(present.map((r, c) => [r, c]));
  const filled = present.map(() => 0);

  const boxes: ViewBox[] = present.map((r, c) => ({
    id: `title:level:${r}`,
    kind: "title",
    x: c * PITCH_X,
    y: -HEADER / 2 - VIEW_ROLE.height / 2,
    width: VIEW_ROLE.width,
    height: HEADER - 8,
    label: fitLabel(
      vocabulary.levels[r]?.label ?? `No ${vocabulary.wording.level.one}`,
      VIEW_ROLE.width,
      VIEW_ROLE.fontSize,
      2,
    ),
    fontSize: VIEW_ROLE.fontSize,
    align: "center",
  }));
  shown.forEach((id, i) => {
    const c = column.get(rungs[i] ?? UNLEVELLED) ?? 0;
    const row = filled[c] ?? 0;
    filled[c] = row + 1;
    boxes.push({
      id,
      kind: "role",
      x: c * PITCH_X,
      y: row * PITCH_Y,
      width: VIEW_ROLE.width,
      height: VIEW_ROLE.height,
      label: fitLabel(
        graph.getNodeAttribute(id, "label") as string,
        VIEW_ROLE.width - 12,
        VIEW_ROLE.fontSize,
        VIEW_ROLE.lines,
      ),
      fontSize: VIEW_ROLE.fontSize,
      track: trackInfo(vocabulary, graph.getNodeAttribute(id, "track") as string | undefined)
        ?.order,
    });
  });
  if (hidden > 0)
    boxes.push({
      id: "more:set",
      kind: "more",
      x: present.length * PITCH_X,
      y: 0,
      width: VIEW_ROLE.width,
      height: VIEW_ROLE.height,
      label: fitLabel(`+${hidden} more`, VIEW_ROLE.width - 12, VIEW_ROLE.fontSize, 2),
      fontSize: VIEW_ROLE.fontSize,
    });

  const edges: Omit<ViewEdge, "bend">[] = [];
  const kindOf = (a: string, b: string) =>
    graph.someEdge(a, b, (_k, e) => e.kind === "progression")
      ? ("progression" as const)
      : graph.someEdge(a, b, (_k, e) => e.kind === "overlap") ||
          graph.someEdge(b, a, (_k, e) => e.kind === "overlap")
        ? ("overlap" as const)
        : undefined;
  const join = (a: string, b: string): boolean => {
    const kind = kindOf(a, b);
    if (kind) edges.push({ key: `view:${a}->${b}`, source: a, target: b, kind });
    return kind !== undefined;
  };
  if (o.chain) for (let i = 1; i < shown.length; i++) join(shown[i - 1] ?? "", shown[i] ?? "");
  else
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1)) if (!join(a, b)) join(b, a);

  const { wording } = vocabulary;
  const count = countNoun(wording.role, valid.length);
  return {
    boxes,
    edges: routeViewEdges(edges, boxes),
    bounds: boundsOf(boxes),
    minFontSize: VIEW_ROLE.fontSize,
    description: `${o.what}: ${count}${hidden ? ` (${shown.length} shown)` : ""}, one column per ${wording.level.one}, lower ${wording.level.many} on the left.`,
  };
}
