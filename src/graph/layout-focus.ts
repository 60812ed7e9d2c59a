/**
 * The focus view of a big graph: one role in the middle with its ladder and its related roles
 * around it, so the picture reads like the whole graph does — levels left → right:
 *
 * - left: where people come from (progression into it, and the role it builds on), then the
 *   rest of its `buildsOn` chain further left, one column per rung;
 * - right: where it leads (progression out of it, and roles that build on it);
 * - above and below: related (overlap) roles, the closest first by `rank` when the data gives
 *   one, at most MAX_RELATED, with "+N more" for the rest (the panel lists them all).
 *
 * Columns hold at most MAX_PER_COLUMN boxes, likewise. Edges join the focus to each role shown
 * (and each rung of the chain to the next) and are bent around any other box, as in the whole
 * graph (layout-geometry.ts); an edge no bend can clear is left out rather than drawn through a
 * box. Linear in the focused role's degree and one pass over the roles (for those building on
 * it), plus the bend search over the few boxes shown.
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
import { countNoun, trackInfo } from "./vocabulary.ts";

export const MAX_PER_COLUMN = 4;
/** Two rows of three: wider rows would put edges through the side columns. */
export const MAX_RELATED = 6;
const PITCH_X = VIEW_ROLE.width + 80;
const PITCH_Y = VIEW_ROLE.height + 20;
const RELATED_GAP = 60;
/** Room kept between an edge and a box it passes (as layout-geometry's clearance, plus). */
const CLEARANCE = 12;

interface Linked {
  id: string;
  rank: number;
  label: string;
}

export function layoutFocus(graph: CareerGraph, roleId: string): ViewLayout {
  const vocabulary = graph.getAttribute("vocabulary");
  const focus = graph.hasNode(roleId) ? graph.getNodeAttributes(roleId) : undefined;
  if (!isRole(focus)) throw new Error(`layoutFocus: "${roleId}" is not a role in the graph`);
  const label = (id: string) => graph.getNodeAttribute(id, "label") as string;

  // The buildsOn chain, nearest rung first; a cycle (rejected by validation) just stops it.
  const chain: string[] = [];
  const seen = new Set([roleId]);
  for (let at = focus.buildsOn; at && !seen.has(at) && graph.hasNode(at); ) {
    chain.push(at);
    seen.add(at);
    const node = graph.getNodeAttributes(at);
    at = isRole(node) ? node.buildsOn : undefined;
  }
  const before = new Map<string, Linked>();
  const after = new Map<string, Linked>();
  const related = new Map<string, Linked>();
  const note = (into: Map<string, Linked>, id: string, rank: number) => {
    const old = into.get(id);
    if (!old || rank < old.rank) into.set(id, { id, rank, label: label(id) });
  };
  if (chain[0]) note(before, chain[0], -1);
  graph.forEachEdge(roleId, (_key, edge, source, target) => {
    const other = source === roleId ? target : source;
    const rank = typeof edge.rank === "number" ? edge.rank : Number.POSITIVE_INFINITY;
    if (edge.kind === "progression") note(source === roleId ? after : before, other, rank);
    else if (edge.kind === "overlap") note(related, other, rank);
  });
  graph.forEachNode((id, node) => {
    if (isRole(node) && node.buildsOn === roleId) note(after, id, -1);
  });
  for (const id of [...before.keys(), ...after.keys(), ...chain]) related.delete(id);
  for (const id of chain.slice(1)) before.delete(id);

  const boxes: ViewBox[] = [];
  const edges: Omit<ViewEdge, "bend">[] = [];
  const roleBox = (id: string, x: number, y: number): ViewBox => ({
    id,
    kind: "role",
    x,
    y,
    width: VIEW_ROLE.width,
    height: VIEW_ROLE.height,
    label: fitLabel(label(id), VIEW_ROLE.width - 12, VIEW_ROLE.fontSize, VIEW_ROLE.lines),
    name: label(id),
    fontSize: VIEW_ROLE.fontSize,
    track: trackInfo(vocabulary, graph.getNodeAttribute(id, "track") as string | undefined)?.order,
  });
  const moreBox = (id: string, count: number, what: string, x: number, y: number): ViewBox => ({
    id: `more:${id}`,
    kind: "more",
    x,
    y,
    width: VIEW_ROLE.width,
    height: VIEW_ROLE.height,
    label: fitLabel(`+${count} more ${what}`, VIEW_ROLE.width - 12, VIEW_ROLE.fontSize, 2),
    fontSize: VIEW_ROLE.fontSize,
  });
  const edgeKind = (a: string, b: string): "progression" | "overlap" =>
    // Graphology's edges between two nodes of a mixed graph run either way: check the source.
    graph.someEdge(a, b, (_k, e, source) => e.kind === "progression" && source === a)
      ? "progression"
      : "overlap";
  const edgeId = (a: string, b: string) => `view:${a}->${b}`;

  boxes.push(roleBox(roleId, 0, 0));
  const byRank = (a: Linked, b: Linked) =>
    a.rank - b.rank || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1);
  let halfBand = VIEW_ROLE.height / 2;
  const column = (list: Linked[], x: number, side: "before" | "after") => {
    const shown = list.slice(0, list.length > MAX_PER_COLUMN ? MAX_PER_COLUMN - 1 : list.length);
    const count = shown.length + (shown.length < list.length ? 1 : 0);
    const yOf = (i: number) => (i - (count - 1) / 2) * PITCH_Y;
    shown.forEach((r, i) => {
      boxes.push(roleBox(r.id, x, yOf(i)));
      const [s, t] = side === "before" ? [r.id, roleId] : [roleId, r.id];
      edges.push({ key: edgeId(s, t), source: s, target: t, kind: "progression" });
    });
    if (shown.length < list.length) {
      const what = side === "before" ? "before it" : "after it";
      boxes.push(moreBox(side, list.length - shown.length, what, x, yOf(count - 1)));
    }
    halfBand = Math.max(halfBand, ((count - 1) / 2) * PITCH_Y + VIEW_ROLE.height / 2);
  };
  column([...before.values()].sort(byRank), -PITCH_X, "before");
  column([...after.values()].sort(byRank), PITCH_X, "after");
  chain.slice(1).forEach((id, i) => {
    boxes.push(roleBox(id, -(i + 2) * PITCH_X, 0));
    const next = chain[i] ?? roleId;
    edges.push({ key: edgeId(id, next), source: id, target: next, kind: edgeKind(id, next) });
  });

  const relatedList = [...related.values()].sort(byRank);
  const shown = relatedList.slice(
    0,
    relatedList.length > MAX_RELATED ? MAX_RELATED - 1 : relatedList.length,
  );
  const hidden = relatedList.length - shown.length;
  const slots = shown.length + (hidden > 0 ? 1 : 0);
  const above = Math.ceil(slots / 2);
  // Far enough up (down) that the straight edge to an outer related box passes over (under)
  // the side columns: it crosses their inner edge at rowY × (inner edge ÷ PITCH_X).
  const innerEdge = PITCH_X - VIEW_ROLE.width / 2 - CLEARANCE;
  const rowY = Math.max(
    halfBand + RELATED_GAP + VIEW_ROLE.height / 2,
    Math.ceil(((halfBand + CLEARANCE) * PITCH_X) / innerEdge),
  );
  const slot = (i: number) => {
    const inRow = i < above ? above : slots - above;
    const k = i < above ? i : i - above;
    return { x: (k - (inRow - 1) / 2) * PITCH_X, y: i < above ? -rowY : rowY };
  };
  shown.forEach((r, i) => {
    const at = slot(i);
    boxes.push(roleBox(r.id, at.x, at.y));
    edges.push({ key: edgeId(roleId, r.id), source: roleId, target: r.id, kind: "overlap" });
  });
  if (hidden > 0) {
    const at = slot(slots - 1);
    boxes.push(moreBox("related", hidden, "related", at.x, at.y));
  }

  const routed = routeViewEdges(edges, boxes);
  const { wording } = vocabulary;
  const parts = [
    `${before.size + chain.length - (chain[0] ? 1 : 0)} before it (left)`,
    `${after.size} after it (right)`,
    `${countNoun(wording.role, relatedList.length)} related (above and below${hidden ? `, ${shown.length} shown` : ""})`,
  ];
  return {
    boxes,
    edges: routed,
    bounds: boundsOf(boxes),
    minFontSize: VIEW_ROLE.fontSize,
    description: `${focus.label} and its ${wording.role.many} around it: ${parts.join(", ")}.`,
  };
}
