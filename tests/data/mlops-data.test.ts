import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { graphDocumentJsonSchema } from "../../src/data/json-schema.ts";
import { citedSources } from "../../src/data/quotes.ts";
import { DEFAULT_SEEDS_DIR } from "../../src/data/seeds-node.ts";
import { getRole, roleIds } from "../../src/graph/model.ts";
import { fullRequirements, ownRequirements } from "../../src/graph/requirements.ts";
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

/**
 * The requirement model as the seeds word it: alternatives ("such as AWS, Azure, or Google Cloud
 * Platform") are "one of" groups, core is what the seeds call essential. Worked out from the
 * document's own edges, so these hold whatever the requirement code does with them.
 */
describe("the MLOps requirements, as the seeds word them", () => {
  const { graph, document } = loadMlops();
  const requires = document.edges.flatMap((e) => (e.kind === "requires" ? [e] : []));
  const names = new Map(
    document.nodes.map((n) => [n.id, [n.label, ...("aliases" in n ? (n.aliases ?? []) : [])]]),
  );
  const groupOf = new Map(requires.map((e) => [`${e.source}|${e.target}`, e.group]));
  const programming = new Set(
    document.nodes
      .filter((n) => n.kind === "skill" && n.category === "programming")
      .map((n) => n.id),
  );

  /** A role's full set (its ladder included) as units: plain items, and each group once. */
  function units(roleId: string) {
    const out = new Map<string, { importance: string; members: string[] }>();
    for (const req of fullRequirements(graph, roleId)) {
      const group = groupOf.get(`${req.statedBy}|${req.id}`);
      const key = group ? `group:${group}` : req.id;
      const unit = out.get(key) ?? { importance: req.importance, members: [] };
      unit.members.push(req.id);
      if (req.importance === "core") unit.importance = "core";
      out.set(key, unit);
    }
    return out;
  }

  /** Whole-word, case-insensitive: "Go" is in "Java, Go, C++" but not in "Google". */
  const mentions = (quote: string, name: string) =>
    new RegExp(`(?<![\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "i").test(
      quote,
    );

  const groups = new Map<string, typeof requires>();
  for (const e of requires)
    if (e.group !== undefined)
      groups.set(`${e.source}|${e.group}`, [...(groups.get(`${e.source}|${e.group}`) ?? []), e]);

  it("states each one-of group with two or more members, one importance, each member quoted", () => {
    expect(groups.size).toBeGreaterThanOrEqual(12);
    for (const [key, edges] of groups) {
      expect(edges.length, key).toBeGreaterThanOrEqual(2);
      expect(new Set(edges.map((e) => e.importance)).size, key).toBe(1);
      for (const e of edges) {
        const quotes = (e.sources ?? []).map((s) => ("quote" in s ? (s.quote ?? "") : ""));
        const named = (names.get(e.target) ?? []).some((n) => quotes.some((q) => mentions(q, n)));
        expect(named, `${key}: ${e.target} is not named by any quote it cites`).toBe(true);
      }
    }
  });

  it("names the same alternatives wherever a group name recurs", () => {
    const membersByName = new Map<string, string>();
    for (const edges of groups.values()) {
      const name = edges[0]?.group as string;
      const members = edges
        .map((e) => e.target)
        .sort()
        .join(" ");
      expect(membersByName.get(name) ?? members, name).toBe(members);
      membersByName.set(name, members);
    }
  });

  it("never lists an item both on its own and as an alternative for the same role", () => {
    for (const id of roleIds(graph)) {
      const all = [...units(id)];
      const plain = new Set(all.filter(([k]) => !k.startsWith("group:")).map(([k]) => k));
      for (const [key, unit] of all)
        if (key.startsWith("group:"))
          for (const m of unit.members) expect(plain.has(m), `${id} ${key} ${m}`).toBe(false);
    }
  });

  it("asks no role for two cloud platforms or two core languages outside a group", () => {
    const clouds = new Set(["tool:aws", "tool:azure", "tool:gcp"]);
    for (const id of roleIds(graph)) {
      const plain = [...units(id)].filter(([k]) => !k.startsWith("group:"));
      expect(plain.filter(([k]) => clouds.has(k)).length, id).toBeLessThanOrEqual(1);
      const coreLanguages = plain.filter(([k, u]) => programming.has(k) && u.importance === "core");
      expect(coreLanguages.length, id).toBeLessThanOrEqual(1);
    }
    const cloud = units("role:mlops-engineer").get("group:cloud platform");
    expect(cloud).toEqual({ importance: "core", members: expect.arrayContaining([...clouds]) });
  });

  it("gives Machine Learning Engineer what seed 000 says it does: ML, model training, Python, a framework", () => {
    const mle = units("role:machine-learning-engineer");
    for (const id of ["skill:ml-fundamentals", "skill:model-development", "skill:python"])
      expect(mle.get(id)?.importance, id).toBe("core");
    const framework = [...mle.values()].find((u) => u.members.includes("tool:tensorflow"));
    expect(framework?.importance).toBe("core");
    expect(framework?.members).toEqual(
      expect.arrayContaining(["tool:pytorch", "tool:scikit-learn"]),
    );
    expect([...mle.values()].filter((u) => u.importance === "core").length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it("asks far less of a Machine Learning Engineer moving to MLOps Engineer than the 74 items of old", () => {
    const held = new Set(
      fullRequirements(graph, "role:machine-learning-engineer").map((r) => r.id),
    );
    const missing = [...units("role:mlops-engineer").values()].filter(
      (u) => !u.members.some((m) => held.has(m)),
    );
    expect(missing.length).toBeLessThanOrEqual(50);
    expect(missing.filter((u) => u.importance === "core").length).toBeLessThanOrEqual(25);
  });

  it("keeps seed 000's primary tools core and its secondary tools secondary", () => {
    const seed = readFileSync(join(DEFAULT_SEEDS_DIR, "000_f1a5f295bb41d4c9.txt"), "utf8");
    const primary = seed.slice(seed.indexOf("Primary Tools:"), seed.indexOf("Secondary Tools:"));
    const secondary = seed.slice(seed.indexOf("Secondary Tools:"), seed.indexOf("These tools"));
    const mlops = units("role:mlops-engineer");
    const importanceOf = (id: string) =>
      [...mlops.values()].find((u) => u.members.includes(id))?.importance;
    const tools = document.nodes.filter((n) => n.kind === "tool");
    const named = (text: string) =>
      tools.filter((t) => (names.get(t.id) ?? []).some((n) => mentions(text, n))).map((t) => t.id);
    expect(named(primary).length).toBeGreaterThanOrEqual(5);
    for (const id of named(primary)) expect(importanceOf(id), id).toBe("core");
    // PyTorch is listed as secondary but is an alternative to TensorFlow in the core framework group.
    for (const id of named(secondary).filter((t) => !groupOf.get(`role:mlops-engineer|${t}`)))
      expect(importanceOf(id), id).toBe("secondary");
  });

  it("says what every role does, except the two the seeds only name", () => {
    const empty = roleIds(graph).filter((id) => fullRequirements(graph, id).length === 0);
    expect(empty.sort()).toEqual(["role:ai-project-lead", "role:data-science-manager"]);
    for (const id of ["role:data-scientist", "role:devops-engineer", "role:software-engineer"])
      expect(fullRequirements(graph, id).length, id).toBeGreaterThanOrEqual(4);
  });
});
