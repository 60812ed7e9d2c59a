/**
 * Things worth a second look that do not stop a document from loading:
 * - no nodes at all (valid, but there is nothing to show; the app says so instead of a blank);
 * - a role with no requirements (no requires edges and nothing it builds on): routes to it cost
 *   nothing, which is rarely what the data means;
 * - progressions that form a cycle (A → B → A). A move back can be real (an engineering manager
 *   returning to staff engineer), and route search never loops, so this is a warning, not an
 *   error. Each cycle (strongly connected set of roles) is reported once, at the edge that
 *   closes it.
 * Reads raw JSON like the reference checks; linear in the document (iterative Tarjan).
 */
import { type DocumentError, shown } from "./errors.ts";

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

export function documentWarnings(doc: unknown): DocumentError[] {
  if (!isObject(doc)) return [];
  const nodes = list(doc.nodes);
  const edges = list(doc.edges);
  const warnings: DocumentError[] = [];
  if (Array.isArray(doc.nodes) && nodes.length === 0)
    warnings.push({
      path: "nodes",
      message: "is empty: there are no roles, skills or tools to show",
    });
  const requiring = new Set<string>();
  for (const e of edges) if (isObject(e) && e.kind === "requires") requiring.add(String(e.source));
  nodes.forEach((n, i) => {
    if (!isObject(n) || n.kind !== "role" || typeof n.id !== "string") return;
    if (!requiring.has(n.id) && n.buildsOn === undefined)
      warnings.push({
        path: `nodes[${i}]`,
        message: `${n.id.slice(0, 80)} has no requirements (no requires edges and no buildsOn)`,
      });
  });
  warnings.push(...progressionCycles(edges));
  return warnings;
}

function progressionCycles(edges: unknown[]): DocumentError[] {
  const next = new Map<string, { to: string; edge: number }[]>();
  edges.forEach((e, i) => {
    if (!isObject(e) || e.kind !== "progression") return;
    const from = str(e.source);
    const to = str(e.target);
    if (from === undefined || to === undefined || from === to) return;
    const out = next.get(from) ?? [];
    out.push({ to, edge: i });
    next.set(from, out);
  });
  const component = stronglyConnected(next);
  const warnings: DocumentError[] = [];
  const reported = new Set<number>();
  edges.forEach((e, i) => {
    if (!isObject(e) || e.kind !== "progression") return;
    const from = str(e.source) ?? "";
    const c = component.get(from);
    if (c === undefined || c !== component.get(str(e.target) ?? "") || reported.has(c)) return;
    const to = str(e.target) as string;
    const path = cyclePath(next, component, to, from);
    if (!path) return;
    reported.add(c);
    const names = [from, ...path].map((id) => shown(id, 60));
    const cut = names.length > 6 ? [...names.slice(0, 5), "…", names[names.length - 1]] : names;
    warnings.push({
      path: `edges[${i}]`,
      message: `progressions form a cycle: ${cut.join(" → ")} (allowed: a move back can be real, but check it)`,
    });
  });
  return warnings;
}

/** Roles in a cycle → the id of their strongly connected set (sets of one are left out). */
function stronglyConnected(next: Map<string, { to: string }[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; child: number }[] = [{ id: root, child: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; child: number };
      const out = next.get(frame.id) ?? [];
      if (frame.child < out.length) {
        const to = (out[frame.child++] as { to: string }).to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, child: 0 });
        } else if (onStack.has(to))
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const members: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.id);
      if (members.length > 1) {
        for (const m of members) result.set(m, components);
        components++;
      }
    }
  }
  return result;
}

/** A shortest progression path from `start` to `goal` inside one strongly connected set (BFS). */
function cyclePath(
  next: Map<string, { to: string }[]>,
  component: Map<string, number>,
  start: string,
  goal: string,
): string[] | undefined {
  const c = component.get(start);
  const parent = new Map<string, string>([[start, start]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (id === goal) {
      const path = [id];
      for (let at = id; at !== start; ) {
        at = parent.get(at) as string;
        path.unshift(at);
      }
      return path;
    }
    for (const { to } of next.get(id) ?? [])
      if (!parent.has(to) && component.get(to) === c) {
        parent.set(to, id);
        queue.push(to);
      }
  }
  return undefined;
}
