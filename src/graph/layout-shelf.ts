/**
 * The shelf of skills and tools under the roles, for chips of any size: each chip is as wide
 * as its own label, so a short name takes a small chip and a long one wraps onto a wider one
 * without spilling out. Chips flow in rows as wide as the role graph (or three chips, when
 * the graph is narrower), in the order given, each row centred under `anchorX` and kept
 * within that width. Pure: the renderer measures the labels, this only places them.
 */
import type { Point, RoleLayout } from "./layout.ts";

export interface ChipSize {
  width: number;
  height: number;
}

/** Space between chips in a row, between rows, and between the roles and the first row. */
export const SHELF_GAP = { x: 12, y: 12, top: 48 } as const;

export function layoutShelf(
  ids: readonly string[],
  sizes: Readonly<Record<string, ChipSize>>,
  layout: Pick<RoleLayout, "bounds">,
  anchorX?: number,
): Record<string, Point> {
  const sizeOf = (id: string) => sizes[id] ?? { width: 0, height: 0 };
  const widest = Math.max(0, ...ids.map((id) => sizeOf(id).width));
  const middle = (layout.bounds.left + layout.bounds.right) / 2;
  const half = Math.max((layout.bounds.right - layout.bounds.left) / 2, 1.5 * widest);
  const [left, right] = [middle - half, middle + half];
  const rows: string[][] = [];
  let row: string[] = [];
  let used = 0;
  for (const id of ids) {
    const w = sizeOf(id).width;
    if (row.length > 0 && used + SHELF_GAP.x + w > right - left) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? SHELF_GAP.x : 0) + w;
    row.push(id);
  }
  if (row.length > 0) rows.push(row);

  const positions: Record<string, Point> = {};
  let top = layout.bounds.bottom + SHELF_GAP.top;
  for (const ids of rows) {
    const width =
      ids.reduce((sum, id) => sum + sizeOf(id).width, 0) + SHELF_GAP.x * (ids.length - 1);
    const height = Math.max(...ids.map((id) => sizeOf(id).height));
    const centre = anchorX ?? middle;
    let x = Math.min(Math.max(left, centre - width / 2), right - width);
    for (const id of ids) {
      const { width: w } = sizeOf(id);
      positions[id] = { x: x + w / 2, y: top + height / 2 };
      x += w + SHELF_GAP.x;
    }
    top += height + SHELF_GAP.y;
  }
  return positions;
}

export interface ShelfConnector {
  /** Where the line leaves the role: in the gap right of its box, at its height. */
  joint: Point;
  /** Where it meets the bar over the shelf. */
  foot: Point;
  /** The bar over the chips, in model units. */
  bar: { left: number; right: number; y: number };
}

/**
 * A line from a role to its shelf of items that runs through free space only: out of the
 * role's right side into the gap between its column and the next, straight down that gap to a
 * bar over the chips. Every role of a graph drawn whole sits on the column grid
 * (layout.ts), so the gap between two columns never holds a role box; the right-hand gap is
 * used because lane titles sit at the lanes' left ends. Null without chips.
 */
export function shelfConnector(
  role: Point,
  chips: readonly { x: number; y: number; width: number; height: number }[],
  grid: { halfWidth: number; columnGap: number },
): ShelfConnector | null {
  if (chips.length === 0) return null;
  const x = role.x + grid.halfWidth + grid.columnGap / 2;
  const top = Math.min(...chips.map((c) => c.y - c.height / 2));
  const y = top - SHELF_GAP.top / 3;
  const left = Math.min(x, ...chips.map((c) => c.x - c.width / 2));
  const right = Math.max(x, ...chips.map((c) => c.x + c.width / 2));
  return { joint: { x, y: role.y }, foot: { x, y }, bar: { left, right, y } };
}
