/**
 * Checks a document's cross-references: what a schema cannot say.
 *
 * It runs on the raw JSON even when the schema check failed, reading only the fields that are
 * well formed, so one pass reports every problem (a dangling edge *and* a missing quote).
 */
import { edgeKey } from "../graph/model.ts";
import type { DocumentError } from "./errors.ts";

const EDGE_KINDS: Record<string, { source: string[]; target: string[]; describe: string }> = {
  progression: { source: ["role"], target: ["role"], describe: "a progression joins two roles" },
  overlap: { source: ["role"], target: ["role"], describe: "an overlap joins two roles" },
  requires: {
    source: ["role"],
    target: ["skill", "tool"],
    describe: "requires goes from a role to a skill or tool",
  },
  serves: { source: ["tool"], target: ["skill"], describe: "serves goes from a tool to a skill" },
};

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function referenceErrors(doc: unknown): DocumentError[] {
  if (!isObject(doc)) return [];
  const errors: DocumentError[] = [];
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  const edges = Array.isArray(doc.edges) ? doc.edges : [];

  const kindOf = new Map<string, string>();
  const firstIndex = new Map<string, number>();
  nodes.forEach((node, i) => {
    const id = isObject(node) ? str(node.id) : undefined;
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      errors.push({
        path: `nodes[${i}].id`,
        message: `"${id}" duplicates the id of nodes[${first}]`,
      });
      return;
    }
    firstIndex.set(id, i);
    kindOf.set(id, str((node as Loose).kind) ?? "");
    const prefix = id.split(":")[0];
    const kind = str((node as Loose).kind);
    if (kind && prefix && prefix !== kind) {
      errors.push({
        path: `nodes[${i}].id`,
        message: `"${id}" is a ${kind}; its id must start with "${kind}:"`,
      });
    }
  });

  nodes.forEach((node, i) => {
    const buildsOn = isObject(node) ? str(node.buildsOn) : undefined;
    if (buildsOn === undefined) return;
    if (!kindOf.has(buildsOn)) {
      errors.push({ path: `nodes[${i}].buildsOn`, message: `"${buildsOn}" is not a node` });
    } else if (kindOf.get(buildsOn) !== "role") {
      errors.push({ path: `nodes[${i}].buildsOn`, message: `"${buildsOn}" is not a role` });
    }
  });
  errors.push(...buildsOnCycles(nodes));

  const seenEdges = new Map<string, number>();
  edges.forEach((edge, i) => {
    if (!isObject(edge)) return;
    const kind = str(edge.kind);
    const rule = kind ? EDGE_KINDS[kind] : undefined;
    const ends = { source: str(edge.source), target: str(edge.target) };
    let endsOk = true;
    for (const end of ["source", "target"] as const) {
      const id = ends[end];
      if (id === undefined) continue;
      if (!kindOf.has(id)) {
        errors.push({ path: `edges[${i}].${end}`, message: `"${id}" is not a node` });
        endsOk = false;
      } else if (rule && !rule[end].includes(kindOf.get(id) ?? "")) {
        errors.push({
          path: `edges[${i}].${end}`,
          message: `"${id}" is a ${kindOf.get(id)}, but ${rule.describe}`,
        });
        endsOk = false;
      }
    }
    if (!kind || !rule || ends.source === undefined || ends.target === undefined) return;
    if (ends.source === ends.target) {
      errors.push({
        path: `edges[${i}]`,
        message: `${kind} edge joins "${ends.source}" to itself`,
      });
      return;
    }
    if (!endsOk) return;
    const key = edgeKey({ kind: kind as "progression", source: ends.source, target: ends.target });
    const first = seenEdges.get(key);
    if (first !== undefined) {
      errors.push({
        path: `edges[${i}]`,
        message: `duplicates edges[${first}] (${kind} "${ends.source}" → "${ends.target}")`,
      });
    } else seenEdges.set(key, i);
  });
  return errors;
}

function buildsOnCycles(nodes: unknown[]): DocumentError[] {
  const next = new Map<string, string>();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!isObject(node)) return;
    const id = str(node.id);
    const below = str(node.buildsOn);
    if (id && below) next.set(id, below);
    if (id && !index.has(id)) index.set(id, i);
  });
  const errors: DocumentError[] = [];
  const reported = new Set<string>();
  for (const start of next.keys()) {
    const seen: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !seen.includes(current)) {
      seen.push(current);
      current = next.get(current);
    }
    if (current === start && !reported.has(start)) {
      for (const id of seen) reported.add(id);
      errors.push({
        path: `nodes[${index.get(start)}].buildsOn`,
        message: `forms a cycle: ${[...seen, start].join(" → ")}`,
      });
    }
  }
  return errors;
}
