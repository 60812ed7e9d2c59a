/**
 * The mapping from a format's nodes and edges to a graph document (documented in
 * docs/formats.md). Missing facts get documented defaults rather than errors, so a spreadsheet
 * with only ids and labels still opens:
 * - a node's kind is its `kind` attribute, else its id's prefix (`skill:python`), else role;
 *   ids without a `role:`/`skill:`/`tool:` prefix get one from the kind;
 * - an edge's kind is its `kind` attribute, else inferred from its ends: role→role overlap,
 *   role→skill/tool requires, tool→skill serves; requires without importance is core;
 * - tracks, levels and categories not declared are declared from the values, in order of first
 *   appearance ("Data Science" → id `data-science`, label "Data Science");
 * - provenance: the sources the file's header (`careergraph`) names, if any; else the file itself
 *   (a dataset named after the file and the import date, cited by `defaultSources`);
 * - every other attribute is kept as an extra field.
 */
import type { DocumentError } from "../errors.ts";
import {
  entriesOf,
  isMissing,
  parseAliases,
  parseJson,
  readValue,
  STRUCTURED_FIELDS,
  slugOf,
  textOf,
} from "./attributes.ts";
import type { Attributes, FlatGraph } from "./types.ts";

export interface ImportContext {
  fileName: string;
  /** ISO date of the import (YYYY-MM-DD), recorded as the imported file's dataset version. */
  importedAt: string;
}

export interface MappedDocument {
  json: Record<string, unknown>;
  /** Where each document node / edge came from, by index, to relocate loader errors. */
  nodeWhere: string[];
  edgeWhere: string[];
  warnings: DocumentError[];
  errors: DocumentError[];
}

const PREFIX = /^(role|skill|tool):/;
/** Known attribute names, matched in any case ("Label", "TRACK", "buildson"). */
const KNOWN = new Map(
  [
    ...["kind", "label", "aliases", "track", "level", "buildsOn", "category", "description"],
    ...["code", "sources", "salary", "responsibilities", "importance", "group", "rank"],
  ].map((k) => [k.toLowerCase(), k]),
);
const NODE_FIELDS = new Set(["id", "kind", "label", "aliases", "track", "level", "buildsOn"]);
const EDGE_FIELDS = new Set(["source", "target", "kind", "importance", "group", "rank"]);
type Entry = { id: string; label: string };
type Vocabulary = {
  tracks?: Entry[];
  levels?: Entry[];
  categories?: { skill?: Entry[]; tool?: Entry[] };
} & Attributes;

export function flatToDocument(given: FlatGraph, context: ImportContext): MappedDocument {
  const flat: FlatGraph = {
    meta: given.meta,
    nodes: given.nodes.map((n) => ({ ...n, attrs: canonical(n.attrs) })),
    edges: given.edges.map((e) => ({ ...e, attrs: canonical(e.attrs) })),
  };
  const header = readHeader(flat.meta);
  const warnings: DocumentError[] = [];
  const vocabulary: Vocabulary = { ...((header.vocabulary as Vocabulary | undefined) ?? {}) };
  const declare = declarer(vocabulary);

  const ids = new Map<string, { id: string; kind: string }>();
  let defaultedKinds = 0;
  for (const node of flat.nodes) {
    const raw = String(node.id).trim();
    const prefix = PREFIX.exec(raw)?.[1];
    const given = textOf(node.attrs.kind)?.toLowerCase();
    if (!given && !prefix) defaultedKinds++;
    const kind = given ?? prefix ?? "role";
    ids.set(raw, { id: prefix ? raw : `${kind}:${raw}`, kind });
  }
  if (defaultedKinds > 0)
    warnings.push({
      path: "",
      message: `${defaultedKinds} node(s) had no kind and were read as roles`,
    });
  const idOf = (raw: unknown) => ids.get(String(raw).trim())?.id ?? String(raw).trim();

  const nodes = flat.nodes.map((node) => {
    const raw = String(node.id).trim();
    const { id, kind } = ids.get(raw) ?? { id: raw, kind: "role" };
    const out = record({ id, kind, label: textOf(node.attrs.label) ?? raw.replace(PREFIX, "") });
    const aliases = parseAliases(node.attrs.aliases);
    if (Array.isArray(aliases) && aliases.length > 0) out.aliases = aliases;
    const track = textOf(node.attrs.track);
    if (track !== undefined) out.track = declare("tracks", track);
    const level = textOf(node.attrs.level);
    if (level !== undefined) out.level = declare("levels", level);
    if (!isMissing(node.attrs.buildsOn)) out.buildsOn = idOf(node.attrs.buildsOn);
    for (const [key, value] of entriesOf(node.attrs)) {
      if (NODE_FIELDS.has(key) || isMissing(value)) continue;
      if (key === "category" && (kind === "skill" || kind === "tool"))
        out.category = declare(kind, String(value).trim());
      else setField(out, key, readField(key, value));
    }
    return out;
  });

  const kindOf = new Map(nodes.map((n) => [n.id as string, n.kind as string]));
  const edges = flat.edges.map((edge) => {
    const source = idOf(edge.source);
    const target = idOf(edge.target);
    const kind =
      textOf(edge.attrs.kind)?.toLowerCase() ??
      inferEdgeKind(kindOf.get(source), kindOf.get(target));
    const out = record({ source, target });
    if (kind !== undefined) out.kind = kind;
    if (kind === "requires")
      out.importance = textOf(edge.attrs.importance)?.toLowerCase() ?? "core";
    const group = textOf(edge.attrs.group);
    if (group !== undefined) out.group = group;
    if (!isMissing(edge.attrs.rank)) out.rank = Number(edge.attrs.rank);
    for (const [key, value] of entriesOf(edge.attrs)) {
      if (EDGE_FIELDS.has(key) || isMissing(value)) continue;
      if (key === "importance" && kind !== "requires") continue;
      setField(out, key, readField(key, value));
    }
    return out;
  });

  const json = record({
    id: textOf(header.id) ?? (slugOf(context.fileName.replace(/\.[a-z]+\b/gi, "")) || "imported"),
    title: textOf(header.title) ?? textOf(flat.meta.title) ?? context.fileName,
  });
  const description = textOf(header.description) ?? textOf(flat.meta.description);
  if (description !== undefined) json.description = description;
  if (Object.keys(vocabulary).length > 0) json.vocabulary = vocabulary;
  if (header.seeds !== undefined) json.seeds = header.seeds;
  Object.assign(json, provenance(header, context));
  json.nodes = nodes;
  json.edges = edges;
  const errors: DocumentError[] = [];
  if (flat.meta.careergraph !== undefined && Object.keys(header).length === 0)
    errors.push({ path: "careergraph", message: "is not a JSON object (the document's header)" });
  return {
    json,
    nodeWhere: flat.nodes.map((n) => n.where),
    edgeWhere: flat.edges.map((e) => e.where),
    warnings,
    errors,
  };
}

/** Renames known attributes written in another case; an exact name wins over a variant. */
function canonical(attrs: Attributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of entriesOf(attrs)) {
    const known = KNOWN.get(key.toLowerCase());
    const name = known && !(known !== key && Object.hasOwn(attrs, known)) ? known : key;
    setField(out, name, value);
  }
  return out;
}

function inferEdgeKind(source?: string, target?: string): string | undefined {
  if (source === "role" && target === "role") return "overlap";
  if (source === "role" && (target === "skill" || target === "tool")) return "requires";
  if (source === "tool" && target === "skill") return "serves";
  return undefined;
}

function readField(key: string, value: unknown): unknown {
  if (STRUCTURED_FIELDS.has(key) && typeof value === "string") return parseJson(value) ?? value;
  return readValue(value);
}

/** The document header our own exports write (id, title, vocabulary, seeds, provenance). */
function readHeader(meta: Attributes): Attributes {
  const value = meta.careergraph;
  const parsed = typeof value === "string" ? parseJson(value) : value;
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
    ? (parsed as Attributes)
    : {};
}

function provenance(header: Attributes, context: ImportContext): Attributes {
  const datasets = Array.isArray(header.datasets) ? [...header.datasets] : [];
  // A file that names its own sources (our exports carry them in the header) keeps them.
  if (header.defaultSources !== undefined || datasets.length > 0 || header.seeds !== undefined) {
    const own: Attributes = {};
    if (datasets.length > 0) own.datasets = datasets;
    if (header.defaultSources !== undefined) own.defaultSources = header.defaultSources;
    return own;
  }
  const taken = new Set(datasets.map((d) => (d as { id?: unknown }).id));
  let id = slugOf(context.fileName) || "imported-file";
  while (taken.has(id)) id = `${id}-file`;
  datasets.push({
    id,
    title: context.fileName,
    version: context.importedAt,
    licence: "Not stated (an imported file)",
    attribution: `${context.fileName}, imported on ${context.importedAt}`,
    description: `Imported from the file ${context.fileName} on ${context.importedAt}.`,
  });
  return { datasets, defaultSources: [{ dataset: id }] };
}

/** Declares undeclared tracks, levels and categories in order of first appearance. */
function declarer(vocabulary: Vocabulary) {
  return (list: "tracks" | "levels" | "skill" | "tool", value: string): string => {
    let entries: Entry[];
    if (list === "tracks" || list === "levels") entries = vocabulary[list] ??= [];
    else {
      vocabulary.categories = { ...(vocabulary.categories ?? {}) };
      entries = vocabulary.categories[list] ??= [];
    }
    const lower = value.toLowerCase();
    const known = entries.find((e) => e.id === value || e.label?.toLowerCase() === lower);
    if (known) return known.id;
    const id = slugOf(value) || value;
    if (!entries.some((e) => e.id === id)) entries.push({ id, label: value });
    return id;
  };
}

function record(fields: Attributes): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(fields)) setField(out, k, v);
  return out;
}

/** Defines the field, so a key such as `__proto__` is a plain field, never a prototype. */
function setField(target: Attributes, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
