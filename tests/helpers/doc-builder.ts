/** Builds small, valid graph documents for tests: every fact cites a (fake) seed. */
import type { GraphDocumentInput } from "../../src/data/schema.ts";

export const TEST_SEED = "test_seed.txt";
export const src = [{ seed: TEST_SEED, quote: "a quote long enough" }];

export interface MiniGraph {
  roles: {
    id: string;
    buildsOn?: string;
    requires?: Record<string, "core" | "secondary">;
    /** "One of" groups: name → importance and members. */
    oneOf?: Record<string, { importance: "core" | "secondary"; members: string[] }>;
  }[];
  items?: string[];
  progression?: [string, string][];
  overlap?: [string, string][];
}

export function miniDocument(g: MiniGraph): GraphDocumentInput {
  const items = new Set(g.items ?? []);
  for (const r of g.roles) for (const id of Object.keys(r.requires ?? {})) items.add(id);
  for (const r of g.roles)
    for (const { members } of Object.values(r.oneOf ?? {})) for (const id of members) items.add(id);
  return {
    id: "test",
    title: "Test graph",
    seeds: [{ file: TEST_SEED, title: "Test seed" }],
    nodes: [
      ...g.roles.map((r) => ({
        id: r.id,
        kind: "role" as const,
        label: label(r.id),
        track: "mlops" as const,
        ...(r.buildsOn ? { buildsOn: r.buildsOn } : {}),
        sources: src,
      })),
      ...[...items].map((id) =>
        id.startsWith("tool:")
          ? {
              id,
              kind: "tool" as const,
              label: label(id),
              category: "monitoring" as const,
              sources: src,
            }
          : {
              id,
              kind: "skill" as const,
              label: label(id),
              category: "technical" as const,
              sources: src,
            },
      ),
    ],
    edges: [
      ...(g.progression ?? []).map(([source, target]) => ({
        kind: "progression" as const,
        source,
        target,
        sources: src,
      })),
      ...(g.overlap ?? []).map(([source, target]) => ({
        kind: "overlap" as const,
        source,
        target,
        sources: src,
      })),
      ...g.roles.flatMap((r) =>
        Object.entries(r.requires ?? {}).map(([target, importance]) => ({
          kind: "requires" as const,
          source: r.id,
          target,
          importance,
          sources: src,
        })),
      ),
      ...g.roles.flatMap((r) =>
        Object.entries(r.oneOf ?? {}).flatMap(([group, { importance, members }]) =>
          members.map((target) => ({
            kind: "requires" as const,
            source: r.id,
            target,
            importance,
            group,
            sources: src,
          })),
        ),
      ),
    ],
  };
}

function label(id: string): string {
  const name = id.split(":")[1] ?? id;
  return name.replace(
    /(^|-)(\w)/g,
    (_m, dash: string, c: string) => `${dash ? " " : ""}${c.toUpperCase()}`,
  );
}
