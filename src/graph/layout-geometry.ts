/**
 * Keeping role-to-role edges out of other roles' boxes: a straight edge that would run through
 * a box is drawn as a quadratic curve whose control point sits `bend` units off the line, on
 * the left of source → target (screen coordinates, y down) for positive values. The smallest
 * bend (trying both sides) that clears every box wins.
 */
import type { CareerGraph } from "./model.ts";

/** A progression or overlap edge between two roles. */
export interface RoleEdge {
  key: string;
  source: string;
  target: string;
}

export function roleEdges(graph: CareerGraph): RoleEdge[] {
  const out: RoleEdge[] = [];
  graph.forEachEdge((key, edge, source, target) => {
    if (edge.kind === "progression" || edge.kind === "overlap") out.push({ key, source, target });
  });
  return out;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

/** Whether the segment a→b passes through the box (slab method). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const axes: [number, number, number, number][] = [
    [b.x - a.x, a.x, box.x, box.halfWidth],
    [b.y - a.y, a.y, box.y, box.halfHeight],
  ];
  for (const [delta, start, centre, half] of axes) {
    const lo = centre - half;
    const hi = centre + half;
    if (delta === 0) {
      if (start < lo || start > hi) return false;
      continue;
    }
    let ta = (lo - start) / delta;
    let tb = (hi - start) / delta;
    if (ta > tb) [ta, tb] = [tb, ta];
    t0 = Math.max(t0, ta);
    t1 = Math.min(t1, tb);
    if (t0 > t1) return false;
  }
  return true;
}

/** The control point of a curve from a to b bent by `bend` (left of a→b when positive). */
export function controlPoint(a: Point, b: Point, bend: number): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: (a.x + b.x) / 2 + (dy / length) * bend, y: (a.y + b.y) / 2 - (dx / length) * bend };
}

/** The quadratic curve a → b with control point c, as a polyline. */
export function curvePoints(a: Point, b: Point, bend: number, steps = 16): Point[] {
  const c = controlPoint(a, b, bend);
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return {
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    };
  });
}

export function curveHitsBox(a: Point, b: Point, bend: number, box: Box, steps = 16): boolean {
  if (bend === 0) return segmentHitsBox(a, b, box);
  // Cheap reject: the curve stays inside the triangle a, control point, b.
  const c = controlPoint(a, b, bend);
  const minX = Math.min(a.x, b.x, c.x);
  const maxX = Math.max(a.x, b.x, c.x);
  const minY = Math.min(a.y, b.y, c.y);
  const maxY = Math.max(a.y, b.y, c.y);
  if (maxX < box.x - box.halfWidth || minX > box.x + box.halfWidth) return false;
  if (maxY < box.y - box.halfHeight || minY > box.y + box.halfHeight) return false;
  const points = curvePoints(a, b, bend, steps);
  return points.slice(1).some((p, i) => segmentHitsBox(points[i] ?? a, p, box));
}

const BENDS = [40, -40, 80, -80, 120, -120, 160, -160, 220, -220, 300, -300, 400, -400];
const CLEARANCE = 8;

/** The smallest bend that keeps a→b clear of every box, or undefined when none does. */
function clearBend(
  a: Point,
  b: Point,
  boxes: Box[],
  bends: readonly number[] = BENDS,
  steps = 16,
): number | undefined {
  return [0, ...bends].find((bend) => boxes.every((box) => !curveHitsBox(a, b, bend, box, steps)));
}

/** A coarser search while placing roles (called for every candidate cell). */
const PLACEMENT_BENDS = [80, -80, 160, -160, 300, -300, 400, -400];

function inflate(p: Point, size: { halfWidth: number; halfHeight: number }): Box {
  return {
    x: p.x,
    y: p.y,
    halfWidth: size.halfWidth + CLEARANCE,
    halfHeight: size.halfHeight + CLEARANCE,
  };
}

/**
 * What placing role `id` at `at` costs in drawing: 0 when its edges to placed roles run
 * straight and clear, 1.5 per edge that needs a bend, 10 per edge no bend can save or
 * placed edge the new box would sit on.
 */
export function placementPenalty(
  edges: readonly RoleEdge[],
  id: string,
  at: Point,
  placed: Record<string, Point>,
  size: { halfWidth: number; halfHeight: number },
): number {
  let penalty = 0;
  const self = inflate(at, size);
  for (const { source, target } of edges) {
    const a = source === id ? at : placed[source];
    const b = target === id ? at : placed[target];
    if (!a || !b) continue;
    if (source !== id && target !== id) {
      if (segmentHitsBox(a, b, self)) penalty += 10;
      continue;
    }
    const others = Object.entries(placed)
      .filter(([other]) => other !== source && other !== target)
      .map(([, p]) => inflate(p, size));
    const bend = clearBend(a, b, others, PLACEMENT_BENDS, 8);
    penalty += bend === undefined ? 10 : bend === 0 ? 0 : 1.5;
  }
  return penalty;
}

export function edgeBends(
  edges: readonly RoleEdge[],
  positions: Record<string, Point>,
  size: { halfWidth: number; halfHeight: number },
): { bends: Record<string, number>; blocked: number; blockedKeys: string[] } {
  const blockedKeys: string[] = [];
  const boxes = Object.entries(positions).map(([id, p]) => ({
    id,
    box: {
      x: p.x,
      y: p.y,
      halfWidth: size.halfWidth + CLEARANCE,
      halfHeight: size.halfHeight + CLEARANCE,
    },
  }));
  const bends: Record<string, number> = {};
  for (const { key, source, target } of edges) {
    const a = positions[source];
    const b = positions[target];
    if (!a || !b) continue;
    const others = boxes.filter((o) => o.id !== source && o.id !== target).map((o) => o.box);
    const bend = clearBend(a, b, others);
    if (bend === undefined) blockedKeys.push(key);
    else if (bend !== 0) bends[key] = bend;
  }
  return { bends, blocked: blockedKeys.length, blockedKeys };
}

/**
 * Bends for the links between roles and the skills/tools shelved under them, around every
 * other role box. A link no bend clears maps to `null` (the caller leaves it out).
 */
export function linkBends(
  links: readonly RoleEdge[],
  roles: Record<string, Point>,
  items: Record<string, Point>,
  size: { halfWidth: number; halfHeight: number },
): Record<string, number | null> {
  const boxes = Object.entries(roles).map(([id, p]) => ({ id, box: inflate(p, size) }));
  const out: Record<string, number | null> = {};
  for (const { key, source, target } of links) {
    const a = roles[source] ?? items[source];
    const b = items[target] ?? roles[target];
    if (!a || !b) continue;
    const others = boxes.filter((o) => o.id !== source && o.id !== target).map((o) => o.box);
    out[key] = clearBend(a, b, others) ?? null;
  }
  return out;
}
