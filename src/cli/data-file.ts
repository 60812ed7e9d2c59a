/** Reading a graph document from disk for the CLI, with errors that name the file. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatError } from "../data/errors.ts";
import { type LoadResult, loadGraphText } from "../data/load.ts";
import { DEFAULT_SEEDS_DIR, readSeeds } from "../data/seeds-node.ts";

export const DEFAULT_DATA_FILE = fileURLToPath(
  new URL("../../graph-data/mlops.json", import.meta.url),
);

/** The seeds beside a data file (`seeds/`), or the built-in seeds. */
export function seedsDirFor(file: string): string {
  const beside = join(dirname(resolve(file)), "seeds");
  return existsSync(beside) ? beside : DEFAULT_SEEDS_DIR;
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel.startsWith("..") ? resolve(file) : rel;
}

export function loadDataFile(
  file: string,
  options: { checkQuotes?: boolean; seedsDir?: string } = {},
): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: "", message: `cannot be read: ${(error as Error).message}` }],
    };
  }
  const seeds = options.checkQuotes ? readSeeds(options.seedsDir ?? seedsDirFor(file)) : undefined;
  return loadGraphText(text, seeds ? { seeds } : {});
}

/** Loads or exits: the CLI's commands all need a valid graph. */
export function loadOrExit(file: string): Extract<LoadResult, { ok: true }> {
  const result = loadDataFile(file);
  if (!result.ok) {
    for (const error of result.errors) console.error(formatError(error, displayPath(file)));
    console.error(
      `${displayPath(file)}: ${result.errors.length} error(s); run npm run validate for details.`,
    );
    process.exit(1);
  }
  return result;
}
