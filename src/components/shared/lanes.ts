/**
 * The tracks in the order their lanes are drawn (top to bottom), so the legend and the role list
 * read in the same order as the canvas. The layout may reorder lanes to cross fewer edges; tracks
 * it draws no lane for keep the vocabulary's order, after the drawn ones.
 */
import type { RoleLayout } from "../../graph/layout.ts";
import type { TrackInfo } from "../../graph/vocabulary.ts";

const sorted = new WeakMap<object, TrackInfo[]>();

/** The same array while the layout is the same, so elements given it do not re-render. */
export function tracksInLaneOrder(
  tracks: readonly TrackInfo[],
  layout: Pick<RoleLayout, "lanes"> | undefined,
): readonly TrackInfo[] {
  if (!layout) return tracks;
  const known = sorted.get(layout);
  if (known) return known;
  const top = new Map(layout.lanes.map((l) => [l.track, l.top]));
  const at = (t: TrackInfo) => top.get(t.id) ?? Number.POSITIVE_INFINITY;
  const out = [...tracks].sort((a, b) => at(a) - at(b) || a.order - b.order);
  sorted.set(layout, out);
  return out;
}
