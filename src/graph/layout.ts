/**
 * A deterministic picture of the role graph: one lane per track, one column per ladder rung.
 *
 * Ladder roles (those with a level) sit in the column of their level, so progression
 * always reads left → right, junior → senior, and the two ladders line up rung by rung. Roles
 * without a level (adjacent disciplines, leadership) go next to the roles they connect to:
 * one column before the roles they progress into, one column after the roles they come from,
 * in the same column as the roles they only overlap with. Where that cell is taken, the role
 * moves to the cheapest free cell nearby (another row of its lane, then a neighbouring column),
 * ties broken by id, so the same document always gives the same picture.
 *
 * Skills and tools have no fixed place: `layoutItems` shelves the ones on show in rows under
 * the roles, centred under the role they belong to.
 */

import { candidateLaneOrders, declaredLaneOrder } from "./lane-order.ts";
import { anchorsOf, cheapestFreeCell, desiredColumn, hasProgression } from "./layout-cells.ts";
import { edgeBends, placementPenalty, type RoleEdge, roleEdges } from "./layout-geometry.ts";
import type { CareerGraph } from "./model.ts";
import { isRole } from "./model.ts";
import { levelInfo, NO_TRACK } from "./vocabulary.ts";

type Track = string;

/** Role node box in model units; the renderer draws role nodes at exactly this size. */
export const ROLE_WIDTH = 168;
export const ROLE_HEIGHT = 64;
export const COLUMN_GAP = 22;
export const ROW_GAP = 34;
export const LANE_GAP = 60;
export const ITEM_WIDTH = 120;
export const ITEM_HEIGHT = 44;
/** Role label font size in model units (the renderer uses the same). */
export const ROLE_FONT_SIZE = 16;

/**
 * Above this many roles the whole graph is never drawn at once (an overview of tracks × levels
 * and focused views are drawn instead, see layout-overview.ts and layout-focus.ts), so its
 * edges are not routed around boxes. A constant, so the same data always draws the same way.
 */
export const MAX_ROLES_DRAWN_WHOLE = 60;

/** The document's lane order: its tracks as the vocabulary orders them. */
export const laneOrder = declaredLaneOrder;

export interface Point {
  x: number;
  y: number;
}

export interface LaneBox {
  track: Track;
  top: number;
  bottom: number;
}

export interface RoleLayout {
  positions: Record<string, Point>;
  /**
   * Edge key → bend: how far (model units) the curve's control point sits off the straight
   * line, for role-to-role edges that would otherwise run through another role's box.
   */
  bends: Record<string, number>;
  /** Edges that still run through a role box (no bend clears them); 0 in a good layout. */
  blocked: number;
  /** Whether edges were routed (bends, blocked): only for graphs drawn whole. */
  routed: boolean;
  lanes: LaneBox[];
  bounds: { left: number; right: number; top: number; bottom: number };
}

const MAX_ROWS_PER_LANE = 3;
const columnX = (col: number) => col * (ROLE_WIDTH + COLUMN_GAP);

export function levelColumn(graph: CareerGraph, level: string | undefined): number | undefined {
  return levelInfo(graph.getAttribute("vocabulary"), level)?.rank;
}

/**
 * The layout whose lane order draws best among a few candidates found in linear time
 * (lane-order.ts), then improved by one pass of swapping neighbouring lanes (one more layout
 * per lane, kept when it draws better): fewest edges running through role boxes, then the least
 * bending, then the least height. Ties keep the earlier order (the declared one first), so the
 * result is deterministic. A graph too big to draw whole keeps its declared order, unrouted.
 */
export function layoutRoles(graph: CareerGraph): RoleLayout {
  const roleCount = graph.filterNodes((_, a) => a.kind === "role").length;
  if (roleCount > MAX_ROLES_DRAWN_WHOLE)
    return layoutRolesInOrder(graph, declaredLaneOrder(graph), [], { route: false });
  const edges = roleEdges(graph);
  const scored = (order: string[]) => {
    const layout = layoutRolesInOrder(graph, order, edges);
    const bending = Object.values(layout.bends).reduce((sum, b) => sum + Math.abs(b), 0);
    return {
      order,
      layout,
      score: layout.blocked * 1000 + bending / 20 + layout.bounds.bottom / 100,
    };
  };
  let best = scored(declaredLaneOrder(graph));
  for (const order of candidateLaneOrders(graph).slice(1)) {
    const next = scored(order);
    if (next.score < best.score) best = next;
  }
  // Only lanes with roles are drawn, so only swapping two of those can change the picture.
  const drawn = new Set(best.layout.lanes.map((l) => l.track));
  const lanes = best.order.filter((t) => drawn.has(t));
  for (let i = 0; i + 1 < lanes.length; i++) {
    const swapped = [...lanes];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
    const next = scored(swapped);
    if (next.score < best.score) {
      best = next;
      lanes.splice(0, lanes.length, ...swapped);
    }
  }
  return best.layout;
}

export function layoutRolesInOrder(
  graph: CareerGraph,
  laneOrder: readonly Track[],
  edges: readonly RoleEdge[] = roleEdges(graph),
  options: { route: boolean } = { route: true },
): RoleLayout {
  const roles = graph
    .filterNodes((_, a) => isRole(a))
    .sort()
    .map((id) => graph.getNodeAttributes(id))
    .filter(isRole);
  const cells = new Map<string, { col: number; row: number }>();
  const taken = new Set<string>();
  const take = (id: string, track: Track, col: number, row: number) => {
    cells.set(id, { col, row });
    taken.add(`${track}|${col}|${row}`);
  };

  const trackOf = (r: { track?: string | undefined }) => r.track ?? NO_TRACK;
  const byTrack = new Map<Track, typeof roles>();
  for (const r of roles) {
    const lane = byTrack.get(trackOf(r));
    if (lane) lane.push(r);
    else byTrack.set(trackOf(r), [r]);
  }
  const rank = new Map(graph.getAttribute("vocabulary").levels.map((l) => [l.id, l.rank]));
  // Next free row per (track, column), so a crowded cell stacks in linear time.
  const nextRow = new Map<string, number>();
  let maxCol = 0;
  for (const role of roles) {
    if (role.level === undefined) continue;
    const col = rank.get(role.level) ?? 0;
    const key = `${trackOf(role)}|${col}`;
    const row = nextRow.get(key) ?? 0;
    nextRow.set(key, row + 1);
    take(role.id, trackOf(role), col, row);
    maxCol = Math.max(maxCol, col);
  }

  // Lane by lane, top to bottom, so every lane above is final when a free role is placed and
  // edges can be checked against real positions.
  const positions: Record<string, Point> = {};
  const lanes: LaneBox[] = [];
  let top = 0;
  const rowY = (laneTop: number, row: number) =>
    laneTop + ROLE_HEIGHT / 2 + row * (ROLE_HEIGHT + ROW_GAP);
  for (const track of laneOrder) {
    const inLane = byTrack.get(track) ?? [];
    if (inLane.length === 0) continue;
    for (const r of inLane) {
      const cell = cells.get(r.id);
      if (cell) positions[r.id] = { x: columnX(cell.col), y: rowY(top, cell.row) };
    }
    // Free roles: those bound by progression first, then those with more placed neighbours.
    const pending = inLane.filter((r) => !cells.has(r.id));
    const byPriority = (a: { id: string }, b: { id: string }) =>
      Number(hasProgression(graph, b.id)) - Number(hasProgression(graph, a.id)) ||
      anchorsOf(graph, b.id, cells) - anchorsOf(graph, a.id, cells);
    // Unrouted (big) graphs rank their free roles once rather than after every placement.
    if (!options.route) pending.sort(byPriority);
    while (pending.length > 0) {
      if (options.route) pending.sort(byPriority);
      const role = pending.shift();
      if (!role) break;
      const wish = desiredColumn(graph, role.id, cells, maxCol);
      const at = (c: number, r: number) => ({ x: columnX(c), y: rowY(top, r) });
      const size = { halfWidth: ROLE_WIDTH / 2, halfHeight: ROLE_HEIGHT / 2 };
      const cell = cheapestFreeCell(
        wish,
        (c, r) => !taken.has(`${trackOf(role)}|${c}|${r}`),
        options.route
          ? (c, r) => placementPenalty(edges, role.id, at(c, r), positions, size)
          : () => 0,
        MAX_ROWS_PER_LANE,
      );
      take(role.id, trackOf(role), cell.col, cell.row);
      positions[role.id] = at(cell.col, cell.row);
    }
    let rows = 1;
    for (const r of inLane) rows = Math.max(rows, (cells.get(r.id)?.row ?? 0) + 1);
    const bottom = top + rows * ROLE_HEIGHT + (rows - 1) * ROW_GAP;
    lanes.push({ track, top, bottom });
    top = bottom + ROW_GAP + LANE_GAP;
  }
  let left = 0;
  let right = 0;
  for (const p of Object.values(positions)) {
    left = Math.min(left, p.x);
    right = Math.max(right, p.x);
  }
  const { bends, blocked } = options.route
    ? edgeBends(edges, positions, { halfWidth: ROLE_WIDTH / 2, halfHeight: ROLE_HEIGHT / 2 })
    : { bends: {}, blocked: 0 };
  return {
    positions,
    bends,
    blocked,
    routed: options.route,
    lanes,
    bounds: {
      left: left - ROLE_WIDTH / 2,
      right: right + ROLE_WIDTH / 2,
      top: 0,
      bottom: lanes.at(-1)?.bottom ?? 0,
    },
  };
}

/**
 * Shelves skills/tools in rows below the roles, in the order given, centred under `anchorX`
 * (kept within the role graph's width, or two boxes' width when the graph is narrower).
 */
export function layoutItems(
  ids: readonly string[],
  layout: Pick<RoleLayout, "bounds">,
  anchorX?: number,
  size: { width: number; height: number } = { width: ITEM_WIDTH, height: ITEM_HEIGHT },
): Record<string, Point> {
  const { bottom } = layout.bounds;
  const pitch = size.width + 14;
  const middle = (layout.bounds.left + layout.bounds.right) / 2;
  const left = Math.min(layout.bounds.left, middle - pitch);
  const right = Math.max(layout.bounds.right, middle + pitch);
  const width = right - left;
  const perRow = Math.max(1, Math.floor((width + 14) / pitch));
  const positions: Record<string, Point> = {};
  const rows = Math.ceil(ids.length / perRow);
  for (let row = 0; row < rows; row++) {
    const inRow = ids.slice(row * perRow, (row + 1) * perRow);
    const rowWidth = inRow.length * pitch - 14;
    const centre = anchorX ?? middle;
    const start = Math.min(Math.max(left, centre - rowWidth / 2), right - rowWidth);
    inRow.forEach((id, i) => {
      positions[id] = {
        x: start + i * pitch + size.width / 2,
        y: bottom + LANE_GAP * 2 + size.height / 2 + row * (size.height + 16),
      };
    });
  }
  return positions;
}

/**
 * Greedy word wrap with an average glyph width: close enough to tell whether a label fits its
 * box (the renderer wraps on the same width).
 */
export function wrapLabel(label: string, maxWidth: number, fontSize = ROLE_FONT_SIZE): string[] {
  const charWidth = fontSize * 0.6;
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length * charWidth > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
