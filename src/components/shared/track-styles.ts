/**
 * The data set's track colours as CSS custom properties (`--cp-track-0`, `--cp-track-1`, … by
 * lane order), in a constructed stylesheet adopted by the app's shadow root: no inline styles,
 * so a strict Content-Security-Policy allows it, and every shadow root below inherits them.
 */
import type { TrackInfo } from "../../graph/vocabulary.ts";

export function trackStyleSheet(tracks: readonly TrackInfo[]): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const props = (scheme: "light" | "dark") =>
    tracks.map((t) => `--cp-track-${t.order}: ${t.colour[scheme]};`).join(" ");
  sheet.replaceSync(
    `:host { ${props("light")} } @media (prefers-color-scheme: dark) { :host { ${props("dark")} } }`,
  );
  return sheet;
}
