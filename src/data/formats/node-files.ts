/**
 * Reading graph files from disk for the CLI (Node only, like seeds-node.ts): any format by its
 * extension, a CSV pair given as `nodes.csv` (with `edges.csv` beside it) or as a folder holding
 * both, and writing any export format.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { GraphDocument } from "../schema.ts";
import { formatOfName } from "./detect.ts";
import { exportGraph } from "./export.ts";
import { type ImportResult, importGraphFiles } from "./import.ts";
import type { ExportFormat, ImportFile } from "./types.ts";
import { MAX_IMPORT_BYTES } from "./types.ts";
import { xmldomParser } from "./xmldom-parser.ts";

/** True for a path the JSON loader should read as it always has (a .json file or no extension). */
export function isJsonPath(path: string): boolean {
  if (existsSync(path) && statSync(path).isDirectory()) return false;
  const format = formatOfName(path);
  return format === undefined || format === "json";
}

/** The files that make up the graph at `path`: one file, or a CSV pair. */
export function graphFilesAt(path: string): ImportFile[] | { error: string } {
  let paths = [path];
  if (existsSync(path) && statSync(path).isDirectory()) {
    paths = ["nodes.csv", "edges.csv"].map((f) => join(path, f)).filter((f) => existsSync(f));
    if (paths.length === 0) return { error: "is a folder without nodes.csv and edges.csv" };
  } else if (basename(path).toLowerCase() === "nodes.csv") {
    const edges = join(dirname(path), "edges.csv");
    if (existsSync(edges)) paths.push(edges);
  }
  const files: ImportFile[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).size > MAX_IMPORT_BYTES)
        return { error: `is over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit` };
      files.push({ name: basename(p), text: readFileSync(p, "utf8") });
    } catch (error) {
      return { error: `cannot be read: ${(error as Error).message}` };
    }
  }
  return files;
}

export function importGraphPath(path: string): ImportResult {
  const files = graphFilesAt(path);
  if ("error" in files) return { ok: false, errors: [{ path: "", message: files.error }] };
  return importGraphFiles(files, { xml: xmldomParser });
}

export function exportFormatOf(path: string): ExportFormat | undefined {
  const format = formatOfName(path);
  return format === "csv" ? undefined : format;
}

export function exportGraphText(document: GraphDocument, format: ExportFormat): string {
  return exportGraph(document, format);
}
