/**
 * Exact minimum-learning path: a label-setting (multi-criteria Dijkstra) search over states
 * (node, items held, moves).
 *
 * Why it is exact: the cost of a path is the size of the union of what its nodes require, which
 * never decreases along a path, so popping labels in key order settles the target at its optimum.
 * A label (v, S, k) is dropped only when another label at v holds a subset of S in at most k
 * moves: every continuation of the dropped label costs at least as much from the kept one.
 * Revisiting a node only grows S and k, so the path found is always simple.
 *
 * Minimum-label path problems are NP-hard in general; the dominance rule keeps the state space
 * small on career graphs, whose ladders share most of their requirements.
 */
import { MinHeap } from "./min-heap.ts";
import {
  compareKeys,
  type PathKey,
  type ProblemPath,
  popcount,
  type RouteProblem,
  type Via,
} from "./problem.ts";

interface Label {
  node: number;
  mask: bigint;
  key: PathKey;
  parent: Label | undefined;
  via: Via | undefined;
  dead: boolean;
}

export interface SearchConstraints {
  /** A fixed path prefix; the search continues from its last node. Defaults to [start]. */
  root?: readonly number[];
  /** Root vias (one per root node after the first). */
  rootVias?: readonly Via[];
  forbiddenNodes?: ReadonlySet<number>;
  /** Arcs not to take, as `"from>to"`. */
  forbiddenArcs?: ReadonlySet<string>;
}

export function arcId(from: number, to: number): string {
  return `${from}>${to}`;
}

export function exactSearch(
  problem: RouteProblem,
  constraints: SearchConstraints = {},
): ProblemPath | null {
  const root = constraints.root ?? [problem.start];
  const rootVias = constraints.rootVias ?? [];
  const forbiddenNodes = constraints.forbiddenNodes ?? new Set<number>();
  const forbiddenArcs = constraints.forbiddenArcs ?? new Set<string>();
  const baseLearn = popcount(problem.startMask);

  let mask = problem.startMask;
  for (const node of root) mask |= problem.masks[node] ?? 0n;
  const spur = root[root.length - 1];
  if (spur === undefined) return null;

  const compare = (a: Label, b: Label) => compareKeys(problem.mode, a.key, b.key);
  const heap = new MinHeap<Label>(compare);
  const kept: Label[][] = problem.masks.map(() => []);

  const offer = (label: Label): void => {
    const here = kept[label.node] ?? [];
    for (const other of here) {
      if (
        !other.dead &&
        (other.mask & label.mask) === other.mask &&
        other.key.moves <= label.key.moves
      )
        return;
    }
    for (const other of here) {
      if ((label.mask & other.mask) === label.mask && label.key.moves <= other.key.moves)
        other.dead = true;
    }
    kept[label.node] = [...here.filter((o) => !o.dead), label];
    heap.push(label);
  };

  offer({
    node: spur,
    mask,
    key: { learn: popcount(mask) - baseLearn, moves: root.length - 1 },
    parent: undefined,
    via: undefined,
    dead: false,
  });

  for (let label = heap.pop(); label; label = heap.pop()) {
    if (label.dead) continue;
    if (label.node === problem.target) return unwind(label, root, rootVias);
    for (const arc of problem.arcs[label.node] ?? []) {
      if (forbiddenNodes.has(arc.to) || forbiddenArcs.has(arcId(label.node, arc.to))) continue;
      const next = label.mask | (problem.masks[arc.to] ?? 0n);
      offer({
        node: arc.to,
        mask: next,
        key: { learn: popcount(next) - baseLearn, moves: label.key.moves + 1 },
        parent: label,
        via: arc.via,
        dead: false,
      });
    }
  }
  return null;
}

function unwind(label: Label, root: readonly number[], rootVias: readonly Via[]): ProblemPath {
  const nodes: number[] = [];
  const vias: Via[] = [];
  for (let l: Label | undefined = label; l?.parent; l = l.parent) {
    nodes.push(l.node);
    vias.push(l.via as Via);
  }
  nodes.reverse();
  vias.reverse();
  return { nodes: [...root, ...nodes], vias: [...rootVias, ...vias] };
}
