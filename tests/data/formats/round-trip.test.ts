import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportGraph } from "../../../src/data/formats/export.ts";
import { importGraphText } from "../../../src/data/formats/import.ts";
import { xmldomParser } from "../../../src/data/formats/xmldom-parser.ts";
import { loadGraphDocument } from "../../../src/data/load.ts";
import type { GraphDocument } from "../../../src/data/schema.ts";
import { essentials } from "./helpers.ts";

const options = { xml: xmldomParser, importedAt: "2026-11-22" };
const file = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8"));

function roundTrip(document: GraphDocument, format: "json" | "gexf" | "graphml") {
  const result = importGraphText(`out.${format}`, exportGraph(document, format), options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.document;
}

describe.each([
  ["MLOps", "../../../graph-data/mlops.json"],
  ["kitchen", "../../fixtures/kitchen-careers.json"],
])("the %s data set through every export format", (_name, path) => {
  const loaded = loadGraphDocument(file(path));
  if (!loaded.ok) throw new Error("fixture invalid");
  it.each(["json", "gexf", "graphml"] as const)("comes back the same from %s", (format) => {
    // `$schema` points at a path beside the original file: exports leave it out.
    const { $schema: _schema, ...document } = loaded.document;
    expect(roundTrip(loaded.document, format)).toEqual(document);
  });
});

// Labels with markup, quotes, separators and non-Latin text: XML escaping and the alias
// separator must not change them. (XML 1.0 cannot hold control characters; see docs/formats.md.)
const word = fc.stringMatching(/^[A-Za-z0-9 <>&"'|;,.:\u00e9\u4e2d\u05d0-]{1,12}$/);
const label = (prefix: string, i: number) => word.map((w) => `${prefix}${i} ${w}`.trim());

const documents = fc
  .record({
    roles: fc.integer({ min: 1, max: 5 }),
    items: fc.integer({ min: 0, max: 5 }),
    tracks: fc.array(word, { minLength: 1, maxLength: 3 }),
    levels: fc.array(word, { minLength: 1, maxLength: 3 }),
    seed: fc.integer(),
  })
  .chain(({ roles, items, tracks, levels }) =>
    fc.record({
      roles: fc.tuple(
        ...Array.from({ length: roles }, (_, i) =>
          fc.record({
            label: label("Role", i),
            track: fc.integer({ min: 0, max: tracks.length - 1 }),
            level: fc.integer({ min: 0, max: levels.length - 1 }),
            aliases: fc.array(
              word.map((w) => `${w} aka ${i}`),
              { maxLength: 2 },
            ),
          }),
        ),
      ),
      items: fc.tuple(
        ...Array.from({ length: items }, (_, i) =>
          fc.record({ label: label("Item", i), tool: fc.boolean() }),
        ),
      ),
      edges: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          kind: fc.constantFrom("progression", "overlap", "requires"),
          secondary: fc.boolean(),
          group: fc.option(word, { nil: undefined }),
        }),
        { maxLength: 8 },
      ),
      tracks: fc.constant(tracks),
      levels: fc.constant(levels),
    }),
  )
  .map(({ roles, items, edges, tracks, levels }) => {
    const roleIds = roles.map((_, i) => `role:r${i}`);
    const itemIds = items.map((it, i) => `${it.tool ? "tool" : "skill"}:i${i}`);
    const seen = new Set<string>();
    const docEdges = edges.flatMap((e): Record<string, string>[] => {
      const source = roleIds[e.a % roleIds.length] as string;
      const pool = e.kind === "requires" ? itemIds : roleIds;
      const target = pool[e.b % Math.max(pool.length, 1)];
      const key = `${source} ${target}`;
      if (!target || target === source || seen.has(key) || seen.has(`${target} ${source}`))
        return [];
      seen.add(key);
      if (e.kind !== "requires") return [{ kind: e.kind, source, target }];
      return [
        {
          kind: e.kind,
          source,
          target,
          importance: e.secondary ? "secondary" : "core",
          ...(e.group ? { group: e.group } : {}),
        },
      ];
    });
    return {
      id: "random",
      title: "Random graph",
      vocabulary: {
        tracks: tracks.map((t, i) => ({ id: `t${i}`, label: t })),
        levels: levels.map((l, i) => ({ id: `l${i}`, label: l })),
      },
      datasets: [{ id: "test", title: "Test", licence: "CC0", attribution: "Tests" }],
      defaultSources: [{ dataset: "test" }],
      nodes: [
        ...roles.map((r, i) => ({
          id: roleIds[i],
          kind: "role",
          label: r.label,
          track: `t${r.track}`,
          level: `l${r.level}`,
          ...(r.aliases.length ? { aliases: r.aliases } : {}),
        })),
        ...items.map((it, i) => ({
          id: itemIds[i],
          kind: it.tool ? "tool" : "skill",
          label: it.label,
        })),
      ],
      edges: docEdges,
    };
  });

describe("round trip of random small documents", () => {
  it.each(["gexf", "graphml"] as const)(
    "export to %s then import gives the same graph",
    (format) => {
      fc.assert(
        fc.property(documents, (json) => {
          const loaded = loadGraphDocument(json);
          fc.pre(loaded.ok);
          if (!loaded.ok) return;
          expect(essentials(roundTrip(loaded.document, format))).toEqual(
            essentials(loaded.document),
          );
        }),
        { numRuns: 60 },
      );
    },
  );
});
