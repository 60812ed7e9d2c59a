/** Reading a graph document from disk for the CLI, with errors that name the file. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatError } from "../data/errors.ts";
import { importGraphPath, isJsonPath } from "../data/formats/node-files.ts";
import { type LoadResult, loadGraphText } from "../data/load.ts";
import { DEFAULT_SEEDS_DIR, readSeeds } from "../data/seeds-node.ts";

const DATA_DIR = fileURLToPath(new URL("../../graph-data/", import.meta.url));

export const DEFAULT_DATA_FILE = join(DATA_DIR, "mlops.json");

/** A --data value that is neither a built-in data set nor a file. */
export class UnknownDataError extends Error {}

/** The built-in data sets: every graph-data/*.json except the JSON Schema and the catalogue. */
export function builtInDataIds(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json") && f !== "catalog.json")
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

/**
 * `--data onet` means graph-data/onet.json; anything that looks like a path (a slash, a .json
 * ending) or names an existing file is used as is.
 */
export function resolveDataFile(arg: string): string {
  const looksLikeId = /^[a-z0-9][a-z0-9._-]*$/.test(arg) && !arg.endsWith(".json");
  if (!looksLikeId || existsSync(arg)) return arg;
  const ids = builtInDataIds();
  if (ids.includes(arg)) return join(DATA_DIR, `${arg}.json`);
  throw new UnknownDataError(
    `Unknown data set "${arg}". Built-in data sets: ${ids.join(", ")}; or give the path of a graph document (.json).`,
  );
}

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
  // GEXF, GraphML and CSV pairs (nodes.csv, or a folder) go through the importer.
  if (!isJsonPath(file)) return importGraphPath(file);
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

/** A data file the command cannot use; its message lists every problem (runCommand prints it). */
export class DataLoadError extends Error {}

/** Loads or throws DataLoadError: the CLI's commands all need a valid graph. */
export function loadOrExit(file: string): Extract<LoadResult, { ok: true }> {
  const result = loadDataFile(file);
  if (!result.ok) {
    const name = displayPath(file);
    const total = result.errors.length + (result.omitted ?? 0);
    throw new DataLoadError(
      [
        ...result.errors.map((error) => formatError(error, name)),
        `${name}: ${total} error(s); run npm run validate for details.`,
      ].join("\n"),
    );
  }
  return result;
}
