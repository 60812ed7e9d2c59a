import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadGraphDocument } from "../../src/data/load.ts";
import type { GraphDocument } from "../../src/data/schema.ts";
import { readSeeds } from "../../src/data/seeds-node.ts";
import type { CareerGraph } from "../../src/graph/model.ts";

export const MLOPS_FILE = fileURLToPath(new URL("../../graph-data/mlops.json", import.meta.url));

/** The built-in MLOps data set, checked against its seeds. */
export function loadMlops(): { graph: CareerGraph; document: GraphDocument } {
  const result = loadGraphDocument(JSON.parse(readFileSync(MLOPS_FILE, "utf8")), {
    seeds: readSeeds(),
  });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message}`).join("\n"));
  return result;
}
