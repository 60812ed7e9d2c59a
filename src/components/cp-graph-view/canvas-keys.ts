/**
 * Moving a keyboard cursor over the boxes on the canvas: an arrow key goes to the nearest box
 * that way, preferring boxes straight ahead (sideways distance counts double).
 */
export interface Spot {
  id: string;
  x: number;
  y: number;
}

export type Direction = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown";

export function isDirection(key: string): key is Direction {
  return key === "ArrowLeft" || key === "ArrowRight" || key === "ArrowUp" || key === "ArrowDown";
}

export function nextSpot(spots: readonly Spot[], from: Spot, direction: Direction): Spot | null {
  const ax = direction === "ArrowLeft" ? -1 : direction === "ArrowRight" ? 1 : 0;
  const ay = direction === "ArrowUp" ? -1 : direction === "ArrowDown" ? 1 : 0;
  let best: { spot: Spot; cost: number } | null = null;
  for (const spot of spots) {
    if (spot.id === from.id) continue;
    const dx = spot.x - from.x;
    const dy = spot.y - from.y;
    const ahead = dx * ax + dy * ay;
    if (ahead <= 1) continue;
    const sideways = Math.abs(dx * ay) + Math.abs(dy * ax);
    const cost = ahead + 2 * sideways;
    if (!best || cost < best.cost || (cost === best.cost && spot.id < best.spot.id))
      best = { spot, cost };
  }
  return best?.spot ?? null;
}

/** Where the cursor starts: the given id when shown, else the top-left box. */
export function firstSpot(spots: readonly Spot[], prefer: string | null): Spot | null {
  const preferred = prefer ? spots.find((s) => s.id === prefer) : undefined;
  if (preferred) return preferred;
  return [...spots].sort((a, b) => a.y - b.y || a.x - b.x)[0] ?? null;
}
