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

/** The document's lane order: its tracks as the vocabulary orders them. */
export function laneOrder(graph: CareerGraph): Track[] {
  return graph.getAttribute("vocabulary").tracks.map((t) => t.id);
}

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
  lanes: LaneBox[];
  bounds: { left: number; right: number; top: number; bottom: number };
}

const MAX_ROWS_PER_LANE = 3;
const columnX = (col: number) => col * (ROLE_WIDTH + COLUMN_GAP);

export function levelColumn(graph: CareerGraph, level: string | undefined): number | undefined {
  return levelInfo(graph.getAttribute("vocabulary"), level)?.rank;
}

/**
 * The layout whose lane order draws best: fewest edges running through role boxes, then
 * the least bending, then the least height, then closest to the declared order (every order of up
 * to four lanes is tried; ties keep the earlier order, so the result is deterministic).
 */
export function layoutRoles(graph: CareerGraph): RoleLayout {
  let best: { layout: RoleLayout; score: number } | undefined;
  const edges = roleEdges(graph);
  const declared = laneOrder(graph);
  const orders = declared.length <= 4 ? permutations(declared) : [declared];
  for (const order of orders) {
    const layout = layoutRolesInOrder(graph, order, edges);
    const bending = Object.values(layout.bends).reduce((sum, b) => sum + Math.abs(b), 0);
    const score = layout.blocked * 1000 + bending / 20 + layout.bounds.bottom / 100;
    if (!best || score < best.score) best = { layout, score };
  }
  return best?.layout ?? layoutRolesInOrder(graph, declared, edges);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

export function layoutRolesInOrder(
  graph: CareerGraph,
  laneOrder: readonly Track[],
  edges: readonly RoleEdge[] = roleEdges(graph),
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
  const ladder = roles.filter((r) => r.level !== undefined);
  for (const role of ladder) {
    const col = levelColumn(graph, role.level) ?? 0;
    let row = 0;
    while (taken.has(`${trackOf(role)}|${col}|${row}`)) row++;
    take(role.id, trackOf(role), col, row);
  }
  const maxCol = Math.max(0, ...[...cells.values()].map((c) => c.col));

  // Lane by lane, top to bottom, so every lane above is final when a free role is placed and
  // edges can be checked against real positions.
  const positions: Record<string, Point> = {};
  const lanes: LaneBox[] = [];
  let top = 0;
  const rowY = (laneTop: number, row: number) =>
    laneTop + ROLE_HEIGHT / 2 + row * (ROLE_HEIGHT + ROW_GAP);
  for (const track of laneOrder) {
    const inLane = roles.filter((r) => trackOf(r) === track);
    if (inLane.length === 0) continue;
    for (const r of inLane) {
      const cell = cells.get(r.id);
      if (cell) positions[r.id] = { x: columnX(cell.col), y: rowY(top, cell.row) };
    }
    // Free roles: those bound by progression first, then those with more placed neighbours.
    const pending = inLane.filter((r) => !cells.has(r.id));
    while (pending.length > 0) {
      pending.sort(
        (a, b) =>
          Number(hasProgression(graph, b.id)) - Number(hasProgression(graph, a.id)) ||
          anchorsOf(graph, b.id, cells) - anchorsOf(graph, a.id, cells),
      );
      const role = pending.shift();
      if (!role) break;
      const wish = desiredColumn(graph, role.id, cells, maxCol);
      const at = (c: number, r: number) => ({ x: columnX(c), y: rowY(top, r) });
      const size = { halfWidth: ROLE_WIDTH / 2, halfHeight: ROLE_HEIGHT / 2 };
      const cell = cheapestFreeCell(
        wish,
        (c, r) => !taken.has(`${trackOf(role)}|${c}|${r}`),
        (c, r) => placementPenalty(edges, role.id, at(c, r), positions, size),
        MAX_ROWS_PER_LANE,
      );
      take(role.id, trackOf(role), cell.col, cell.row);
      positions[role.id] = at(cell.col, cell.row);
    }
    const rows = Math.max(...inLane.map((r) => cells.get(r.id)?.row ?? 0)) + 1;
    const bottom = top + rows * ROLE_HEIGHT + (rows - 1) * ROW_GAP;
    lanes.push({ track, top, bottom });
    top = bottom + ROW_GAP + LANE_GAP;
  }
  const xs = Object.values(positions).map((p) => p.x);
  const { bends, blocked } = edgeBends(edges, positions, {
    halfWidth: ROLE_WIDTH / 2,
    halfHeight: ROLE_HEIGHT / 2,
  });
  return {
    positions,
    bends,
    blocked,
    lanes,
    bounds: {
      left: Math.min(0, ...xs) - ROLE_WIDTH / 2,
      right: Math.max(0, ...xs) + ROLE_WIDTH / 2,
      top: 0,
      bottom: lanes.at(-1)?.bottom ?? 0,
    },
  };
}

/**
 * Shelves skills/tools in rows below the roles, in the order given, centred under `anchorX`
 * (kept within the role graph's width).
 */
export function layoutItems(
  ids: readonly string[],
  layout: RoleLayout,
  anchorX?: number,
): Record<string, Point> {
  const { left, right, bottom } = layout.bounds;
  const width = right - left;
  const pitch = ITEM_WIDTH + 14;
  const perRow = Math.max(1, Math.floor((width + 14) / pitch));
  const positions: Record<string, Point> = {};
  const rows = Math.ceil(ids.length / perRow);
  for (let row = 0; row < rows; row++) {
    const inRow = ids.slice(row * perRow, (row + 1) * perRow);
    const rowWidth = inRow.length * pitch - 14;
    const centre = anchorX ?? (left + right) / 2;
    const start = Math.min(Math.max(left, centre - rowWidth / 2), right - rowWidth);
    inRow.forEach((id, i) => {
      positions[id] = {
        x: start + i * pitch + ITEM_WIDTH / 2,
        y: bottom + LANE_GAP * 2 + ITEM_HEIGHT / 2 + row * (ITEM_HEIGHT + 16),
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
