import { describe, expect, it } from "vitest";
import { runCli as run } from "../helpers/cli.ts";

describe("--data <id or path>", () => {
  it("compares two O*NET occupations with --data onet", () => {
    const r = run("compare", "Computer Programmers", "Software Developers", "--data", "onet");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Comparing Computer Programmers, Software Developers");
  });

  it("takes a path as it is", () => {
    const r = run(
      "compare",
      "Computer Programmers",
      "Software Developers",
      "--json",
      "--data",
      "graph-data/onet.json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).roles.map((x: { id: string }) => x.id)).toEqual([
      "role:15-1251.00",
      "role:15-1252.00",
    ]);
  });

  it("rejects an unknown id and lists the built-in data sets", () => {
    const r = run("compare", "a", "b", "--data", "nowhere");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      'Unknown data set "nowhere". Built-in data sets: mlops, onet; or give the path of a graph document (.json).',
    );
  });

  it("validates a built-in data set by id", () => {
    const r = run("validate", "onet");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /onet\.json: valid \(\d+ nodes, \d+ edges; sources cite 1 dataset\(s\)\)/,
    );
  });
});
