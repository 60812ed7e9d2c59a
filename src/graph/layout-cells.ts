/**
 * Choosing a cell (column, row within a lane) for a role without a seniority: next to the
 * roles it connects to, before the roles it leads to and after those it comes from, moving to
 * the cheapest free cell when the wished-for one is taken.
 */
import type { CareerGraph } from "./model.ts";

export function hasProgression(graph: CareerGraph, id: string): boolean {
  return graph.someEdge(id, (_key, edge) => edge.kind === "progression");
}

export function anchorsOf(graph: CareerGraph, id: string, cells: Map<string, unknown>): number {
  return graph.neighbors(id).filter((n) => cells.has(n)).length;
}

export interface ColumnWish {
  col: number;
  /** Columns the role may take: after everything it comes from, before everything it leads to. */
  lo: number;
  hi: number;
  /** Which way to move when the wished-for cell is taken. */
  step: 1 | -1;
}

/** Where a free role wants to be, and which way to move when that cell is taken. */
export function desiredColumn(
  graph: CareerGraph,
  id: string,
  cells: Map<string, { col: number }>,
  maxCol: number,
): ColumnWish {
  const wants: number[] = [];
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  graph.forEachEdge(id, (_key, edge, source, target) => {
    const other = source === id ? target : source;
    const cell = cells.get(other);
    if (!cell) return;
    if (edge.kind === "progression" && source === id) {
      wants.push(cell.col - 1);
      hi = Math.min(hi, cell.col - 1);
    } else if (edge.kind === "progression") {
      wants.push(cell.col + 1);
      lo = Math.max(lo, cell.col + 1);
    } else if (edge.kind === "overlap") wants.push(cell.col);
  });
  const low = Number.isFinite(lo) ? lo : Math.min(0, hi);
  const high = Number.isFinite(hi) ? hi : Math.max(maxCol, lo);
  if (low > high) return { col: 0, lo: 0, hi: maxCol, step: 1 };
  const mean = wants.length ? wants.reduce((s, c) => s + c, 0) / wants.length : 0;
  const col = Math.min(high, Math.max(low, Math.round(mean)));
  return { col, lo: low, hi: high, step: Number.isFinite(hi) && !Number.isFinite(lo) ? -1 : 1 };
}

export function cheapestFreeCell(
  wish: ColumnWish,
  isFree: (col: number, row: number) => boolean,
  penalty: (col: number, row: number) => number,
  maxRows: number,
): { col: number; row: number } {
  const candidates: { col: number; row: number; cost: number }[] = [];
  for (let c = wish.lo; c <= wish.hi; c++) {
    for (let row = 0; row < maxRows; row++) {
      if (!isFree(c, row)) continue;
      const offset = (c - wish.col) * wish.step;
      const cost = Math.abs(offset) + (offset < 0 ? 2 : 0) + row * 1.5 + penalty(c, row);
      candidates.push({ col: c, row, cost });
    }
  }
  candidates.sort((a, b) => a.cost - b.cost || a.row - b.row || a.col - b.col);
  const free = candidates.find((c) => isFree(c.col, c.row));
  if (free) return free;
  // Every allowed cell of the lane is taken: open another row at the wished-for column.
  let row = maxRows;
  while (!isFree(wish.col, row)) row++;
  return { col: wish.col, row };
}
