import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSkillRoute, type Route } from "../../../src/graph/route/find-skill-route.ts";
import type { MiniGraph } from "../../helpers/doc-builder.ts";
import { miniGraph } from "../../helpers/load.ts";

/** Reference: full requirement sets straight from the definition (own ∪ full set of buildsOn). */
function fullSet(g: MiniGraph, id: string): Set<string> {
  const role = g.roles.find((r) => r.id === id);
  const own = Object.keys(role?.requires ?? {});
  return new Set([...own, ...(role?.buildsOn ? fullSet(g, role.buildsOn) : [])]);
}

/** Importance per item over the ladder: core anywhere on it wins. */
function fullImportance(g: MiniGraph, id: string): Map<string, "core" | "secondary"> {
  const role = g.roles.find((r) => r.id === id);
  const out = role?.buildsOn ? fullImportance(g, role.buildsOn) : new Map();
  for (const [item, imp] of Object.entries(role?.requires ?? {}))
    if (out.get(item) !== "core") out.set(item, imp);
  return out;
}

/** What a route counts at a role: core requirements, or all of them with `withSecondary`. */
function countedSet(c: Case, id: string): Set<string> {
  const imp = fullImportance(c.g, id);
  return new Set([...imp].filter(([, i]) => c.withSecondary || i === "core").map(([k]) => k));
}

interface Case {
  g: MiniGraph;
  from: string | undefined;
  have: string[];
  to: string;
  lateral: boolean;
  mode: "skills" | "steps";
  withSecondary: boolean;
}

/** Reference: every simple route, scored by brute force. */
function bruteForce(c: Case): { learn: number; moves: number }[] {
  const { g } = c;
  const next = (id: string) => [
    ...(g.progression ?? []).filter(([s]) => s === id).map(([, t]) => t),
    ...(c.lateral
      ? (g.overlap ?? []).flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []))
      : []),
  ];
  const starts = c.from
    ? [c.from]
    : g.roles.map((r) => r.id).filter((id) => !(g.progression ?? []).some(([, t]) => t === id));
  const held0 = new Set([...c.have, ...(c.from ? fullSet(g, c.from) : [])]);
  const out: { learn: number; moves: number }[] = [];
  const walk = (path: string[]) => {
    const here = path[path.length - 1] as string;
    if (here === c.to) {
      const union = new Set(path.flatMap((id) => [...countedSet(c, id)]));
      const learn = [...union].filter((i) => !held0.has(i)).length;
      // Entering the first role from outside counts as a move, as in the route's own count.
      out.push({ learn, moves: path.length - 1 + (c.from ? 0 : 1) });
      return;
    }
    for (const n of next(here)) if (!path.includes(n)) walk([...path, n]);
  };
  for (const s of starts) walk([s]);
  return out;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({ n: fc.integer({ min: 2, max: 6 }), m: fc.integer({ min: 1, max: 6 }) })
  .chain(({ n, m }) => {
    const roles = Array.from({ length: n }, (_, i) => `role:r${i}`);
    const items = Array.from({ length: m }, (_, i) => (i % 2 ? `tool:t${i}` : `skill:s${i}`));
    const pair = fc
      .tuple(fc.constantFrom(...roles), fc.constantFrom(...roles))
      .filter(([a, b]) => a !== b);
    return fc
      .record({
        requires: fc.array(
          fc.dictionary(
            fc.constantFrom(...items),
            fc.constantFrom("core" as const, "secondary" as const),
            { maxKeys: m },
          ),
          { minLength: n, maxLength: n },
        ),
        // buildsOn only points to a lower-numbered role, so ladders never loop.
        buildsOn: fc.array(fc.option(fc.nat(n - 1), { nil: undefined }), {
          minLength: n,
          maxLength: n,
        }),
        progression: fc.uniqueArray(pair, { selector: ([a, b]) => `${a}>${b}`, maxLength: 2 * n }),
        overlap: fc.uniqueArray(pair, {
          selector: ([a, b]) => [a, b].sort().join("~"),
          maxLength: n,
        }),
        from: fc.option(fc.constantFrom(...roles), { nil: undefined }),
        have: fc.subarray(items),
        to: fc.constantFrom(...roles),
        lateral: fc.boolean(),
        mode: fc.constantFrom("skills" as const, "steps" as const),
        withSecondary: fc.boolean(),
      })
      .map(
        (r): Case => ({
          g: {
            roles: roles.map((id, i) => {
              const below = r.buildsOn[i];
              return {
                id,
                requires: r.requires[i] ?? {},
                ...(below !== undefined && below < i ? { buildsOn: roles[below] } : {}),
              };
            }),
            items,
            progression: r.progression,
            overlap: r.overlap,
          },
          from: r.from,
          have: r.have,
          to: r.to,
          lateral: r.lateral,
          mode: r.mode,
          withSecondary: r.withSecondary,
        }),
      );
  });

function checkStepArithmetic(c: Case, route: Route): void {
  const held = new Set([...c.have, ...(c.from ? fullSet(c.g, c.from) : [])]);
  let total = 0;
  route.steps.forEach((step, i) => {
    const counted = countedSet(c, step.id);
    const expected = [...counted].filter((id) => !held.has(id)).sort();
    expect(step.learn.map((l) => l.id).sort()).toEqual(expected);
    // Nice to have: the secondary requirements not held, listed but not counted.
    const secondary = [...fullSet(c.g, step.id)].filter((id) => !counted.has(id) && !held.has(id));
    expect(step.niceToHave.map((l) => l.id).sort()).toEqual(secondary.sort());
    for (const id of counted) held.add(id);
    total += expected.length;
    expect(step.total).toBe(total);
    if (i === 0) expect(step.via).toBe(c.from ? "start" : "entry");
  });
  expect(route.learnCount).toBe(total);
  expect(route.steps[route.steps.length - 1]?.id).toBe(c.to);
}

describe("findSkillRoute on random career graphs", () => {
  it("is exactly optimal against brute force over every simple route", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = findSkillRoute(miniGraph(c.g), {
          from: c.from,
          have: c.have,
          to: c.to,
          mode: c.mode,
          allowLateral: c.lateral,
          withSecondary: c.withSecondary,
          alternatives: 0,
        });
        const all = bruteForce(c);
        if (all.length === 0) {
          expect(result.ok).toBe(false);
          return;
        }
        const order = (a: { learn: number; moves: number }, b: { learn: number; moves: number }) =>
          c.mode === "skills"
            ? a.learn - b.learn || a.moves - b.moves
            : a.moves - b.moves || a.learn - b.learn;
        const best = all.sort(order)[0];
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const moves = result.route.moves + (c.from ? 0 : 1);
        expect({ learn: result.route.learnCount, moves }).toEqual(best);
        checkStepArithmetic(c, result.route);
        for (const alt of result.alternatives) checkStepArithmetic(c, alt);
      }),
      { numRuns: 600 },
    );
  });
});
