/**
 * Realistic synthetic career graphs at national scale, for the benchmarks: tracks of ladders
 * (each rung builds on the one below and is its usual next job), a few cross-track moves one
 * level up, overlap between roles that share work (same track, nearby level, ranked), skills and
 * tools with long-tail popularity (a handful everyone asks for, most asked for by few), each
 * track with its own pool, and "one of" groups. Deterministic for a given seed.
 *
 * Sizes: M ≈ O*NET (1,000 roles, 5,000 items, ~50k links), L ≈ ESCO (3,000 roles, 15,000 items,
 * ~150k links).
 */
import type { GraphDocumentInput } from "../src/data/schema.ts";
import { random } from "./measure.ts";

export interface CareerGraphOptions {
  roles: number;
  items: number;
  /** Roughly how many edges in all. */
  links: number;
  tracks: number;
  seed: number;
}

export const SIZE_M: CareerGraphOptions = {
  roles: 1_000,
  items: 5_000,
  links: 50_000,
  tracks: 20,
  seed: 11,
};
export const SIZE_L: CareerGraphOptions = {
  roles: 3_000,
  items: 15_000,
  links: 150_000,
  tracks: 40,
  seed: 13,
};

const LEVELS = 6;

export function careerGraphDocument(o: CareerGraphOptions): GraphDocumentInput {
  const rnd = random(o.seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  // Zipf-like popularity: index i drawn with weight ∝ 1 / (i + 1).
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(rnd() * Math.log(n + 1)) - 1));
  const itemId = (i: number) => (i % 5 < 2 ? `skill:s${i}` : `tool:t${i}`);
  const trackOfItem = (i: number) => i % o.tracks;
  const poolSize = Math.floor(o.items / o.tracks);

  const nodes: GraphDocumentInput["nodes"] = [];
  const edges: GraphDocumentInput["edges"] = [];
  for (let i = 0; i < o.items; i++) {
    const id = itemId(i);
    nodes.push(
      id.startsWith("skill:")
        ? { id, kind: "skill", label: `Skill ${i}`, category: `c${trackOfItem(i)}` }
        : { id, kind: "tool", label: `Tool ${i}`, category: `c${trackOfItem(i)}` },
    );
  }

  interface R {
    id: string;
    track: number;
    level: number;
  }
  const roles: R[] = [];
  const byTrackLevel = new Map<string, R[]>();
  const progressionCount = Math.round(o.roles * 0.25);
  const overlapPerRole = 4;
  const requiresPerRole = Math.max(
    8,
    Math.round((o.links - o.roles * 1.2 - progressionCount - o.roles * overlapPerRole) / o.roles),
  );

  // Ladders of 2–6 rungs, track by track, until there are enough roles.
  let ladder = 0;
  while (roles.length < o.roles) {
    const track = ladder % o.tracks;
    const length = Math.min(2 + pick(5), o.roles - roles.length);
    const start = pick(LEVELS - length + 1);
    let below: R | undefined;
    for (let k = 0; k < length; k++) {
      const role: R = { id: `role:r${roles.length}`, track, level: start + k };
      roles.push(role);
      const key = `${track}|${role.level}`;
      byTrackLevel.set(key, [...(byTrackLevel.get(key) ?? []), role]);
      nodes.push({
        id: role.id,
        kind: "role",
        label: `Role ${roles.length} (track ${track}, level ${role.level + 1})`,
        track: `t${track}`,
        level: `l${role.level}`,
        ...(below ? { buildsOn: below.id } : {}),
      });
      // An entry rung states a full set; higher rungs state what is new.
      const count = below ? Math.round(requiresPerRole * 0.6) : Math.round(requiresPerRole * 1.6);
      const chosen = new Set<number>();
      while (chosen.size < count) {
        const local = rnd() < 0.7;
        const i = local ? track + o.tracks * zipf(poolSize) : zipf(o.items);
        chosen.add(Math.min(o.items - 1, i));
      }
      const ids = [...chosen];
      // One role in six needs "one of" three related items from its track's pool.
      const grouped = rnd() < 1 / 6 ? ids.splice(0, 3) : [];
      for (const i of ids)
        edges.push({
          kind: "requires",
          source: role.id,
          target: itemId(i),
          importance: rnd() < 0.5 ? "core" : "secondary",
        });
      for (const i of grouped)
        edges.push({
          kind: "requires",
          source: role.id,
          target: itemId(i),
          importance: "core",
          group: "one of",
        });
      if (below) edges.push({ kind: "progression", source: below.id, target: role.id });
      below = role;
    }
    ladder++;
  }

  const edgeKeys = new Set(edges.map((e) => `${e.kind}:${e.source}>${e.target}`));
  const add = (kind: "progression" | "overlap", a: string, b: string, rank?: number) => {
    const key = kind === "overlap" ? `overlap:${[a, b].sort().join(">")}` : `${kind}:${a}>${b}`;
    if (a === b || edgeKeys.has(key)) return;
    if (kind === "progression" && edgeKeys.has(`progression:${b}>${a}`)) return;
    edgeKeys.add(key);
    edges.push(
      kind === "overlap"
        ? { kind, source: a, target: b, ...(rank ? { rank } : {}) }
        : { kind, source: a, target: b },
    );
  };
  // Cross-track moves: one level up into another track.
  for (let k = 0; k < progressionCount; k++) {
    const from = roles[pick(roles.length)] as R;
    const to = byTrackLevel.get(`${pick(o.tracks)}|${from.level + 1}`);
    if (to?.length) add("progression", from.id, (to[pick(to.length)] as R).id);
  }
  // Overlap: roles at the same or a neighbouring level, mostly in the same track.
  for (const role of roles) {
    for (let rank = 1; rank <= overlapPerRole / 2; rank++) {
      const track = rnd() < 0.75 ? role.track : pick(o.tracks);
      const level = Math.max(0, Math.min(LEVELS - 1, role.level + pick(3) - 1));
      const peers = byTrackLevel.get(`${track}|${level}`);
      if (peers?.length) add("overlap", role.id, (peers[pick(peers.length)] as R).id, rank);
    }
  }

  return {
    id: `synthetic-${o.roles}`,
    title: `Synthetic career graph (${o.roles} roles)`,
    vocabulary: {
      tracks: Array.from({ length: o.tracks }, (_, t) => ({ id: `t${t}`, label: `Track ${t}` })),
      levels: Array.from({ length: LEVELS }, (_, l) => ({ id: `l${l}`, label: `Level ${l + 1}` })),
    },
    datasets: [
      {
        id: "synthetic",
        title: "Synthetic benchmark data",
        licence: "none",
        attribution: "Generated by bench/career-generator.ts",
      },
    ],
    defaultSources: [{ dataset: "synthetic" }],
    nodes,
    edges,
  };
}
