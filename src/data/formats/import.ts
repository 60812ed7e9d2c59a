/**
 * Imports a graph file in any supported format: read it, map it onto the model
 * (to-document.ts), and load it with the same loader as our own JSON, so validation and error
 * messages are shared. Loader errors are relocated from document paths (`nodes[3].track`) to
 * where the element sits in the file (`node "data-sci" (line 14, column 5): track`).
 */
import { boundError, type DocumentError, MAX_ERRORS } from "../errors.ts";
import { type LoadResult, loadGraphDocument, loadGraphText } from "../load.ts";
import { readCsvPair } from "./csv.ts";
import { csvRole, detectFormat } from "./detect.ts";
import { readGexf } from "./gexf.ts";
import { readGraphml } from "./graphml.ts";
import { flatToDocument } from "./to-document.ts";
import {
  type GraphFormat,
  type ImportFile,
  MAX_IMPORT_BYTES,
  type ReadResult,
  type XmlParser,
} from "./types.ts";

export interface ImportOptions {
  xml: XmlParser;
  /** ISO date recorded as the import date (default: today). */
  importedAt?: string;
  /** Forces a format instead of detecting it from the name and content. */
  format?: GraphFormat;
}

export type ImportResult = LoadResult & { format?: GraphFormat };

/**
 * One file (JSON, GEXF, GraphML, or a lone nodes.csv) or a CSV pair (nodes.csv and edges.csv,
 * told apart by name).
 */
export function importGraphFiles(
  files: readonly ImportFile[],
  options: ImportOptions,
): ImportResult {
  // Names and ids from the file appear in messages: keep every message short, and the list too.
  const named = files.map((f) => ({ ...f, name: f.name.slice(0, 200) }));
  const result = importUnbounded(named, options);
  if (result.ok)
    return { ...result, warnings: result.warnings.slice(0, MAX_ERRORS).map(boundError) };
  const omitted = Math.max(0, result.errors.length - MAX_ERRORS) + (result.omitted ?? 0);
  return {
    ...result,
    errors: result.errors.slice(0, MAX_ERRORS).map(boundError),
    ...(omitted > 0 ? { omitted } : {}),
  };
}

function importUnbounded(files: readonly ImportFile[], options: ImportOptions): ImportResult {
  const first = files[0];
  if (!first) return failure("", "No file was given.");
  const size = files.reduce((sum, f) => sum + f.text.length, 0);
  if (size > MAX_IMPORT_BYTES)
    return failure(
      first.name,
      `is ${megabytes(size)} MB; the limit is ${megabytes(MAX_IMPORT_BYTES)} MB`,
    );
  const format = options.format ?? detectFormat(first.name, first.text);
  if (format === undefined)
    return failure(
      first.name,
      "is not in a format this app reads: use .json, .gexf, .graphml or a nodes.csv/edges.csv pair",
    );
  const text = first.text.replace(/^\uFEFF/, "");
  if (format === "json") return { ...loadGraphText(text), format };
  let read: ReadResult;
  let fileName = first.name;
  if (format === "csv") {
    const nodes =
      files.find((f) => csvRole(f.name) === "nodes") ??
      files.find((f) => csvRole(f.name) !== "edges");
    const edges =
      files.find((f) => f !== nodes && csvRole(f.name) === "edges") ??
      files.find((f) => f !== nodes);
    if (!nodes)
      return failure(first.name, "is an edges file: give nodes.csv too (and edges.csv beside it)");
    read = readCsvPair(nodes, edges);
    fileName = edges ? `${baseName(nodes.name)} + ${baseName(edges.name)}` : baseName(nodes.name);
  } else read = format === "gexf" ? readGexf(text, options.xml) : readGraphml(text, options.xml);
  if (!read.ok) return { ok: false, errors: read.errors, format };
  const mapped = flatToDocument(read.flat, {
    fileName: baseName(fileName),
    importedAt: options.importedAt ?? new Date().toISOString().slice(0, 10),
  });
  if (mapped.errors.length > 0) return { ok: false, errors: mapped.errors, format };
  const loaded = loadGraphDocument(mapped.json);
  if (!loaded.ok)
    return {
      ok: false,
      errors: loaded.errors.map((e) => relocate(e, mapped.nodeWhere, mapped.edgeWhere)),
      format,
    };
  const warnings = [...mapped.warnings, ...loaded.warnings].map((w) =>
    relocate(w, mapped.nodeWhere, mapped.edgeWhere),
  );
  return { ...loaded, format, warnings };
}

export function importGraphText(name: string, text: string, options: ImportOptions): ImportResult {
  return importGraphFiles([{ name, text }], options);
}

/** `nodes[3].track` → `node "data-sci" (line 14): track`. */
function relocate(error: DocumentError, nodeWhere: string[], edgeWhere: string[]): DocumentError {
  const match = /^(nodes|edges)\[(\d+)\]\.?(.*)$/.exec(error.path);
  if (!match) return error;
  const where = (match[1] === "nodes" ? nodeWhere : edgeWhere)[Number(match[2])];
  if (where === undefined) return error;
  return { path: match[3] ? `${where}: ${match[3]}` : where, message: error.message };
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function megabytes(chars: number): string {
  return (chars / 1024 / 1024).toFixed(chars < 10 * 1024 * 1024 ? 1 : 0);
}

function failure(path: string, message: string): ImportResult {
  return { ok: false, errors: [{ path, message }] };
}
