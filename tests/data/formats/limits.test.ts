import { describe, expect, it } from "vitest";
import { csvRole, detectFormat, formatOfName } from "../../../src/data/formats/detect.ts";
import { importGraphFiles } from "../../../src/data/formats/import.ts";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ELEMENTS } from "../../../src/data/formats/types.ts";
import { xmldomParser } from "../../../src/data/formats/xmldom-parser.ts";

const options = { xml: xmldomParser, importedAt: "2026-11-22" };

describe("import limits", () => {
  it("refuses a file over the size limit before parsing it, naming the limit", () => {
    const text = "x".repeat(MAX_IMPORT_BYTES + 1);
    const result = importGraphFiles([{ name: "huge.gexf", text }], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors).toEqual([{ path: "huge.gexf", message: "is 50 MB; the limit is 50 MB" }]);
  });

  it("refuses more nodes and edges than the element limit", () => {
    const rows = Array.from({ length: MAX_IMPORT_ELEMENTS + 1 }, (_, i) => `n${i}`).join("\n");
    const result = importGraphFiles([{ name: "nodes.csv", text: `id\n${rows}\n` }], options);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[0]?.message).toBe("has 200,001 rows; the limit is 200,000");
  });
});

describe("format detection", () => {
  it("goes by extension, any case, ignoring a query string", () => {
    expect(formatOfName("a/B.GEXF")).toBe("gexf");
    expect(formatOfName("https://x.org/g.graphml?v=2")).toBe("graphml");
    expect(formatOfName("notes.txt")).toBeUndefined();
    expect(formatOfName("constructor")).toBeUndefined();
  });

  it("falls back to the first characters", () => {
    expect(detectFormat("data", '\uFEFF  {"id": "x"}')).toBe("json");
    expect(detectFormat("data", '<?xml version="1.0"?>\n<gexf version="1.3">')).toBe("gexf");
    expect(detectFormat("data", "<graphml xmlns='…'>")).toBe("graphml");
  });

  it("tells the nodes file of a CSV pair from the edges file", () => {
    expect(csvRole("Kitchen nodes.csv")).toBe("nodes");
    expect(csvRole("dir/edges.csv")).toBe("edges");
    expect(csvRole("links.csv")).toBe("edges");
  });
});
