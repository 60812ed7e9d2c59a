/**
 * Occupations → roles. Only occupations with a Job Zone become roles: O*NET gives the others
 * (the "All Other" catch-alls and a few new codes) no ratings of any kind, so they would be
 * empty boxes without a level.
 */
import type { LevelDeclaration, RoleNode, TrackDeclaration } from "./doc-types.ts";
import { CODE, ONET_FILES } from "./files.ts";
import { majorGroup, SOC_MAJOR_GROUPS, trackId } from "./soc-groups.ts";
import { byString } from "./text.ts";
import { parseTsv } from "./tsv.ts";

export interface RolesPart {
  roles: RoleNode[];
  /** O*NET-SOC code → Job Zone (1–5), for the roles kept. */
  zoneOf: Map<string, number>;
  tracks: TrackDeclaration[];
  levels: LevelDeclaration[];
  /** Occupations left out, with why. */
  dropped: { code: string; title: string }[];
}

export function levelId(zone: number): string {
  return `zone-${zone}`;
}

export function convertRoles(texts: {
  occupations: string;
  jobZones: string;
  jobZoneReference: string;
  reportedTitles: string;
}): RolesPart {
  const zoneOf = new Map<string, number>();
  for (const row of parseTsv(texts.jobZones, ONET_FILES.jobZones, [CODE, "Job Zone"]))
    zoneOf.set(row[CODE] as string, Number(row["Job Zone"]));

  const titles = new Map<string, { title: string; common: boolean }[]>();
  for (const row of parseTsv(texts.reportedTitles, ONET_FILES.reportedTitles, [
    CODE,
    "Reported Job Title",
    "Shown in My Next Move",
  ])) {
    const list = titles.get(row[CODE] as string) ?? [];
    list.push({
      title: row["Reported Job Title"] as string,
      common: row["Shown in My Next Move"] === "Y",
    });
    titles.set(row[CODE] as string, list);
  }

  const roles: RoleNode[] = [];
  const dropped: RolesPart["dropped"] = [];
  const occupations = parseTsv(texts.occupations, ONET_FILES.occupations, [
    CODE,
    "Title",
    "Description",
  ]).sort((a, b) => byString(a[CODE] as string, b[CODE] as string));
  for (const row of occupations) {
    const code = row[CODE] as string;
    const title = row.Title as string;
    const zone = zoneOf.get(code);
    if (zone === undefined) {
      dropped.push({ code, title });
      continue;
    }
    if (!SOC_MAJOR_GROUPS.has(majorGroup(code)))
      throw new Error(`${ONET_FILES.occupations}: ${code} is in no SOC major group`);
    const aliases = aliasesFor(title, titles.get(code) ?? []);
    roles.push({
      id: `role:${code}`,
      kind: "role",
      label: title,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(row.Description ? { description: row.Description } : {}),
      code,
      track: trackId(code),
      level: levelId(zone),
      sources: [{ dataset: "onet", record: code }],
    });
  }
  const kept = new Set(roles.map((r) => r.code));
  for (const code of [...zoneOf.keys()]) if (!kept.has(code)) zoneOf.delete(code);

  const usedGroups = new Set(roles.map((r) => majorGroup(r.code)));
  const tracks = [...SOC_MAJOR_GROUPS]
    .filter(([group]) => usedGroups.has(group))
    .map(([group, label]) => ({
      id: `soc-${group}`,
      label,
      description: `SOC major group ${group}-0000: ${label} Occupations`,
    }));
  return { roles, zoneOf, tracks, levels: jobZoneLevels(texts.jobZoneReference), dropped };
}

/**
 * Every reported title once (case-insensitively), without the title itself: the common ones
 * (shown in My Next Move) first, each part in code-point order, so row order does not matter.
 */
export function aliasesFor(
  title: string,
  reported: readonly { title: string; common: boolean }[],
): string[] {
  const seen = new Set([title.toLowerCase()]);
  const aliases: string[] = [];
  const ordered = [...reported].sort(
    (a, b) => Number(b.common) - Number(a.common) || byString(a.title, b.title),
  );
  for (const { title: name } of ordered) {
    const key = name.toLowerCase();
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    aliases.push(name);
  }
  return aliases;
}

/** "Job Zone Three: Medium Preparation Needed" → "Job Zone 3: Medium preparation". */
function jobZoneLevels(text: string): LevelDeclaration[] {
  const rows = parseTsv(text, ONET_FILES.jobZoneReference, [
    "Job Zone",
    "Name",
    "Experience",
    "Education",
  ]);
  return rows
    .map((row) => {
      const zone = Number(row["Job Zone"]);
      const name = (row.Name ?? "").replace(/^.*?:\s*/, "").replace(/\s+Needed$/i, "");
      const phrase = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
      return {
        zone,
        level: {
          id: levelId(zone),
          label: `Job Zone ${zone}: ${phrase}`,
          description: `${row.Experience} ${row.Education}`.trim(),
        },
      };
    })
    .sort((a, b) => a.zone - b.zone)
    .map((z) => z.level);
}
