/**
 * Technology skills → tools. Only examples O*NET flags as a Hot Technology (frequently named in
 * employer job postings) become tools: the full list has ~9,000 products, most named for one
 * occupation. A role requires a tool as core when O*NET flags it In Demand for that occupation,
 * else as secondary. A tool's category is its UNSPSC commodity; an example listed under several
 * commodities takes the one it is listed under most often (ties: the lowest code).
 */
import type { CategoryDeclaration, RequiresEdge, ToolNode } from "./doc-types.ts";
import { CODE, ONET_FILES } from "./files.ts";
import { byString, uniqueIds } from "./text.ts";
import { parseTsv } from "./tsv.ts";

export interface TechnologyPart {
  tools: ToolNode[];
  categories: CategoryDeclaration[];
  edges: RequiresEdge[];
}

export function convertTechnology(text: string, roleCodes: ReadonlySet<string>): TechnologyPart {
  const rows = parseTsv(text, ONET_FILES.technology, [
    CODE,
    "Example",
    "Commodity Code",
    "Commodity Title",
    "Hot Technology",
    "In Demand",
  ]).filter((r) => r["Hot Technology"] === "Y" && roleCodes.has(r[CODE] as string));

  const commodityTitle = new Map<string, string>();
  const commodityCounts = new Map<string, Map<string, number>>();
  const demand = new Map<string, { code: string; example: string; inDemand: boolean }>();
  for (const row of rows) {
    const example = row.Example as string;
    const commodity = row["Commodity Code"] as string;
    commodityTitle.set(commodity, row["Commodity Title"] as string);
    const counts = commodityCounts.get(example) ?? new Map<string, number>();
    counts.set(commodity, (counts.get(commodity) ?? 0) + 1);
    commodityCounts.set(example, counts);
    // One edge per occupation and example, even when O*NET lists it under two commodities.
    const key = `${row[CODE]}\t${example}`;
    const seen = demand.get(key);
    const inDemand = row["In Demand"] === "Y" || (seen?.inDemand ?? false);
    demand.set(key, { code: row[CODE] as string, example, inDemand });
  }

  const idOf = uniqueIds(commodityCounts.keys(), "tool:");
  const used = new Set<string>();
  const tools: ToolNode[] = [];
  for (const [example, counts] of commodityCounts) {
    const commodity = [...counts].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0] ?? "";
    used.add(commodity);
    tools.push({
      id: idOf.get(example) as string,
      kind: "tool",
      label: example,
      category: `c-${commodity}`,
    });
  }
  const categories = [...used].sort(byString).map((code) => ({
    id: `c-${code}`,
    label: commodityTitle.get(code) as string,
    description: `UNSPSC commodity ${code}`,
  }));
  const edges: RequiresEdge[] = [...demand.values()].map((d) => ({
    kind: "requires",
    source: `role:${d.code}`,
    target: idOf.get(d.example) as string,
    importance: d.inDemand ? "core" : "secondary",
    hotTechnology: true,
    inDemand: d.inDemand,
  }));
  return { tools: tools.sort((a, b) => byString(a.id, b.id)), categories, edges };
}
