/**
 * Track colours that stay legible in both colour schemes.
 *
 * A document may declare a colour per track; where it does not, one is taken from a palette of
 * hues checked for WCAG contrast (≥ 4.5:1, the bar for text, since lane titles and the role list
 * write in these colours) against the app's light surface (#ffffff) and dark surface (#171c23).
 * A declared colour that fails on a surface is darkened or lightened until it passes, so a
 * data set cannot make its own legend unreadable.
 */

export const LIGHT_SURFACE = "#ffffff";
export const DARK_SURFACE = "#171c23";
export const MIN_CONTRAST = 4.5;

/** Hand-picked light/dark pairs, all passing MIN_CONTRAST on their surface. */
const PALETTE: readonly (readonly [string, string])[] = [
  ["#2457c5", "#7aa7ff"],
  ["#0f766e", "#4fd1c5"],
  ["#7c3aed", "#b794f6"],
  ["#9a6700", "#e3b341"],
  ["#b42318", "#ff8a80"],
  ["#1a7f37", "#57c27a"],
  ["#a21caf", "#f0abfc"],
  ["#0369a1", "#7dd3fc"],
  ["#c2410c", "#fdba74"],
  ["#4d7c0f", "#bef264"],
  ["#be185d", "#f9a8d4"],
  ["#475569", "#cbd5e1"],
];

export interface TrackColour {
  light: string;
  dark: string;
}

export function paletteColour(index: number): TrackColour {
  const [light, dark] = PALETTE[index % PALETTE.length] as readonly [string, string];
  return { light, dark };
}

export function trackColour(
  index: number,
  declared?: { color?: string | undefined; colorDark?: string | undefined },
): TrackColour {
  const fallback = paletteColour(index);
  const light = declared?.color ? legibleOn(declared.color, LIGHT_SURFACE) : fallback.light;
  const dark = declared?.colorDark
    ? legibleOn(declared.colorDark, DARK_SURFACE)
    : declared?.color
      ? legibleOn(declared.color, DARK_SURFACE)
      : fallback.dark;
  return { light, dark };
}

/** Moves a colour towards black or white (away from the surface) until it reaches MIN_CONTRAST. */
export function legibleOn(colour: string, surface: string): string {
  const rgb = parseHex(colour);
  const towards = luminance(parseHex(surface)) > 0.5 ? 0 : 255;
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = rgb.map((c) => Math.round(c + (towards - c) * t)) as [number, number, number];
    if (contrast(mixed, parseHex(surface)) >= MIN_CONTRAST) return toHex(mixed);
  }
  return towards === 0 ? "#000000" : "#ffffff";
}

export function contrastRatio(a: string, b: string): number {
  return contrast(parseHex(a), parseHex(b));
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}
