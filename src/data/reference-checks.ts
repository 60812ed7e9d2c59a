/**
 * Checks a document's cross-references: what a schema cannot say.
 *
 * It runs on the raw JSON even when the schema check failed, reading only the fields that are
 * well formed, so one pass reports every problem (a dangling edge *and* a missing quote). Every
 * lookup table is a Map, never a plain object, so ids and kinds such as "__proto__" or
 * "constructor" are ordinary strings here. Each check is linear in the document.
 */
import { edgeKey } from "../graph/model.ts";
import { type DocumentError, shown } from "./errors.ts";
import { facts } from "./facts.ts";

interface EdgeRule {
  source: readonly string[];
  target: readonly string[];
  describe: string;
}

const EDGE_KINDS = new Map<string, EdgeRule>([
  [
    "progression",
    { source: ["role"], target: ["role"], describe: "a progression joins two roles" },
  ],
  ["overlap", { source: ["role"], target: ["role"], describe: "an overlap joins two roles" }],
  [
    "requires",
    {
      source: ["role"],
      target: ["skill", "tool"],
      describe: "requires goes from a role to a skill or tool",
    },
  ],
  [
    "serves",
    { source: ["tool"], target: ["skill"], describe: "serves goes from a tool to a skill" },
  ],
]);

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export { shown };

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function referenceErrors(doc: unknown): DocumentError[] {
  if (!isObject(doc)) return [];
  const errors: DocumentError[] = [];
  const nodes = array(doc.nodes);
  const edges = array(doc.edges);

  const kindOf = new Map<string, string>();
  const firstIndex = new Map<string, number>();
  nodes.forEach((node, i) => {
    const id = isObject(node) ? str(node.id) : undefined;
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      errors.push({
        path: `nodes[${i}].id`,
        message: `${shown(id)} duplicates the id of nodes[${first}]`,
      });
      return;
    }
    firstIndex.set(id, i);
    const kind = str((node as Loose).kind);
    kindOf.set(id, kind ?? "");
    const prefix = id.split(":")[0];
    if (kind && prefix && prefix !== kind && ["role", "skill", "tool"].includes(kind)) {
      errors.push({
        path: `nodes[${i}].id`,
        message: `${shown(id)} is a ${kind}; its id must start with "${kind}:"`,
      });
    }
  });

  nodes.forEach((node, i) => {
    const buildsOn = isObject(node) ? str(node.buildsOn) : undefined;
    if (buildsOn === undefined) return;
    if (!kindOf.has(buildsOn)) {
      errors.push({ path: `nodes[${i}].buildsOn`, message: `${shown(buildsOn)} is not a node` });
    } else if (kindOf.get(buildsOn) !== "role") {
      errors.push({ path: `nodes[${i}].buildsOn`, message: `${shown(buildsOn)} is not a role` });
    }
  });
  errors.push(...buildsOnCycles(nodes));
  errors.push(...vocabularyErrors(doc, nodes));
  errors.push(...provenanceErrors(doc));

  const seenEdges = new Map<string, number>();
  edges.forEach((edge, i) => {
    if (!isObject(edge)) return;
    const kind = str(edge.kind);
    const rule = kind ? EDGE_KINDS.get(kind) : undefined;
    const ends = { source: str(edge.source), target: str(edge.target) };
    let endsOk = true;
    for (const end of ["source", "target"] as const) {
      const id = ends[end];
      if (id === undefined) continue;
      const endKind = kindOf.get(id);
      if (endKind === undefined) {
        errors.push({ path: `edges[${i}].${end}`, message: `${shown(id)} is not a node` });
        endsOk = false;
      } else if (rule && !rule[end].includes(endKind)) {
        errors.push({
          path: `edges[${i}].${end}`,
          message: `${shown(id)} is a ${endKind}, but ${rule.describe}`,
        });
        endsOk = false;
      }
    }
    if (!kind || !rule || ends.source === undefined || ends.target === undefined) return;
    if (ends.source === ends.target) {
      errors.push({
        path: `edges[${i}]`,
        message: `${kind} edge joins ${shown(ends.source)} to itself`,
      });
      return;
    }
    if (!endsOk) return;
    const key = edgeKey({ kind: kind as "progression", source: ends.source, target: ends.target });
    const first = seenEdges.get(key);
    if (first !== undefined) {
      errors.push({
        path: `edges[${i}]`,
        message: `duplicates edges[${first}] (${kind} ${shown(ends.source)} → ${shown(ends.target)})`,
      });
    } else seenEdges.set(key, i);
  });
  errors.push(...groupErrors(edges));
  return errors;
}

/** Follows each buildsOn chain once (colouring), so a 5,000-role ladder is checked in linear time. */
function buildsOnCycles(nodes: unknown[]): DocumentError[] {
  const next = new Map<string, string>();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!isObject(node)) return;
    const id = str(node.id);
    const below = str(node.buildsOn);
    if (id && below && !next.has(id)) next.set(id, below);
    if (id && !index.has(id)) index.set(id, i);
  });
  const errors: DocumentError[] = [];
  const state = new Map<string, "active" | "done">();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !state.has(current)) {
      state.set(current, "active");
      chain.push(current);
      current = next.get(current);
    }
    if (current !== undefined && state.get(current) === "active") {
      const cycle = chain.slice(chain.indexOf(current));
      const shownIds = cycle.length > 8 ? [...cycle.slice(0, 8), "…"] : cycle;
      errors.push({
        path: `nodes[${index.get(current)}].buildsOn`,
        message: `forms a cycle: ${[...shownIds, current].join(" → ")}`,
      });
    }
    for (const id of chain) state.set(id, "done");
  }
  return errors;
}

/** A role's track, level and an item's category must be declared when the vocabulary lists them. */
function vocabularyErrors(doc: Loose, nodes: unknown[]): DocumentError[] {
  const vocabulary = isObject(doc.vocabulary) ? doc.vocabulary : {};
  const ids = (list: unknown) =>
    array(list)
      .map((e) => (isObject(e) ? str(e.id) : undefined))
      .filter((id): id is string => id !== undefined);
  const declared = {
    track: ids(vocabulary.tracks),
    level: ids(vocabulary.levels),
    skill: ids(isObject(vocabulary.categories) ? vocabulary.categories.skill : undefined),
    tool: ids(isObject(vocabulary.categories) ? vocabulary.categories.tool : undefined),
  };
  const errors: DocumentError[] = [];
  for (const [name, list] of Object.entries(declared)) {
    const seen = new Set<string>();
    for (const id of list) {
      if (seen.has(id))
        errors.push({
          path: `vocabulary`,
          message: `declares the ${name === "skill" || name === "tool" ? `${name} category` : name} ${shown(id)} twice`,
        });
      seen.add(id);
    }
  }
  const check = (
    i: number,
    field: string,
    value: string | undefined,
    list: string[],
    what: string,
  ) => {
    if (value === undefined || list.length === 0 || list.includes(value)) return;
    const some = list.slice(0, 12).join(", ") + (list.length > 12 ? ", …" : "");
    errors.push({
      path: `nodes[${i}].${field}`,
      message: `${shown(value)} is not a ${what} declared in vocabulary (declared: ${some})`,
    });
  };
  const sets = {
    track: declared.track,
    level: declared.level,
  };
  nodes.forEach((node, i) => {
    if (!isObject(node)) return;
    const kind = str(node.kind);
    if (kind === "role") {
      check(i, "track", str(node.track), sets.track, "track");
      check(i, "level", str(node.level), sets.level, "level");
    } else if (kind === "skill" || kind === "tool") {
      check(i, "category", str(node.category), declared[kind], `${kind} category`);
    }
  });
  return errors;
}

/**
 * Every fact cites a source or is covered by the document's defaultSources; every source names a
 * declared seed or dataset.
 */
function provenanceErrors(doc: Loose): DocumentError[] {
  const errors: DocumentError[] = [];
  const seeds = new Set(
    array(doc.seeds)
      .map((s) => (isObject(s) ? str(s.file) : undefined))
      .filter((f) => f !== undefined),
  );
  const datasets = new Set(
    array(doc.datasets)
      .map((d) => (isObject(d) ? str(d.id) : undefined))
      .filter((d) => d !== undefined),
  );
  const hasDefault = array(doc.defaultSources).length > 0;
  for (const fact of facts(doc)) {
    if (fact.sources === undefined) {
      if (!hasDefault)
        errors.push({
          path: `${fact.path}.sources`,
          message:
            "is missing: cite at least one source, or declare defaultSources for the whole document",
        });
      continue;
    }
    array(fact.sources).forEach((source, j) => {
      if (!isObject(source)) return;
      const seed = str(source.seed);
      const dataset = str(source.dataset);
      if (seed !== undefined && !seeds.has(seed))
        errors.push({
          path: `${fact.path}.sources[${j}].seed`,
          message: `${shown(seed)} is not one of the document's seeds`,
        });
      if (dataset !== undefined && !datasets.has(dataset))
        errors.push({
          path: `${fact.path}.sources[${j}].dataset`,
          message: `${shown(dataset)} is not one of the document's datasets`,
        });
    });
  }
  return errors;
}

/** The members of a "one of" group share one importance: the group is core or it is not. */
function groupErrors(edges: unknown[]): DocumentError[] {
  const errors: DocumentError[] = [];
  const first = new Map<string, { index: number; importance: string | undefined }>();
  edges.forEach((edge, i) => {
    if (!isObject(edge) || edge.kind !== "requires") return;
    const group = str(edge.group);
    const source = str(edge.source);
    if (group === undefined || source === undefined) return;
    const key = `${source}\u0000${group}`;
    const importance = str(edge.importance);
    const seen = first.get(key);
    if (!seen) first.set(key, { index: i, importance });
    else if (seen.importance !== importance)
      errors.push({
        path: `edges[${i}].importance`,
        message: `is ${shown(importance ?? "missing")}, but edges[${seen.index}] in the same group ${shown(group)} of ${shown(source)} is ${shown(seen.importance ?? "missing")}: a group is core or secondary as a whole`,
      });
  });
  return errors;
}
