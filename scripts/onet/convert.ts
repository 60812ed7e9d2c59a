/**
 * Converts the O*NET 29.2 text files into one graph document (see docs/onet.md for the mapping).
 * Pure: texts in, document out, in a fixed order, so regenerating gives byte-identical JSON.
 */
import type { GraphDocumentInput } from "../../src/data/schema.ts";
import type { OnetEdge } from "./doc-types.ts";
import type { OnetTexts } from "./files.ts";
import { convertRelated, TIERS } from "./related.ts";
import { convertRoles } from "./roles.ts";
import { CORE_IMPORTANCE, convertSkills, SECONDARY_IMPORTANCE } from "./skills.ts";
import { convertTechnology } from "./technology.ts";
import { byString } from "./text.ts";

export interface OnetConversion {
  document: GraphDocumentInput;
  /** Occupations left out because O*NET gives them no Job Zone. */
  dropped: { code: string; title: string }[];
}

const EDGE_ORDER = ["progression", "overlap", "requires"];

/** The CC BY 4.0 credit line, as the data's README words it (line breaks become spaces). */
export function creditLine(readme: string): string {
  const match = /Credit\s+it\s+wherever\s+the\s+data\s+is\s+shown:\s*"([^"]+)"/.exec(readme);
  if (!match?.[1]) throw new Error('README.md: no credit line (Credit it wherever … shown: "…")');
  return match[1].replace(/\s+/g, " ").trim();
}

export function convertOnet(texts: OnetTexts): OnetConversion {
  const attribution = creditLine(texts.readme);
  const rolesPart = convertRoles(texts);
  const codes = new Set(rolesPart.zoneOf.keys());
  const skillsPart = convertSkills(texts, codes);
  const tech = convertTechnology(texts.technology, codes);
  const related = convertRelated(texts.related, rolesPart.zoneOf);

  const edges: OnetEdge[] = [
    ...related.progressions,
    ...related.overlaps,
    ...skillsPart.edges,
    ...tech.edges,
  ].sort(
    (x, y) =>
      EDGE_ORDER.indexOf(x.kind) - EDGE_ORDER.indexOf(y.kind) ||
      byString(x.source, y.source) ||
      byString(x.target, y.target),
  );
  const roles = rolesPart.roles.length;
  const document: GraphDocumentInput = {
    $schema: "./career-graph.schema.json",
    id: "onet",
    title: "US occupations (O*NET 29.2)",
    description: `${roles} US occupations from the O*NET 29.2 Database, grouped by SOC major group and ranked by Job Zone (the preparation an occupation needs), with the ${skillsPart.skills.length} O*NET skills rated important for each, the Hot Technologies employers name, and related occupations. Career moves marked "derived" are this project's reading of related occupations one Job Zone apart, not O*NET's claim. No pay data.`,
    vocabulary: {
      tracks: rolesPart.tracks,
      levels: rolesPart.levels,
      categories: { skill: skillsPart.categories, tool: tech.categories },
      wording: {
        track: { one: "occupation group", many: "occupation groups" },
        level: { one: "job zone", many: "job zones" },
        role: { one: "occupation", many: "occupations" },
      },
    },
    datasets: [
      {
        id: "onet",
        title: "O*NET 29.2 Database",
        version: "29.2",
        url: "https://www.onetcenter.org/database.html",
        licence: "CC BY 4.0",
        licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
        attribution,
        description: datasetDescription(),
      },
    ],
    defaultSources: [{ dataset: "onet" }],
    nodes: [...rolesPart.roles, ...skillsPart.skills, ...tech.tools],
    edges,
  };
  return { document, dropped: rolesPart.dropped };
}

function datasetDescription(): string {
  return [
    "Occupations with a Job Zone are roles (O*NET-SOC code, title, description; reported job titles as aliases); track = SOC major group, level = Job Zone.",
    `Skills: requires edges from importance ratings (IM, 1–5): core at ${CORE_IMPORTANCE.toFixed(1)} or more, secondary from ${SECONDARY_IMPORTANCE.toFixed(1)} to below ${CORE_IMPORTANCE.toFixed(1)}, none below; rows flagged Recommend Suppress or Not Relevant are dropped; importanceRating and levelRating (LV, 0–7) are kept on the edge. Skill ratings come from the O*NET 29.0 release.`,
    "Tools: technology examples flagged Hot Technology; core where In Demand for the occupation, else secondary; category = UNSPSC commodity.",
    `Overlap: Related Occupations (${TIERS.join(", ")} tiers), one edge per pair with the best Index as rank.`,
    "Progression edges marked derived are this project's reading (related, same occupation group, one Job Zone up), not stated by O*NET.",
  ].join(" ");
}
