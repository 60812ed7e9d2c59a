/**
 * The data set's track colours as CSS, in a constructed stylesheet: custom properties
 * (`--cp-track-0`, `--cp-track-1`, … by lane order) on the host, and one class per track
 * (`.t0 { --c: var(--cp-track-0) }`) for swatches, which read `var(--c)`.
 *
 * Constructed stylesheets are adopted, never inline, so a strict Content-Security-Policy
 * (no `'unsafe-inline'` styles) allows them. The app adopts the sheet for the properties every
 * shadow root below inherits; an element that draws swatches adopts it too, because classes do
 * not cross shadow roots.
 */
import type { TrackInfo } from "../../graph/vocabulary.ts";

/** By content, so any list of the same tracks (in any order) shares one sheet. */
const sheets = new Map<string, CSSStyleSheet>();
const generated = new WeakSet<CSSStyleSheet>();

export function trackStyleSheet(tracks: readonly TrackInfo[]): CSSStyleSheet {
  const key = [...tracks]
    .sort((a, b) => a.order - b.order)
    .map((t) => `${t.order}:${t.colour.light}:${t.colour.dark}`)
    .join(" ");
  const known = sheets.get(key);
  if (known) return known;
  const props = (scheme: "light" | "dark") =>
    tracks.map((t) => `--cp-track-${t.order}: ${t.colour[scheme]};`).join(" ");
  const classes = tracks.map((t) => `.t${t.order} { --c: var(--cp-track-${t.order}); }`).join("\n");
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:host { ${props("light")} }\n@media (prefers-color-scheme: dark) { :host { ${props("dark")} } }\n${classes}`,
  );
  sheets.set(key, sheet);
  generated.add(sheet);
  return sheet;
}

/** The class that gives a swatch its track's colour, e.g. "t2". */
export function trackClass(track: Pick<TrackInfo, "order"> | undefined): string {
  return track ? `t${track.order}` : "";
}

/** Adopts the tracks' sheet into a shadow root, replacing a sheet for other tracks. */
export function adoptTrackStyles(root: unknown, tracks: readonly TrackInfo[] | undefined): void {
  if (!tracks || !(root instanceof ShadowRoot)) return;
  const sheet = trackStyleSheet(tracks);
  if (root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !generated.has(s)), sheet];
}
