/** Reads the seed documents from disk (Node only: the CLI and tests use it, the browser does not). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL("../../graph-data/seeds", import.meta.url));

export function readSeeds(dir: string = DEFAULT_SEEDS_DIR): Map<string, string> {
  const seeds = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".txt")) seeds.set(name, readFileSync(join(dir, name), "utf8"));
  }
  return seeds;
}
