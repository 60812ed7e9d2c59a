import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { graphDocumentJsonSchema } from "../../src/data/json-schema.ts";
import { citedSources } from "../../src/data/quotes.ts";
import { DEFAULT_SEEDS_DIR } from "../../src/data/seeds-node.ts";
import { getRole, roleIds } from "../../src/graph/model.ts";
import { ownRequirements } from "../../src/graph/requirements.ts";
import { loadMlops } from "../helpers/mlops.ts";

const SHARED_SEEDS = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));

describe("the MLOps data set", () => {
  const { graph, document } = loadMlops();

  it("is valid and every quote is found verbatim in its seed", () => {
    // loadMlops checks schema, references and quotes; count what it checked so a silently
    // empty data set cannot pass.
    expect([...citedSources(document)].length).toBeGreaterThan(150);
    expect(graph.order).toBeGreaterThan(50);
  });

  it("cites all five seeds and lists each of them", () => {
    const files = readdirSync(DEFAULT_SEEDS_DIR)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    expect(files).toHaveLength(5);
    expect((document.seeds ?? []).map((s) => s.file).sort()).toEqual(files);
    const cited = new Set([...citedSources(document)].map(([, s]) => s.seed));
    expect([...cited].sort()).toEqual(files);
  });

  it.runIf(existsSync(SHARED_SEEDS))("vendors the seeds unchanged from shared/seeds", () => {
    for (const file of readdirSync(SHARED_SEEDS)) {
      expect(readFileSync(join(DEFAULT_SEEDS_DIR, file), "utf8")).toBe(
        readFileSync(join(SHARED_SEEDS, file), "utf8"),
      );
    }
  });

  it("has both ladders, the adjacent roles and the roles MLOps engineers move on to", () => {
    const ids = new Set(roleIds(graph));
    for (const id of [
      "role:machine-learning-engineer",
      "role:senior-machine-learning-engineer",
      "role:machine-learning-architect",
      "role:lead-machine-learning-ops-engineer",
      "role:junior-mlops-engineer",
      "role:mlops-engineer",
      "role:senior-mlops-engineer",
      "role:mlops-team-lead",
      "role:director-of-mlops",
      "role:data-engineer",
      "role:devops-engineer",
      "role:data-scientist",
      "role:ai-project-lead",
      "role:data-science-manager",
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it("keeps one MLOps Engineer node for the names the seeds use", () => {
    const aliases = getRole(graph, "role:mlops-engineer").aliases ?? [];
    expect(aliases).toEqual(
      expect.arrayContaining(["Machine Learning Ops Engineer", "MLOps Platform Engineer"]),
    );
  });

  it("gives every role on a ladder something of its own to learn", () => {
    for (const id of roleIds(graph)) {
      if (getRole(graph, id).buildsOn)
        expect(ownRequirements(graph, id).length, id).toBeGreaterThan(0);
    }
  });

  it("records salaries exactly as seed 004 gives them", () => {
    const band = (id: string, min: number) =>
      (getRole(graph, id).salary ?? []).find((s) => s.min === min);
    expect(band("role:mlops-engineer", 131158)?.max).toBe(200000);
    expect(band("role:senior-mlops-engineer", 165000)?.max).toBe(207125);
    expect(band("role:mlops-team-lead", 137700)).toMatchObject({ max: 137700, approximate: true });
    expect(band("role:director-of-mlops", 198125)?.max).toBe(237500);
    expect(band("role:junior-mlops-engineer", 100000)?.max).toBe(120000);
  });

  it("ships a JSON Schema that matches the zod schema it is generated from", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../graph-data/career-graph.schema.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(graphDocumentJsonSchema());
    expect(document.$schema).toBe("./career-graph.schema.json");
  });
});
