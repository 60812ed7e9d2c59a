/**
 * Skill and tool chips sized to their labels. The labels are wrapped here with the same canvas
 * text measurement Cytoscape draws with, so each chip is exactly as wide as its longest line
 * (plus padding) and as tall as its lines: no label spills out of its shape. Every chip keeps
 * room for the "have it" mark, so marking an item never moves the shelf.
 */

/** Chip text in model units: the size of the role labels, readable at the fitted zoom. */
export const ITEM_CHIP = {
  fontSize: 16,
  lineHeight: 1.15,
  padX: 14,
  padY: 8,
  /** Longest line before a label wraps, in model units. */
  maxText: 190,
  maxLines: 3,
} as const;

/** Put before an item's label when the person has it. */
export const HAVE_MARK = "✓ ";

export interface Chip {
  /** The label wrapped into lines ("\n"), without the mark. */
  text: string;
  /** The same with the "have it" mark in front. */
  haveText: string;
  width: number;
  height: number;
  /** Cytoscape's wrap width: the widest line fits, so it never wraps again. */
  textWidth: number;
}

let context: CanvasRenderingContext2D | null | undefined;

function measurer(font: string): (text: string) => number {
  context ??= document.createElement("canvas").getContext("2d");
  const ctx = context;
  if (!ctx) return (text) => text.length * ITEM_CHIP.fontSize * 0.62;
  ctx.font = font;
  return (text) => ctx.measureText(text).width;
}

/** Greedy word wrap by measured width, at most `maxLines` lines (the last one cut with "…"). */
export function wrapMeasured(label: string, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > ITEM_CHIP.maxText) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= ITEM_CHIP.maxLines) return lines;
  const kept = lines.slice(0, ITEM_CHIP.maxLines);
  kept[kept.length - 1] = `${kept[kept.length - 1]}…`;
  return kept;
}

/**
 * Chips for items, keyed by id.
 * @param fontFamily the canvas's font family; `bold` items (new at the focused role) are
 *   measured in bold, as they are drawn.
 */
export function measureChips(
  items: readonly { id: string; label: string; bold: boolean }[],
  fontFamily: string,
): Record<string, Chip> {
  const size = ITEM_CHIP.fontSize;
  const out: Record<string, Chip> = {};
  for (const weight of ["normal", "bold"] as const) {
    const width = measurer(`${weight === "bold" ? 700 : 400} ${size}px ${fontFamily}`);
    const mark = width(HAVE_MARK);
    for (const item of items) {
      if (item.bold !== (weight === "bold")) continue;
      const lines = wrapMeasured(item.label, width);
      const widest = Math.max(...lines.map((l, i) => width(l) + (i === 0 ? mark : 0)));
      const text = lines.join("\n");
      out[item.id] = {
        text,
        haveText: HAVE_MARK + text,
        width: Math.ceil(widest) + 2 * ITEM_CHIP.padX,
        height: Math.ceil(lines.length * size * ITEM_CHIP.lineHeight) + 2 * ITEM_CHIP.padY,
        textWidth: Math.ceil(widest) + 2,
      };
    }
  }
  return out;
}
