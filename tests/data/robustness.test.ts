import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatError } from "../../src/data/errors.ts";
import { loadGraphDocument, loadGraphText } from "../../src/data/load.ts";
import type { GraphDocumentInput } from "../../src/data/schema.ts";
import { schemaErrors } from "../../src/data/schema-errors.ts";
import { miniDocument, src } from "../helpers/doc-builder.ts";
import { MLOPS_FILE } from "../helpers/mlops.ts";

type Loose = Record<string, unknown>;
const mlops = () =>
  JSON.parse(readFileSync(MLOPS_FILE, "utf8")) as Loose & { nodes: Loose[]; edges: Loose[] };

/** An entry of a document's list, for damaging it. */
const at = (list: unknown[], i: number) => list[i] as Loose;

const base = (): GraphDocumentInput =>
  miniDocument({
    roles: [
      { id: "role:a", requires: { "skill:x": "core" } },
      { id: "role:b", buildsOn: "role:a", requires: { "tool:y": "secondary" } },
    ],
    progression: [["role:a", "role:b"]],
  });

function errorsOf(doc: unknown): string[] {
  const result = loadGraphDocument(doc);
  return result.ok ? [] : result.errors.map((e) => formatError(e));
}

const HOSTILE_NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
];

describe("hostile strings are plain strings", () => {
  for (const name of HOSTILE_NAMES) {
    it(`reports an edge kind, node kind, id and track of "${name}" as errors, never a crash`, () => {
      for (const damage of [
        (d: ReturnType<typeof mlops>) => {
          at(d.edges, 0).kind = name;
        },
        (d: ReturnType<typeof mlops>) => {
          at(d.nodes, 0).kind = name;
        },
        (d: ReturnType<typeof mlops>) => {
          at(d.nodes, 0).id = name;
        },
        (d: ReturnType<typeof mlops>) => {
          at(d.nodes, 0).track = name;
        },
        (d: ReturnType<typeof mlops>) => {
          at(d.nodes, 0).category = name;
        },
        (d: ReturnType<typeof mlops>) => {
          at(d.edges, 0).group = name;
        },
        (d: ReturnType<typeof mlops>) => {
          at(d.nodes, 0)[name] = { x: 1 };
        },
      ]) {
        const doc = mlops();
        damage(doc);
        const result = loadGraphDocument(doc);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }
      const doc = mlops();
      at(doc.edges, 0).kind = name;
      expect(errorsOf(doc)).toEqual([`edges[0].kind "${name}" is not a known kind`]);
    });
  }
});

describe("bounded answers", () => {
  it("reports a 20,000-deep nested kind without overflowing the stack", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const doc = mlops();
    at(doc.edges, 0).kind = deep;
    const errors = errorsOf(doc);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(/edges\[0\]\.kind .*nested more than \d+ levels deep/);
  });

  it("rejects deep nesting in a field the format does not name (it could not be handed on)", () => {
    let deep: Loose = {};
    const root = deep;
    for (let i = 0; i < 20_000; i++) {
      deep.a = {};
      deep = deep.a as Loose;
    }
    const doc = mlops();
    at(doc.nodes, 0).ratings = root;
    expect(errorsOf(doc)[0]).toMatch(
      /^nodes\[0\]\.ratings(\.a)* is nested more than \d+ levels deep/,
    );
  });

  it("quotes at most 80 characters of a 1 MB kind and keeps every message under 300 characters", () => {
    const doc = mlops();
    at(doc.edges, 0).kind = "k".repeat(1_000_000);
    at(doc.nodes, 0)[`x${"y".repeat(100_000)}`] = 1;
    at(doc.nodes, 1).label = "z".repeat(1_000_000);
    const result = loadGraphDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const e of result.errors) {
      expect(e.message.length).toBeLessThanOrEqual(300);
      expect(e.path.length).toBeLessThanOrEqual(300);
    }
    expect(result.errors.map((e) => formatError(e))).toContain(
      `edges[0].kind "${"k".repeat(79)}…" is not a known kind`,
    );
  });

  it("lists the first 200 problems and counts the rest", () => {
    const doc = mlops();
    for (let i = 0; i < 500; i++)
      doc.edges.push({
        kind: "overlap",
        source: "role:machine-learning-engineer",
        target: `role:x${i}`,
        sources: at(doc.edges, 0).sources,
      });
    const result = loadGraphDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(200);
    expect(result.omitted).toBe(300);
  });
});

describe("clear, consistent answers", () => {
  it("accepts a byte-order mark, as the browser does", () => {
    const text = readFileSync(MLOPS_FILE, "utf8");
    expect(loadGraphText(`\ufeff${text}`).ok).toBe(true);
  });

  it("gives line and column for a JSON syntax error, whatever the engine's wording", () => {
    const cases: [string, string][] = [
      ['{\n  "a": 1,\n  x}', "line 3, column 3"],
      ['{"a": tru}', "line 1, column 7"],
      ["[1,\n]", "line 2, column 1"],
      ['{"a": "b', "line 1, column 9"],
      ["", "line 1, column 1"],
      ['{"a":1}}', "line 1, column 8"],
      ['{"a":"\t"}', "line 1, column 7"],
    ];
    for (const [text, where] of cases) {
      const result = loadGraphText(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.message).toContain(where);
      expect(result.errors[0]?.message).not.toMatch(/position|is not valid JSON$/);
    }
  });

  it("rejects labels of the same kind that differ only in case", () => {
    const doc = base();
    at(doc.nodes, 0).label = "Data Engineer";
    at(doc.nodes, 1).label = "data  engineer";
    expect(errorsOf(doc)).toEqual([
      'nodes[1].label "data  engineer" is the same name as nodes[0].label "Data Engineer" (names must differ in more than case)',
    ]);
  });

  it("allows a role and a skill with the same label", () => {
    const doc = base();
    at(doc.nodes, 0).label = "Python";
    at(doc.nodes, 2).label = "python";
    expect(errorsOf(doc)).toEqual([]);
  });

  it("rejects a label of only whitespace or zero-width characters", () => {
    const doc = base();
    at(doc.nodes, 0).label = "\u200b";
    at(doc.nodes, 1).label = "\u200d\u2060 \ufeff";
    expect(errorsOf(doc)).toEqual([
      "nodes[0].label has no visible characters",
      "nodes[1].label has no visible characters",
    ]);
  });

  it("never shows zod's own wording", () => {
    const doc = mlops() as Loose & { nodes: Loose[]; edges: Loose[] };
    const overlap = doc.edges.find((e) => e.kind === "overlap") as Loose;
    overlap.rank = 1e300;
    (doc.seeds as Loose[])[0] = { ...(doc.seeds as Loose[])[0], url: "not a url" };
    at(doc.nodes, 0).aliases = Array(300).fill("alias");
    at(doc.nodes, 1).sources = [{ dataset: "x", record: "" }];
    at(doc.nodes, 2).description = 5;
    (doc.vocabulary as Loose).tracks = [{ id: "a", label: "A", order: 0.5 }];
    const messages = errorsOf(doc).join("\n");
    expect(messages).not.toMatch(/Too (big|small)|expected|pattern|Invalid|<=|>=/);
    expect(messages).toContain("edges[");
    expect(messages).toMatch(/rank must be at most 1,000,000/);
    expect(messages).toMatch(/aliases has more than 200 entries/);
    expect(messages).toMatch(/url must be a web address/);
    expect(messages).toMatch(/record must not be empty/);
    expect(messages).toMatch(/order must be a whole number/);
  });
});

describe("warnings do not block", () => {
  it("warns about a role with no requirements and a progression cycle, and still loads", () => {
    const doc = miniDocument({
      roles: [
        { id: "role:a", requires: { "skill:x": "core" } },
        { id: "role:b" },
        { id: "role:c", requires: { "skill:x": "core" } },
      ],
      progression: [
        ["role:a", "role:c"],
        ["role:c", "role:a"],
      ],
    });
    const result = loadGraphDocument(doc);
    expect(result.ok).toBe(true);
    expect((result.warnings ?? []).map((w) => formatError(w))).toEqual([
      "nodes[1] role:b has no requirements (no requires edges and no buildsOn)",
      'edges[0] progressions form a cycle: "role:a" → "role:c" → "role:a" (allowed: a move back can be real, but check it)',
    ]);
  });

  it("warns that a document without nodes has nothing to show", () => {
    const result = loadGraphDocument({ id: "empty", title: "Empty", nodes: [], edges: [] });
    expect(result.ok).toBe(true);
    expect((result.warnings ?? []).map((w) => formatError(w))).toEqual([
      "nodes is empty: there are no roles, skills or tools to show",
    ]);
  });

  it("gives warnings with errors too", () => {
    const doc = miniDocument({ roles: [{ id: "role:a" }] });
    doc.edges.push({ kind: "progression", source: "role:a", target: "role:zz", sources: src });
    const result = loadGraphDocument(doc);
    expect(result.ok).toBe(false);
    expect(result.warnings ?? []).toHaveLength(1);
  });
});

describe("every zod issue code in plain words", () => {
  const issue = (extra: Record<string, unknown>) => ({
    path: ["nodes", 0, "x"],
    message: "Invalid input: zod's own wording",
    input: undefined,
    ...extra,
  });
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      "invalid_type",
      { code: "invalid_type", expected: "string" },
      /^(is missing|must be a string)$/,
    ],
    [
      "too_big",
      { code: "too_big", origin: "number", maximum: 9_007_199_254_740_991, inclusive: true },
      /^is too large$/,
    ],
    [
      "too_big string",
      { code: "too_big", origin: "string", maximum: 200, inclusive: true },
      /^is longer than 200 characters$/,
    ],
    [
      "too_small array",
      { code: "too_small", origin: "array", minimum: 1, inclusive: true },
      /^must not be empty$/,
    ],
    [
      "too_small number",
      { code: "too_small", origin: "number", minimum: 0, inclusive: false },
      /^must be more than 0$/,
    ],
    [
      "invalid_format regex",
      { code: "invalid_format", format: "regex", pattern: "/^[\\w.-]+\\.txt$/" },
      /^is not written in the expected form$/,
    ],
    ["invalid_format url", { code: "invalid_format", format: "url" }, /^must be a web address/],
    [
      "invalid_format email",
      { code: "invalid_format", format: "email" },
      /^must be a valid email$/,
    ],
    ["not_multiple_of", { code: "not_multiple_of", divisor: 5 }, /^must be a multiple of 5$/],
    [
      "unrecognized_keys",
      { code: "unrecognized_keys", keys: ["a", "b".repeat(500)] },
      /^has unknown fields "a", "b+…"$/,
    ],
    [
      "invalid_union",
      { code: "invalid_union", errors: [] },
      /^is missing|does not match any of the allowed forms$/,
    ],
    [
      "invalid_key",
      { code: "invalid_key", origin: "record", issues: [] },
      /^has a field name that is not allowed$/,
    ],
    [
      "invalid_element",
      { code: "invalid_element", origin: "map", key: "k", issues: [] },
      /^has an entry that is not allowed$/,
    ],
    [
      "invalid_value",
      { code: "invalid_value", values: ["core", "secondary"] },
      /^must be one of "core", "secondary"$/,
    ],
    ["custom", { code: "custom" }, /^is not valid here$/],
    ["something new", { code: "some_future_code" }, /^is not valid here$/],
  ];
  for (const [name, extra, expected] of cases)
    it(`words ${name} itself`, () => {
      const error = new z.ZodError([issue(extra) as never]);
      const [first] = schemaErrors(error, { nodes: [{ x: 1 }] });
      expect(first?.message).toMatch(expected);
    });
});
