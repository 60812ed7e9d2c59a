import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../helpers/cli.ts";

const FORMATS = "tests/fixtures/formats";

describe("the CLI reads every format", () => {
  it.each([
    `${FORMATS}/kitchen.gexf`,
    `${FORMATS}/kitchen.graphml`,
    `${FORMATS}/nodes.csv`,
    `${FORMATS}/pair-dir/`,
  ])("npm run validate -- %s", (file) => {
    const r = run("validate", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid \(7 nodes, 6 edges/);
  });

  it("validate locates a malformed GEXF file by line and column", () => {
    const r = run("validate", `${FORMATS}/broken.gexf`);
    expect(r.code).toBe(1);
    expect(r.err).toContain("broken.gexf: XML (line 5, column 45) is not well-formed");
  });

  it("route --data takes a GraphML file", () => {
    const r = run(
      "route",
      "Commis Chef",
      "Pastry Cook",
      "--data",
      `${FORMATS}/kitchen.graphml`,
      "--json",
    );
    expect(r.code).toBe(0);
    const route = JSON.parse(r.out);
    expect(route.steps.map((s: { id: string }) => s.id)).toEqual([
      "role:commis",
      "role:pastry-cook",
    ]);
    expect(route.steps[1].learn[0].oneOf.alternatives).toEqual(["tool:deck-oven"]);
  });
});

describe("npm run convert", () => {
  const dir = mkdtempSync(join(tmpdir(), "cpe-convert-"));

  it("converts GEXF to JSON and the JSON back to GraphML, keeping the graph", () => {
    const json = join(dir, "kitchen.json");
    const first = run("convert", `${FORMATS}/kitchen.gexf`, json);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/wrote 7 nodes, 6 edges as json/);
    const doc = JSON.parse(readFileSync(json, "utf8"));
    expect(doc.title).toBe("Kitchen careers");
    const graphml = join(dir, "kitchen.graphml");
    expect(run("convert", json, graphml).code).toBe(0);
    const back = join(dir, "back.json");
    expect(run("convert", graphml, back).code).toBe(0);
    expect(JSON.parse(readFileSync(back, "utf8"))).toEqual(doc);
  });

  it("writes nothing for an invalid input and says why", () => {
    const out = join(dir, "never.json");
    const r = run("convert", `${FORMATS}/bad-level.graphml`, out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/node "knife-skills" \(line 7, column 5\): kind/);
    expect(r.err).toMatch(/nothing written/);
  });

  it("says so when the output cannot be written, without a stack trace", () => {
    const r = run("convert", `${FORMATS}/kitchen.gexf`, join(dir, "no", "such", "dir", "out.json"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/out\.json: cannot be written: ENOENT/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("refuses an output format it cannot write", () => {
    const r = run("convert", `${FORMATS}/kitchen.gexf`, join(dir, "out.csv"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/use \.json, \.gexf or \.graphml/);
  });
});
