/**
 * A set of roles drawn on their own under a title saying what they are:
 *
 * - a route (a chain): its steps in order, numbered, left → right in rows of CHAIN_ROW, joined
 *   step to step — a route may go down a level and back up, so its order, not the levels,
 *   reads left to right;
 * - the roles being compared (`linked`: with the edges between them), or asking for a skill or
 *   tool: one column per level present (levels left → right, as in the whole graph), in the
 *   order given within a column, roles without a level in a last column.
 *
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
export const CHAIN_ROW = 3;
export const SET_ROWS = 5;
const PITCH_X = VIEW_ROLE.width + 70;
const PITCH_Y = VIEW_ROLE.height + 22;
const CHAIN_PITCH_Y = VIEW_ROLE.height + 70;
const HEADER = 56;

export function layoutRoleSet(
  graph: CareerGraph,
  roles: readonly string[],
  o: { chain: boolean; what: string; linked?: boolean },
): ViewLayout {
  const vocabulary = graph.getAttribute("vocabulary");
  const valid = [...new Set(roles)].filter(
    (id) => graph.hasNode(id) && isRole(graph.getNodeAttributes(id)),
  );
  const rank = (id: string) =>
    levelInfo(vocabulary, graph.getNodeAttribute(id, "level") as string | undefined)?.rank;
  const UNLEVELLED = vocabulary.levels.length;
  // Which roles get a box: the first ones in the order given, at most MAX_SET_ROLES - 1 (the
  // last box says "+N more") and, by level, at most SET_ROWS per column so the picture stays
  // within a window rather than running down off it.
  const limit = valid.length > MAX_SET_ROLES ? MAX_SET_ROLES - 1 : valid.length;
  const perRung = new Map<number, number>();
  const shown: string[] = [];
  for (const id of valid) {
    if (shown.length >= limit) break;
    const rung = rank(id) ?? UNLEVELLED;
    if (!o.chain && (perRung.get(rung) ?? 0) >= SET_ROWS) continue;
    perRung.set(rung, (perRung.get(rung) ?? 0) + 1);
    shown.push(id);
  }
  const hidden = valid.length - shown.length;
  const rungs = shown.map((id) => rank(id) ?? UNLEVELLED);
  const present = [...new Set(rungs)].sort((a, b) => a - b);
  const column = new Map(present.map((r, c) => [r, c]));
  const filled = present.map(() => 0);
  const { wording } = vocabulary;
  const count = countNoun(wording.role, valid.length);

  const boxes: ViewBox[] = [];
  const top = -VIEW_ROLE.height / 2 - (o.chain ? 0 : HEADER);
  const columns = o.chain ? Math.min(CHAIN_ROW, shown.length) : present.length;
  const titleWidth = Math.max(2, columns) * PITCH_X - (PITCH_X - VIEW_ROLE.width);
  boxes.push({
    id: "title:set",
    kind: "title",
    x: -VIEW_ROLE.width / 2 + titleWidth / 2,
    y: top - 30,
    width: titleWidth,
    height: 40,
    label: fitLabel(`${o.what} · ${count}`, titleWidth, 18, 1),
    fontSize: 18,
    align: "left",
  });
  if (!o.chain)
    for (const [c, r] of present.entries())
      boxes.push({
        id: `title:level:${r}`,
        kind: "title",
        x: c * PITCH_X,
        y: -HEADER / 2 - VIEW_ROLE.height / 2,
        width: VIEW_ROLE.width,
        height: HEADER - 8,
        label: fitLabel(
          vocabulary.levels[r]?.label ?? `No ${wording.level.one}`,
          VIEW_ROLE.width,
          VIEW_ROLE.fontSize,
          2,
        ),
        fontSize: VIEW_ROLE.fontSize,
        align: "center",
      });
  shown.forEach((id, i) => {
    let x: number;
    let y: number;
    if (o.chain) {
      x = (i % CHAIN_ROW) * PITCH_X;
      y = Math.floor(i / CHAIN_ROW) * CHAIN_PITCH_Y;
    } else {
      const c = column.get(rungs[i] ?? UNLEVELLED) ?? 0;
      const row = filled[c] ?? 0;
      filled[c] = row + 1;
      x = c * PITCH_X;
      y = row * PITCH_Y;
    }
    const name = graph.getNodeAttribute(id, "label") as string;
    boxes.push({
      id,
      kind: "role",
      x,
      y,
      width: VIEW_ROLE.width,
      height: VIEW_ROLE.height,
      label: fitLabel(
        o.chain ? `${i + 1}. ${name}` : name,
        VIEW_ROLE.width - 12,
        VIEW_ROLE.fontSize,
        VIEW_ROLE.lines,
      ),
      name: o.chain ? `${i + 1}. ${name}` : name,
      fontSize: VIEW_ROLE.fontSize,
      track: trackInfo(vocabulary, graph.getNodeAttribute(id, "track") as string | undefined)
        ?.order,
    });
  });
  // "+N more" takes the next free place: after the last step, or under the shortest column.
  const shortest = filled.reduce((best, n, c) => (n <= (filled[best] ?? 0) ? c : best), 0);
  if (hidden > 0)
    boxes.push({
      id: "more:set",
      kind: "more",
      x: o.chain ? (shown.length % CHAIN_ROW) * PITCH_X : shortest * PITCH_X,
      y: o.chain
        ? Math.floor(shown.length / CHAIN_ROW) * CHAIN_PITCH_Y
        : (filled[shortest] ?? 0) * PITCH_Y,
      width: VIEW_ROLE.width,
      height: VIEW_ROLE.height,
      label: fitLabel(`+${hidden} more`, VIEW_ROLE.width - 12, VIEW_ROLE.fontSize, 2),
      fontSize: VIEW_ROLE.fontSize,
    });

  const edges: Omit<ViewEdge, "bend">[] = [];
  // Graphology's edges between two nodes of a mixed graph run either way: check the source.
  const leadsTo = (a: string, b: string) =>
    graph.someEdge(a, b, (_k, e, source) => e.kind === "progression" && source === a);
  const overlaps = (a: string, b: string) => graph.someEdge(a, b, (_k, e) => e.kind === "overlap");
  const add = (source: string, target: string, kind: ViewEdge["kind"]) =>
    edges.push({ key: `view:${source}->${target}`, source, target, kind });
  // A route joins each step to the next; other sets draw what links each pair, a move (the
  // way it goes) before an overlap.
  if (o.chain)
    for (let i = 1; i < shown.length; i++) {
      const [a, b] = [shown[i - 1] ?? "", shown[i] ?? ""];
      if (leadsTo(a, b)) add(a, b, "progression");
      else if (overlaps(a, b)) add(a, b, "overlap");
    }
  else if (o.linked)
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1)) {
        if (leadsTo(a, b)) add(a, b, "progression");
        else if (leadsTo(b, a)) add(b, a, "progression");
        else if (overlaps(a, b)) add(a, b, "overlap");
      }

  const how = o.chain
    ? "in order, left to right"
    : `one column per ${wording.level.one}, lower ${wording.level.many} on the left`;
  return {
    boxes,
    edges: routeViewEdges(edges, boxes),
    bounds: boundsOf(boxes),
    minFontSize: VIEW_ROLE.fontSize,
    description: `${o.what}: ${count}${hidden ? ` (${shown.length} shown)` : ""}, ${how}.`,
  };
}
