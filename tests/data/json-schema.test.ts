import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { MLOPS_FILE } from "../helpers/mlops.ts";

// An independent validator reading the committed JSON Schema, as an editor would.
const schema = JSON.parse(
  readFileSync(new URL("../../graph-data/career-graph.schema.json", import.meta.url), "utf8"),
);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe("graph-data/career-graph.schema.json", () => {
  it("accepts the MLOps data set", () => {
    const ok = validate(JSON.parse(readFileSync(MLOPS_FILE, "utf8")));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects a source without a quote and an unknown edge kind", () => {
    const doc = JSON.parse(readFileSync(MLOPS_FILE, "utf8"));
    delete doc.nodes[0].sources[0].quote;
    expect(validate(doc)).toBe(false);
    const other = JSON.parse(readFileSync(MLOPS_FILE, "utf8"));
    other.edges[0].kind = "mentors";
    expect(validate(other)).toBe(false);
  });
});
