/**
 * A synthetic occupation taxonomy shaped like O*NET for layout tests and benchmarks: many roles
 * over a few dozen tracks and a short ladder of levels, uneven cell sizes, long names, dense
 * ranked overlap (mostly within a track) and progression one level up between related roles.
 * One dataset source covers every fact. Deterministic for a given seed.
 */
import type { GraphDocumentInput } from "../src/data/schema.ts";
import { random } from "./measure.ts";

export interface TaxonomyOptions {
  roles: number;
  tracks: number;
  levels: number;
  /** Related roles per role (ranked 1…n). */
  related: number;
  /** Share of roles without a level. */
  unlevelled?: number;
  seed: number;
}

const WORDS = [
  "Technicians",
  "Specialists",
  "Operators",
  "Analysts",
  "Managers",
  "Inspectors",
  "and",
  "Maintenance",
  "Equipment",
  "Systems",
  "Clinical",
  "Production",
  "Installation",
  "Repairers",
];

export function syntheticTaxonomyDocument(o: TaxonomyOptions): GraphDocumentInput {
  const rnd = random(o.seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const tracks = Array.from({ length: o.tracks }, (_, i) => ({
    id: `group-${i}`,
    label: `Occupation group ${i} and ${WORDS[i % WORDS.length]} Related`,
  }));
  const levels = Array.from({ length: o.levels }, (_, i) => ({
    id: `zone-${i + 1}`,
    label: `Zone ${i + 1}`,
  }));
  const doc: GraphDocumentInput = {
    id: "taxonomy",
    title: "Synthetic taxonomy",
    vocabulary: {
      tracks,
      levels,
      wording: {
        track: { one: "group", many: "groups" },
        level: { one: "zone", many: "zones" },
        role: { one: "occupation", many: "occupations" },
      },
    },
    datasets: [{ id: "synthetic", title: "Synthetic", licence: "CC0", attribution: "Synthetic" }],
    defaultSources: [{ dataset: "synthetic" }],
    nodes: [],
    edges: [],
  };
  const roles: { id: string; track: number; level: number | undefined }[] = [];
  for (let r = 0; r < o.roles; r++) {
    // Skewed track sizes: a few big groups, a long tail, as in real taxonomies.
    const track = Math.min(o.tracks - 1, Math.floor(o.tracks * rnd() ** 1.6));
    const level = rnd() < (o.unlevelled ?? 0) ? undefined : pick(o.levels);
    const words = Array.from({ length: 2 + pick(7) }, () => WORDS[pick(WORDS.length)]);
    const id = `role:${track}-${r}`;
    roles.push({ id, track, level });
    doc.nodes.push({
      id,
      kind: "role",
      label: `Occupation ${r} ${words.join(" ")}`,
      track: `group-${track}`,
      ...(level === undefined ? {} : { level: `zone-${level + 1}` }),
    });
  }
  const byTrack = new Map<number, typeof roles>();
  for (const r of roles) byTrack.set(r.track, [...(byTrack.get(r.track) ?? []), r]);
  const seen = new Set<string>();
  for (const role of roles) {
    const sameTrack = byTrack.get(role.track) ?? [];
    for (let rank = 1; rank <= o.related; rank++) {
      const pool = rnd() < 0.7 ? sameTrack : roles;
      const other = pool[pick(pool.length)];
      if (!other || other.id === role.id) continue;
      const key = [role.id, other.id].sort().join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      doc.edges.push({ kind: "overlap", source: role.id, target: other.id, rank });
      if (
        role.level !== undefined &&
        other.level !== undefined &&
        Math.abs(role.level - other.level) === 1
      ) {
        const [from, to] = role.level < other.level ? [role, other] : [other, role];
        doc.edges.push({ kind: "progression", source: from.id, target: to.id });
      }
    }
  }
  return doc;
}
