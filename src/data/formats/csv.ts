/**
 * A CSV pair for frameworks kept in a spreadsheet: `nodes.csv` (a header row with `id` and any
 * of kind, label, track, level, aliases, description, category, …) and `edges.csv` (`source`,
 * `target` and any of kind, importance, group, rank, …). Every cell is text; empty cells are
 * missing values. Parsed with Papa Parse; rows are located by their line in the file.
 */
import Papa from "papaparse";
import { type DocumentError, shown } from "../errors.ts";
import type { Attributes, FlatEdge, FlatNode, ReadResult } from "./types.ts";
import { MAX_IMPORT_ELEMENTS } from "./types.ts";

interface Table {
  rows: { line: number; cells: Attributes }[];
  columns: string[];
}

export function readCsvPair(
  nodes: { name: string; text: string },
  edges: { name: string; text: string } | undefined,
): ReadResult {
  const errors: DocumentError[] = [];
  const nodeTable = readTable(nodes.name, nodes.text, ["id"], errors);
  const edgeTable = edges
    ? readTable(edges.name, edges.text, ["source", "target"], errors)
    : { rows: [], columns: [] };
  const count = nodeTable.rows.length + edgeTable.rows.length;
  if (count > MAX_IMPORT_ELEMENTS)
    errors.push({
      path: "",
      message: `has ${count.toLocaleString("en-US")} rows; the limit is ${MAX_IMPORT_ELEMENTS.toLocaleString("en-US")}`,
    });
  if (errors.length > 0) return { ok: false, errors };
  const flatNodes: FlatNode[] = [];
  for (const { line, cells } of nodeTable.rows) {
    const { id, ...attrs } = cells;
    if (typeof id !== "string" || id.trim() === "") {
      errors.push({ path: `${nodes.name} line ${line}`, message: "has no id" });
      continue;
    }
    flatNodes.push({
      id: id.trim(),
      attrs,
      where: `${nodes.name} line ${line} (node ${shown(id.trim())})`,
    });
  }
  const flatEdges: FlatEdge[] = [];
  for (const { line, cells } of edgeTable.rows) {
    const { source, target, ...attrs } = cells;
    if (
      typeof source !== "string" ||
      source.trim() === "" ||
      typeof target !== "string" ||
      target.trim() === ""
    ) {
      errors.push({
        path: `${edges?.name} line ${line}`,
        message: "needs both a source and a target",
      });
      continue;
    }
    flatEdges.push({
      source: source.trim(),
      target: target.trim(),
      attrs,
      where: `${edges?.name} line ${line} (edge ${shown(source.trim(), 40)} → ${shown(target.trim(), 40)})`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, flat: { meta: {}, nodes: flatNodes, edges: flatEdges } };
}

function readTable(name: string, text: string, required: string[], errors: DocumentError[]): Table {
  const parsed = Papa.parse<Attributes>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    // Comma, semicolon (spreadsheets in many locales) or tab; never "|", the alias separator.
    delimitersToGuess: [",", ";", "\t"],
    // "ID", "Source", "Target" as spreadsheets write them; other names are matched later.
    transformHeader: (h) => {
      const name = h.trim();
      return ["id", "source", "target"].includes(name.toLowerCase()) ? name.toLowerCase() : name;
    },
  });
  const columns = parsed.meta.fields ?? [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    errors.push({
      path: `${name} line 1`,
      message: `needs a header row with the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (found: ${columns.join(", ") || "none"})`,
    });
    return { rows: [], columns };
  }
  // Papa Parse counts data rows from 0; with quoted line breaks a row can span lines, so lines
  // are counted from the row's own text where possible.
  const lines = rowLines(text, parsed.data.length);
  for (const e of parsed.errors.slice(0, 20)) {
    // Short or long rows are read as far as they go; one column has no delimiter to detect.
    if (
      e.code === "TooFewFields" ||
      e.code === "TooManyFields" ||
      e.code === "UndetectableDelimiter"
    )
      continue;
    const line = e.row === undefined ? undefined : lines[e.row];
    errors.push({ path: line ? `${name} line ${line}` : name, message: e.message });
  }
  return {
    rows: parsed.data.map((cells, i) => ({
      line: lines[i] ?? i + 2,
      cells: withoutExtraCells(cells),
    })),
    columns,
  };
}

/** Rows with more cells than headers get a `__parsed_extra` array: not an attribute. */
function withoutExtraCells(cells: Attributes): Attributes {
  const { __parsed_extra: _extra, ...rest } = cells;
  return rest;
}

/** The line each data row starts on, counting quoted line breaks (header on line 1). */
function rowLines(text: string, rows: number): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRowStart = true;
  let header = true;
  for (let i = 0; i < text.length && starts.length < rows; i++) {
    const c = text[i];
    if (atRowStart && c !== "\n" && c !== "\r") {
      if (!header) starts.push(line);
      atRowStart = false;
    }
    if (c === '"') quoted = !quoted;
    else if (c === "\n" && !quoted) {
      line++;
      atRowStart = true;
      header = false;
    } else if (c === "\n") line++;
  }
  return starts;
}
