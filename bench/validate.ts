/**
 * Validation at scale: the whole `npm run validate` on O*NET (a process, as a user runs it) and
 * loading a 5,000-role ladder in process (the buildsOn chain and cycle checks must be linear).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadGraphDocument } from "../src/data/load.ts";
import type { GraphDocumentInput } from "../src/data/schema.ts";
import { type Timing, timePerCall } from "./measure.ts";

export type Timed = Timing;

/** One untimed call first: these are whole loads (or processes), warm after one. */
const timed = (name: string, runs: number, fn: () => unknown): Timing =>
  timePerCall(name, runs, fn, 1);

/** A single ladder of n roles, each building on the one below and progressing to the next. */
export function ladderDocument(n: number): GraphDocumentInput {
  const id = (i: number) => `role:r${i}`;
  return {
    id: "ladder",
    title: `A ${n}-role ladder`,
    datasets: [{ id: "gen", title: "Generated", licence: "none", attribution: "generated" }],
    defaultSources: [{ dataset: "gen" }],
    nodes: [
      ...Array.from({ length: n }, (_, i) => ({
        id: id(i),
        kind: "role" as const,
        label: `Rung ${i + 1}`,
        ...(i > 0 ? { buildsOn: id(i - 1) } : {}),
      })),
      { id: "skill:x", kind: "skill" as const, label: "X" },
    ],
    edges: [
      ...Array.from({ length: n - 1 }, (_, i) => ({
        kind: "progression" as const,
        source: id(i),
        target: id(i + 1),
      })),
      { kind: "requires" as const, source: id(0), target: "skill:x", importance: "core" as const },
    ],
  };
}

export function validateTimings(): Timed[] {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const out: Timed[] = [];
  const onetText = readFileSync(new URL("../graph-data/onet.json", import.meta.url), "utf8");
  out.push(
    timed("load + validate O*NET in process", 5, () => loadGraphDocument(JSON.parse(onetText))),
  );
  out.push(
    timed("npm run validate -- onet (whole process)", 3, () => {
      const r = spawnSync("node", ["--import", "tsx", "src/cli/validate.ts", "onet"], {
        cwd: root,
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`validate onet failed: ${r.stderr}`);
    }),
  );
  const mlopsText = readFileSync(new URL("../graph-data/mlops.json", import.meta.url), "utf8");
  out.push(
    timed("npm run validate (MLOps, quotes checked; whole process)", 3, () => {
      const r = spawnSync("node", ["--import", "tsx", "src/cli/validate.ts"], {
        cwd: root,
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(`validate failed: ${r.stderr}`);
    }),
  );
  out.push(timed("JSON.parse mlops.json (baseline)", 20, () => JSON.parse(mlopsText)));
  const ladder = JSON.stringify(ladderDocument(5_000));
  out.push(
    timed("load + validate a 5,000-role ladder", 5, () => loadGraphDocument(JSON.parse(ladder))),
  );
  return out;
}
