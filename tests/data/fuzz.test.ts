/**
 * Property tests over damaged documents: whatever the damage, loading never throws, answers with
 * a graph or a list of located errors of bounded size, within a time limit, and `validate` (the
 * CLI's function, in process) gives the same verdict as the loader.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../../src/cli/validate-files.ts";
import { MAX_ERRORS, MAX_MESSAGE } from "../../src/data/errors.ts";
import { syntaxErrorOffset } from "../../src/data/json-text.ts";
import { type LoadResult, loadGraphDocument, loadGraphText } from "../../src/data/load.ts";
import { readSeeds } from "../../src/data/seeds-node.ts";
import { MLOPS_FILE } from "../helpers/mlops.ts";

const TEXT = readFileSync(MLOPS_FILE, "utf8");
const SEEDS = readSeeds();
const dir = mkdtempSync(join(tmpdir(), "cpe-fuzz-"));

let deep: unknown = "x";
for (let i = 0; i < 5_000; i++) deep = { a: deep };

const hostile = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "isPrototypeOf",
    "<img src=x onerror=window.__pwned=1>",
    '"><script>alert(1)</script>',
    "\u202eevil\u202c",
    "\u200b",
    "\ufeff",
    "role:__proto__",
    "skill:constructor",
    "x".repeat(100_000),
    deep,
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
    1e308,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
  ),
  fc.anything({ maxDepth: 3 }),
);

/** A path into the document: a top-level field, or a field of some node or edge. */
const damage = fc.record({
  where: fc.constantFrom("nodes", "edges", "top", "vocabulary", "sources"),
  index: fc.nat(200),
  field: fc.constantFrom(
    "id",
    "kind",
    "label",
    "source",
    "target",
    "sources",
    "buildsOn",
    "track",
    "level",
    "aliases",
    "importance",
    "group",
    "salary",
    "__proto__",
    "constructor",
  ),
  value: hostile,
});

type Loose = Record<string, unknown>;
type Cut = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function damaged(cuts: Cut[]): Loose {
  return damagedFrom(JSON.parse(TEXT), cuts);
}

function damagedFrom(doc: Loose, cuts: Cut[]): Loose {
  for (const { where, index, field, value } of cuts) {
    const set = (target: unknown) => {
      if (typeof target === "object" && target !== null)
        Object.defineProperty(target, field, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    };
    if (where === "top") set(doc);
    else if (where === "vocabulary") set(doc.vocabulary);
    else if (where === "sources") {
      const node = (doc.nodes as Loose[])[index % (doc.nodes as Loose[]).length];
      set((node?.sources as unknown[] | undefined)?.[0]);
    } else {
      const list = doc[where] as unknown[];
      set(list[index % list.length]);
    }
  }
  return doc;
}

function checkAnswer(result: LoadResult): void {
  if (result.ok) {
    expect(result.graph.order).toBeGreaterThan(0);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(MAX_ERRORS);
  for (const e of result.errors) {
    expect(typeof e.path).toBe("string");
    expect(e.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(e.path.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(e.message).not.toMatch(
      /internal error|Too (big|small)|Invalid input|expected .* received/,
    );
  }
}

describe("damaged documents", () => {
  it("always load to a graph or bounded, located errors, quickly", () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (cuts) => {
        const started = performance.now();
        const result = loadGraphDocument(damaged(cuts));
        expect(performance.now() - started).toBeLessThan(2_000);
        checkAnswer(result);
      }),
      { numRuns: 150 },
    );
  });

  it("get the same verdict from the loader and from validate", () => {
    const file = join(dir, "damaged.json");
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (cuts) => {
        const doc = damaged(cuts);
        let text: string;
        try {
          text = JSON.stringify(doc);
        } catch {
          return; // not writable as JSON (too deep for the serializer): nothing to compare
        }
        writeFileSync(file, text);
        const loaded = loadGraphText(text, { seeds: SEEDS });
        const lines: string[] = [];
        const code = validateFiles(
          [file],
          {},
          { out: (l) => lines.push(l), err: (l) => lines.push(l) },
        );
        expect(code).toBe(loaded.ok ? 0 : 1);
        if (!loaded.ok) expect(lines.at(-1)).toMatch(/ \d[\d,]* errors?$/);
      }),
      { numRuns: 60 },
    );
  });

  it("as text: random cuts and splices of the file never throw and always say where", () => {
    fc.assert(
      fc.property(
        fc.nat(TEXT.length),
        fc.nat(TEXT.length),
        fc.string({ maxLength: 8 }),
        (a, b, splice) => {
          const text = TEXT.slice(0, Math.min(a, b)) + splice + TEXT.slice(Math.max(a, b));
          const result = loadGraphText(text);
          checkAnswer(result);
          if (!result.ok && result.errors[0]?.message.startsWith("is not valid JSON"))
            expect(result.errors[0].message).toMatch(/line \d+, column \d+/);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the JSON syntax locator", () => {
  it("agrees with JSON.parse on what is valid", () => {
    const nearlyJson = fc.oneof(
      fc.json(),
      fc.json().map((t) => t.slice(0, Math.max(0, t.length - 1))),
      fc
        .tuple(
          fc.json(),
          fc.nat(),
          fc.constantFrom(",", "]", "}", '"', ":", "\\", "\u0001", "tru", "01", "-"),
        )
        .map(([t, i, c]) => t.slice(0, i % (t.length + 1)) + c + t.slice(i % (t.length + 1))),
    );
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = syntaxErrorOffset(text);
        expect(offset === undefined).toBe(valid);
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1_000 },
    );
  });
});
