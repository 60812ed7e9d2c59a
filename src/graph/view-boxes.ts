/**
 * The drawing vocabulary of the views that replace the whole graph when it is too big: boxes
 * (roles, overview cells, "+N more", titles) and edges in model units, with the helpers every
 * view layout shares.
 */
import { edgeBends } from "./layout-geometry.ts";

export type BoxKind = "role" | "cell" | "more" | "title";

export interface ViewBox {
  /** A role id for role boxes; `cell:…`, `more:…`, `title:…` otherwise. */
  id: string;
  kind: BoxKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Already wrapped (lines joined by "\n") and shortened to fit the box. */
  label: string;
  /** The whole text, unshortened, for the keyboard cursor's announcement (default: label). */
  name?: string;
  fontSize: number;
  /** Track order (colour index) for role and cell boxes. */
  track?: number;
  /** For cells: the track and level they open. */
  cell?: { track: string; level: string | null };
  /** Title text alignment within the box. */
  align?: "left" | "center" | "right";
}

export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  kind: "progression" | "overlap";
  /** Control-point offset, as in layout-geometry.ts (0 = straight). */
  bend: number;
}

export interface ViewLayout {
  boxes: ViewBox[];
  edges: ViewEdge[];
  bounds: { left: number; right: number; top: number; bottom: number };
  /** The smallest font in the view, so the renderer can keep it readable. */
  minFontSize: number;
  /** One sentence for the canvas's aria-label. */
  description: string;
}

/** Role boxes in the views of a big graph: wider than the whole graph's, for long names. */
export const VIEW_ROLE = { width: 210, height: 80, fontSize: 15, lines: 4 } as const;

/** The smallest box around a set of boxes. */
export function boundsOf(boxes: readonly ViewBox[]): ViewLayout["bounds"] {
  if (boxes.length === 0) return { left: 0, right: 0, top: 0, bottom: 0 };
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    left = Math.min(left, b.x - b.width / 2);
    right = Math.max(right, b.x + b.width / 2);
    top = Math.min(top, b.y - b.height / 2);
    bottom = Math.max(bottom, b.y + b.height / 2);
  }
  return { left, right, top, bottom };
}

/** Average glyph width as a share of the font size, on the generous side for bold sans. */
const GLYPH = 0.62;

/**
 * Wraps a label to the box width and keeps at most `maxLines` lines, ending in "…" when cut:
 * the full name stays in the panel, the role list and the tooltip.
 */
export function fitLabel(label: string, width: number, fontSize: number, maxLines: number) {
  const perLine = Math.max(4, Math.floor(width / (fontSize * GLYPH)));
  const lines: string[] = [];
  let line = "";
  for (const raw of label.split(/\s+/)) {
    // A single word longer than a line is cut, so no label spills out of its box.
    const word = raw.length > perLine ? `${raw.slice(0, perLine - 1)}…` : raw;
    const next = line ? `${line} ${word}` : word;
    if (line && next.length > perLine) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.join("\n");
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  return kept.join("\n");
}

/**
 * Bends each edge around the boxes it would cross (boxes of one view share a size); an edge no
 * bend clears is left out, so no edge is ever drawn through an unrelated box.
 */
export function routeViewEdges(
  edges: readonly Omit<ViewEdge, "bend">[],
  boxes: readonly ViewBox[],
): ViewEdge[] {
  const obstacles = boxes.filter((b) => b.kind !== "title");
  const positions = Object.fromEntries(obstacles.map((b) => [b.id, { x: b.x, y: b.y }]));
  const halfWidth = Math.max(0, ...obstacles.map((b) => b.width / 2));
  const halfHeight = Math.max(0, ...obstacles.map((b) => b.height / 2));
  const { bends, blockedKeys } = edgeBends(edges, positions, { halfWidth, halfHeight });
  const blocked = new Set(blockedKeys);
  return edges.filter((e) => !blocked.has(e.key)).map((e) => ({ ...e, bend: bends[e.key] ?? 0 }));
}
