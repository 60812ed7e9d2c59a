import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli as run } from "../helpers/cli.ts";
import { MLOPS_FILE } from "../helpers/mlops.ts";

describe("npm run validate", () => {
  it("accepts the built-in data set", () => {
    const r = run("validate");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /mlops\.json: valid \(\d+ nodes, \d+ edges; every quote found in its seed\)/,
    );
  });

  it("gives three precise errors for a dangling edge, a duplicate id and a missing quote", () => {
    const dir = mkdtempSync(join(tmpdir(), "cpe-validate-"));
    const doc = JSON.parse(readFileSync(MLOPS_FILE, "utf8"));
    doc.edges.push({ ...doc.edges[0], target: "role:foo" });
    doc.nodes.push({ ...doc.nodes[1] });
    delete doc.nodes[2].sources[0].quote;
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(doc));
    const r = run("validate", file);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    expect(lines).toEqual([
      `${file}: nodes[2].sources[0].quote is missing`,
      `${file}: nodes[${doc.nodes.length - 1}].id "${doc.nodes[1].id}" duplicates the id of nodes[1]`,
      `${file}: edges[${doc.edges.length - 1}].target "role:foo" is not a node`,
      `${file}: 3 errors`,
    ]);
  });

  it("checks quotes against the seeds beside a data file", () => {
    const dir = mkdtempSync(join(tmpdir(), "cpe-seeds-"));
    cpSync(join(ROOT, "graph-data/seeds"), join(dir, "seeds"), { recursive: true });
    const doc = JSON.parse(readFileSync(MLOPS_FILE, "utf8"));
    doc.nodes[0].sources[0].quote = "A sentence no seed contains.";
    writeFileSync(join(dir, "data.json"), JSON.stringify(doc));
    const r = run("validate", join(dir, "data.json"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('nodes[0].sources[0].quote "A sentence no seed contains." is not in');
  });
});

describe("npm run route", () => {
  it("prints the seed 000 ladder with what to learn at each step", () => {
    const r = run("route", "Machine Learning Engineer", "Lead Machine Learning Ops Engineer");
    expect(r.code).toBe(0);
    const stepLines = r.out.split("\n").filter((l) => /^ ?\d+\. /.test(l));
    expect(stepLines.map((l) => l.replace(/^ ?\d+\. | \(.*$/g, ""))).toEqual([
      "Machine Learning Engineer",
      "Senior Machine Learning Engineer",
      "Machine Learning Architect",
      "Lead Machine Learning Ops Engineer",
    ]);
    expect(r.out).toMatch(/Total: \d+ skills and tools to learn in 3 moves\./);
  });

  it("prints the documented JSON", () => {
    const r = run(
      "route",
      "junior mlops engineer",
      "director of mlops",
      "--json",
      "--mode",
      "steps",
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.steps.map((s: { label: string }) => s.label)).toEqual([
      "Junior MLOps Engineer",
      "MLOps Engineer",
      "Senior MLOps Engineer",
      "MLOps Team Lead",
      "Director of MLOps",
    ]);
    expect(json.steps[0].learn).toEqual([]);
    expect(Object.keys(json.steps[1].learn[0])).toEqual(
      expect.arrayContaining(["id", "label", "kind"]),
    );
    expect(Array.isArray(json.alternatives)).toBe(true);
  });

  it("starts from skills alone with --have and a dash", () => {
    const r = run("route", "-", "MLOps Engineer", "--have", "Python,Docker", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.steps[0].via).toBe("entry");
    const learned = json.steps.flatMap((s: { learn: { label: string }[] }) =>
      s.learn.map((l) => l.label),
    );
    expect(learned).not.toContain("Docker");
  });

  it("rejects an unknown role and lists the closest matches", () => {
    const r = run("route", "Machine Lerning Enginer", "Director of MLOps");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Unknown role "Machine Lerning Enginer"\. Closest matches: "Machine Learning Engineer"/,
    );
  });

  it("says why there is no route, with exit code 1", () => {
    const r = run("route", "DevOps Engineer", "Director of MLOps", "--no-lateral");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^No route\. .*Allow lateral moves/);
  });
});

describe("npm run compare", () => {
  it("compares MLOps Engineer with DevOps Engineer and Data Engineer", () => {
    const r = run("compare", "MLOps Engineer", "DevOps Engineer", "Data Engineer");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Comparing MLOps Engineer, DevOps Engineer, Data Engineer");
    expect(r.out).toMatch(/Only DevOps Engineer \(\d+\):/);
    expect(r.out).toContain("MLOps Engineer ↔ DevOps Engineer (adjacent roles, lateral move)");
    expect(r.out).toMatch(/MLOps Engineer: \$131,158–\$200,000/);
  });

  it("prints the comparison object with --json", () => {
    const r = run("compare", "mlops engineer", "devops engineer", "--json");
    const json = JSON.parse(r.out);
    expect(json.roles.map((x: { id: string }) => x.id)).toEqual([
      "role:mlops-engineer",
      "role:devops-engineer",
    ]);
    expect(json.similarity).toHaveLength(2);
    expect(json.similarity[0][1]).toBe(json.similarity[1][0]);
  });

  it("needs two to four roles", () => {
    expect(run("compare", "MLOps Engineer").code).toBe(2);
  });
});
