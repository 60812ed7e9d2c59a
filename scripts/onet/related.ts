/**
 * Related Occupations → overlap edges, and the progression edges this project derives from them.
 *
 * O*NET lists, for each occupation, 20 related ones ranked by Index (1 = most related) in three
 * tiers. Each unordered pair becomes one overlap edge carrying the best Index of either direction
 * and that row's tier. Only the Primary tiers are kept (see TIERS).
 *
 * Derived progression: a Primary-related pair whose occupations are in the same SOC major group
 * and exactly one Job Zone apart gives a progression edge from the lower zone to the higher. That
 * is this project's reading, not a career move O*NET states, and each such edge says so in its
 * source note (and carries `derived: true`).
 */
import type { OverlapEdge, ProgressionEdge } from "./doc-types.ts";
import { CODE, ONET_FILES } from "./files.ts";
import { majorGroup } from "./soc-groups.ts";
import { byString } from "./text.ts";
import { parseTsv } from "./tsv.ts";

/** Supplemental relations are weaker and would double the edges; the graph keeps the Primary ones. */
export const TIERS: readonly string[] = ["Primary-Short", "Primary-Long"];

export function derivedNote(tier: string): string {
  return `Derived by this project: related occupations (O*NET Related Occupations, ${tier}) one Job Zone apart in the same occupation group. O*NET does not state this as a career move.`;
}

export function convertRelated(
  text: string,
  zoneOf: ReadonlyMap<string, number>,
): { overlaps: OverlapEdge[]; progressions: ProgressionEdge[] } {
  const rows = parseTsv(text, ONET_FILES.related, [
    CODE,
    "Related O*NET-SOC Code",
    "Relatedness Tier",
    "Index",
  ]);
  const best = new Map<string, { a: string; b: string; rank: number; tier: string }>();
  for (const row of rows) {
    const from = row[CODE] as string;
    const to = row["Related O*NET-SOC Code"] as string;
    const tier = row["Relatedness Tier"] as string;
    if (!TIERS.includes(tier) || from === to || !zoneOf.has(from) || !zoneOf.has(to)) continue;
    const [a, b] = [from, to].sort(byString) as [string, string];
    const rank = Number(row.Index);
    const key = `${a}\t${b}`;
    const seen = best.get(key);
    if (!seen || rank < seen.rank || (rank === seen.rank && tier < seen.tier))
      best.set(key, { a, b, rank, tier });
  }

  const overlaps: OverlapEdge[] = [];
  const progressions: ProgressionEdge[] = [];
  for (const { a, b, rank, tier } of best.values()) {
    overlaps.push({ kind: "overlap", source: `role:${a}`, target: `role:${b}`, rank, tier });
    const [za, zb] = [zoneOf.get(a) as number, zoneOf.get(b) as number];
    if (majorGroup(a) !== majorGroup(b) || Math.abs(za - zb) !== 1) continue;
    const [lower, upper] = za < zb ? [a, b] : [b, a];
    progressions.push({
      kind: "progression",
      source: `role:${lower}`,
      target: `role:${upper}`,
      derived: true,
      sources: [{ dataset: "onet", record: `${lower} → ${upper}`, note: derivedNote(tier) }],
    });
  }
  return { overlaps, progressions };
}
