/**
 * A synthetic career graph for benchmarks: several ladders whose levels build on each other,
 * adjacent roles overlapping random ladder roles, and requirements drawn from a shared pool so
 * routes compete. Deterministic for a given seed.
 */
import type { GraphDocumentInput } from "../src/data/schema.ts";
import { random } from "./measure.ts";

export interface SyntheticOptions {
  ladders: number;
  levels: number;
  adjacent: number;
  items: number;
  seed: number;
}

export function syntheticCareerDocument(o: SyntheticOptions): GraphDocumentInput {
  const rnd = random(o.seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const sources = [{ seed: "synthetic.txt", quote: "synthetic benchmark data" }];
  const doc: GraphDocumentInput = {
    id: "synthetic",
    title: "Synthetic",
    seeds: [{ file: "synthetic.txt", title: "Synthetic" }],
    nodes: [],
    edges: [],
  };
  const roles: string[] = [];
  for (let l = 0; l < o.ladders; l++) {
    for (let v = 0; v < o.levels; v++) {
      const id = `role:ladder-${l}-level-${v}`;
      roles.push(id);
      doc.nodes.push({
        id,
        kind: "role",
        label: `Ladder ${l} level ${v}`,
        track: "mlops",
        ...(v > 0 ? { buildsOn: `role:ladder-${l}-level-${v - 1}` } : {}),
        sources,
      });
      if (v > 0)
        doc.edges.push({
          kind: "progression",
          source: `role:ladder-${l}-level-${v - 1}`,
          target: id,
          sources,
        });
      // Cross-ladder promotions, so there are many competing routes.
      if (v > 0 && l > 0 && rnd() < 0.5)
        doc.edges.push({
          kind: "progression",
          source: `role:ladder-${l - 1}-level-${v - 1}`,
          target: id,
          sources,
        });
    }
  }
  for (let a = 0; a < o.adjacent; a++) {
    const id = `role:adjacent-${a}`;
    doc.nodes.push({ id, kind: "role", label: `Adjacent ${a}`, track: "adjacent", sources });
    roles.push(id);
    const seen = new Set<string>();
    for (let k = 0; k < 2; k++) {
      const other = roles[pick(o.ladders * o.levels)] as string;
      if (seen.has(other)) continue;
      seen.add(other);
      doc.edges.push({ kind: "overlap", source: id, target: other, sources });
    }
  }
  for (let i = 0; i < o.items; i++)
    doc.nodes.push({
      id: `skill:s${i}`,
      kind: "skill",
      label: `Skill ${i}`,
      category: "technical",
      sources,
    });
  for (const role of roles) {
    const own = new Set<number>();
    const count = 2 + pick(6);
    while (own.size < count) own.add(pick(o.items));
    for (const i of own)
      doc.edges.push({
        kind: "requires",
        source: role,
        target: `skill:s${i}`,
        importance: rnd() < 0.6 ? "core" : "secondary",
        sources,
      });
  }
  return doc;
}
