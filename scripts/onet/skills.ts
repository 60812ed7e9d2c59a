/**
 * Skills (the 35 elements of the O*NET content model's Basic and Cross-Functional Skills) and the
 * requires edges from each occupation's importance ratings.
 *
 * A rating row flagged Recommend Suppress (too imprecise to publish) or Not Relevant is dropped;
 * an edge needs an unflagged importance (IM) row. Importance ≥ 3.5 ("Important" and above on the
 * 1–5 scale) is core, 3.0 up to 3.5 is secondary, anything lower is no requirement.
 */
import type { CategoryDeclaration, RequiresEdge, SkillNode } from "./doc-types.ts";
import { CODE, ONET_FILES } from "./files.ts";
import { byString, round2, slug } from "./text.ts";
import { parseTsv } from "./tsv.ts";

export const CORE_IMPORTANCE = 3.5;
export const SECONDARY_IMPORTANCE = 3.0;

export interface SkillsPart {
  skills: SkillNode[];
  categories: CategoryDeclaration[];
  edges: RequiresEdge[];
  /** Roles with at least one unflagged skill rating. */
  ratedRoles: number;
}

const ELEMENT = "Element ID";

export function importanceFor(im: number): RequiresEdge["importance"] | undefined {
  if (im >= CORE_IMPORTANCE) return "core";
  if (im >= SECONDARY_IMPORTANCE) return "secondary";
  return undefined;
}

export function convertSkills(
  texts: { skills: string; contentModel: string },
  roleCodes: ReadonlySet<string>,
): SkillsPart {
  const model = new Map<string, { name: string; description: string }>();
  for (const row of parseTsv(texts.contentModel, ONET_FILES.contentModel, [
    ELEMENT,
    "Element Name",
    "Description",
  ]))
    model.set(row[ELEMENT] as string, {
      name: row["Element Name"] as string,
      description: row.Description as string,
    });

  const rows = parseTsv(texts.skills, ONET_FILES.skills, [
    CODE,
    ELEMENT,
    "Element Name",
    "Scale ID",
    "Data Value",
    "Recommend Suppress",
    "Not Relevant",
  ]);
  const elements = new Map<string, string>();
  const ratings = new Map<string, { code: string; element: string; im?: number; lv?: number }>();
  for (const row of rows) {
    const element = row[ELEMENT] as string;
    elements.set(element, model.get(element)?.name ?? (row["Element Name"] as string));
    const code = row[CODE] as string;
    if (!roleCodes.has(code)) continue;
    if (row["Recommend Suppress"] === "Y" || row["Not Relevant"] === "Y") continue;
    const key = `${code}\t${element}`;
    const rating = ratings.get(key) ?? { code, element };
    const value = Number(row["Data Value"]);
    if (row["Scale ID"] === "IM") rating.im = value;
    else if (row["Scale ID"] === "LV") rating.lv = value;
    ratings.set(key, rating);
  }

  const idOf = new Map([...elements].map(([element, name]) => [element, `skill:${slug(name)}`]));
  const categories = new Map<string, CategoryDeclaration>();
  const skills: SkillNode[] = [];
  for (const [element, name] of elements) {
    const category = skillCategory(element, model);
    categories.set(category.id, category);
    const description = model.get(element)?.description;
    skills.push({
      id: idOf.get(element) as string,
      kind: "skill",
      label: name,
      ...(description ? { description } : {}),
      category: category.id,
      code: element,
    });
  }

  const edges: RequiresEdge[] = [];
  const rated = new Set<string>();
  for (const r of ratings.values()) {
    if (r.im === undefined) continue;
    rated.add(r.code);
    const importance = importanceFor(r.im);
    if (!importance) continue;
    edges.push({
      kind: "requires",
      source: `role:${r.code}`,
      target: idOf.get(r.element) as string,
      importance,
      importanceRating: round2(r.im),
      ...(r.lv !== undefined ? { levelRating: round2(r.lv) } : {}),
    });
  }
  return {
    skills: skills.sort((a, b) => byString(a.id, b.id)),
    categories: [...categories.values()].sort((a, b) => byString(a.id, b.id)),
    edges,
    ratedRoles: rated.size,
  };
}

/**
 * The group an element sits in: its first three Element ID parts (2.A.1 "Content" under 2.A
 * "Basic Skills"), named as the content model names them.
 */
function skillCategory(
  element: string,
  model: ReadonlyMap<string, { name: string; description: string }>,
): CategoryDeclaration {
  const groupId = element.split(".").slice(0, 3).join(".");
  const parentId = element.split(".").slice(0, 2).join(".");
  const group = model.get(groupId);
  const parent = model.get(parentId);
  if (!group)
    throw new Error(`${ONET_FILES.contentModel}: no element ${groupId} (group of ${element})`);
  return {
    id: slug(group.name),
    label: parent ? `${parent.name}: ${group.name}` : group.name,
    ...(group.description ? { description: group.description } : {}),
  };
}
