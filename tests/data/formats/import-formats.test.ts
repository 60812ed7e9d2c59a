import { describe, expect, it } from "vitest";
import { importGraphFiles } from "../../../src/data/formats/import.ts";
import { xmldomParser } from "../../../src/data/formats/xmldom-parser.ts";
import { essentials, fixture } from "./helpers.ts";

const options = { xml: xmldomParser, importedAt: "2026-11-22" };
const KITCHEN = {
  gexf: [fixture("kitchen.gexf")],
  graphml: [fixture("kitchen.graphml")],
  csv: [fixture("edges.csv"), fixture("nodes.csv")],
};

describe.each(Object.entries(KITCHEN))("importing the kitchen as %s", (format, files) => {
  const result = importGraphFiles(files, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const doc = result.document;
  const node = (id: string) => doc.nodes.find((n) => n.id === id);

  it("detects the format from the file name", () => {
    expect(result.format).toBe(format);
  });

  it("reads nodes without a kind as roles and prefixes ids with their kind", () => {
    expect(doc.nodes.map((n) => n.id)).toEqual([
      "role:commis",
      "role:chef-de-partie",
      "role:pastry-cook",
      "skill:knife-skills",
      "skill:sauces",
      "tool:combi-oven",
      "tool:deck-oven",
    ]);
    expect(result.warnings).toContainEqual({
      path: "",
      message: "3 node(s) had no kind and were read as roles",
    });
  });

  it("declares undeclared tracks and levels in order of first appearance", () => {
    expect(doc.vocabulary?.tracks).toEqual([
      { id: "hot-kitchen", label: "Hot Kitchen" },
      { id: "pastry", label: "Pastry" },
    ]);
    expect(doc.vocabulary?.levels?.map((l) => l.id)).toEqual(["junior", "senior"]);
    expect(node("role:chef-de-partie")).toMatchObject({ track: "hot-kitchen", level: "senior" });
  });

  it("splits aliases on | and keeps other attributes as extra fields", () => {
    expect(node("role:chef-de-partie")?.aliases).toEqual(["CDP", "Section chef"]);
    // Typed formats keep the number; a CSV cell is text.
    expect(node("role:commis")?.heat).toBe(format === "csv" ? "3" : 3);
  });

  it("infers edge kinds, defaults importance to core and keeps one-of groups", () => {
    expect(essentials(doc).edges).toEqual([
      { source: "role:commis", target: "role:chef-de-partie", kind: "progression" },
      { source: "role:commis", target: "role:pastry-cook", kind: "overlap" },
      { source: "role:commis", target: "skill:knife-skills", kind: "requires", importance: "core" },
      {
        source: "role:chef-de-partie",
        target: "skill:sauces",
        kind: "requires",
        importance: "secondary",
      },
      {
        source: "role:pastry-cook",
        target: "tool:combi-oven",
        kind: "requires",
        importance: "core",
        group: "oven",
      },
      {
        source: "role:pastry-cook",
        target: "tool:deck-oven",
        kind: "requires",
        importance: "core",
        group: "oven",
      },
    ]);
  });

  it("cites the file itself as the source, with the import date", () => {
    const dataset = doc.datasets?.[0];
    expect(dataset).toMatchObject({ version: "2026-11-22" });
    expect(dataset?.title).toContain(format === "csv" ? "nodes.csv" : `kitchen.${format}`);
    expect(doc.defaultSources).toEqual([{ dataset: dataset?.id }]);
  });

  it("builds the same graph in every format", () => {
    const gexf = importGraphFiles(KITCHEN.gexf, options);
    if (!gexf.ok) throw new Error("gexf fixture failed");
    const { nodes, edges, tracks, levels } = essentials(doc);
    expect({ nodes, edges, tracks, levels }).toEqual(essentials(gexf.document));
  });
});

describe("located import errors", () => {
  it("gives the line and column of malformed XML", () => {
    const result = importGraphFiles([fixture("broken.gexf")], options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: "XML (line 5, column 45)",
        message: 'is not well-formed: Opening and ending tag mismatch: "node" != "nodes"',
      },
    ]);
  });

  it("names the node and its line for a bad kind, and the edge for what follows", () => {
    const result = importGraphFiles([fixture("bad-level.graphml")], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[0]).toEqual({
      path: 'node "knife-skills" (line 7, column 5): kind',
      message: expect.stringContaining('"skil"'),
    });
    expect(
      result.errors.some((e) => e.path.startsWith('edge "commis" → "knife-skills" (line 8')),
    ).toBe(true);
  });

  it("names the CSV file and line of a row without an id", () => {
    const nodes = { name: "nodes.csv", text: "id,label\nrole:a,A\n,Nameless\n" };
    const result = importGraphFiles([nodes], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors).toEqual([{ path: "nodes.csv line 3", message: "has no id" }]);
  });

  it("asks for the id column when a nodes.csv has none", () => {
    const result = importGraphFiles([{ name: "nodes.csv", text: "name,label\na,A\n" }], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[0]?.message).toMatch(/needs a header row with the column id/);
  });

  it("locates a CSV row whose edge points nowhere", () => {
    const nodes = { name: "nodes.csv", text: "id,label\nrole:a,A\n" };
    const edges = { name: "edges.csv", text: 'source,target\nrole:a,"role:b"\n' };
    const result = importGraphFiles([nodes, edges], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[0]?.path).toMatch(/^edges\.csv line 2 \(edge "role:a" → "role:b"\)/);
  });

  it("rejects a file it cannot place, naming the formats it reads", () => {
    const result = importGraphFiles([{ name: "notes.txt", text: "hello" }], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[0]?.message).toMatch(/\.gexf, \.graphml/);
  });

  it("rejects a GEXF file that is really GraphML", () => {
    const result = importGraphFiles([{ ...fixture("kitchen.graphml"), name: "x.gexf" }], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[0]?.message).toMatch(/root element is <graphml>/);
  });

  it("reports a duplicate node id instead of throwing", () => {
    const text = '<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>';
    const result = importGraphFiles([{ name: "dup.gexf", text }], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[0]?.message).toMatch(/"a"/);
  });

  it("keeps messages short when an id is a megabyte long", () => {
    const id = "x".repeat(1_000_000);
    const nodes = { name: "nodes.csv", text: `id,label\n${id},Huge\n` };
    const result = importGraphFiles([nodes], options);
    if (result.ok) throw new Error("should fail");
    for (const e of result.errors) expect(e.path.length + e.message.length).toBeLessThan(700);
  });

  it("never lets a __proto__ column change a node's prototype", () => {
    const nodes = { name: "nodes.csv", text: "id,label,__proto__\nrole:a,A,x\n" };
    const result = importGraphFiles([nodes], options);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(Object.getPrototypeOf(result.document.nodes[0])).toBe(Object.prototype);
    expect(result.document.nodes[0]?.label).toBe("A");
  });
});

describe("attribute names", () => {
  it("match the known fields in any case, as spreadsheet headers often are", () => {
    const nodes = {
      name: "nodes.csv",
      text: "ID,Kind,Label,Track,Level\nx,Role,Sous Chef,Hot Kitchen,Senior\n",
    };
    const result = importGraphFiles([nodes], options);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document.nodes[0]).toMatchObject({
      id: "role:x",
      kind: "role",
      label: "Sous Chef",
      track: "hot-kitchen",
      level: "senior",
    });
  });
});

describe("CSV dialects", () => {
  it("reads semicolon-separated files (spreadsheets in many locales), aliases split on |", () => {
    const nodes = {
      name: "nodes.csv",
      text: "id;label;aliases\nrole:a;A;Alpha|First|Top\nrole:b;B;Beta|Second\n",
    };
    const result = importGraphFiles([nodes], options);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document.nodes.map((n) => n.aliases)).toEqual([
      ["Alpha", "First", "Top"],
      ["Beta", "Second"],
    ]);
  });
});
