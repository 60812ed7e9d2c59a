/**
 * Mutated files in every import format: the importer never throws, and always answers with a
 * graph or a short list of located errors, quickly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importGraphFiles } from "../../../src/data/formats/import.ts";
import { xmldomParser } from "../../../src/data/formats/xmldom-parser.ts";
import { fixture } from "./helpers.ts";

const options = { xml: xmldomParser, importedAt: "2026-11-22" };
const HOSTILE = [
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  '"',
  "&amp;",
  "\u202e",
  "\u200b",
  "|",
  ",",
  "\n",
];

/** Cut, duplicate or replace a slice of the text; or splice in a hostile token. */
const mutation = (length: number) =>
  fc.oneof(
    fc.record({ at: fc.nat(length), cut: fc.nat(40) }).map(
      ({ at, cut }) =>
        (t: string) =>
          t.slice(0, at) + t.slice(at + cut),
    ),
    fc.record({ at: fc.nat(length), size: fc.nat(60) }).map(
      ({ at, size }) =>
        (t: string) =>
          t.slice(0, at) + t.slice(at, at + size) + t.slice(at),
    ),
    fc.record({ at: fc.nat(length), token: fc.constantFrom(...HOSTILE) }).map(
      ({ at, token }) =>
        (t: string) =>
          t.slice(0, at) + token + t.slice(at),
    ),
  );

const FILES = [
  [fixture("kitchen.gexf")],
  [fixture("kitchen.graphml")],
  [fixture("nodes.csv"), fixture("edges.csv")],
] as const;

describe.each(FILES.map((files) => [files[0].name, files] as const))(
  "mutated %s",
  (_name, files) => {
    it("always gives a graph or located errors, never an exception", () => {
      const length = files[0].text.length;
      fc.assert(
        fc.property(
          fc.array(mutation(length), { minLength: 1, maxLength: 4 }),
          fc.nat(files.length - 1),
          (mutations, which) => {
            const mutated = files.map((f, i) =>
              i === which ? { ...f, text: mutations.reduce((t, m) => m(t), f.text) } : f,
            );
            const start = performance.now();
            const result = importGraphFiles(mutated, options);
            expect(performance.now() - start).toBeLessThan(2_000);
            if (result.ok) {
              expect(result.document.nodes.length).toBeGreaterThan(0);
              return;
            }
            expect(result.errors.length).toBeGreaterThan(0);
            expect(result.errors.length).toBeLessThanOrEqual(200);
            for (const e of result.errors) {
              expect(typeof e.message).toBe("string");
              expect(e.message.length + e.path.length).toBeLessThan(1_000);
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  },
);
