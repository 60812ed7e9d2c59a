/**
 * Shared shapes of the import/export formats. Every reader turns its file into a `FlatGraph`
 * (nodes and edges with plain attributes, each located in the file); one mapping (to-document.ts)
 * turns that into a graph document, which then goes through the normal loader, so every format
 * gets the same validation and the same error messages.
 */
import type { DocumentError } from "../errors.ts";

export const GRAPH_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
/** Formats a whole document can be written to (a CSV pair cannot hold the vocabulary). */
export const EXPORT_FORMATS = ["json", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Limits that keep the page responsive; both the app and the CLI enforce them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ELEMENTS = 200_000;

export type Attributes = Record<string, unknown>;

/** Where an element sits in its file, for error messages. */
export interface Located {
  /** e.g. `node "python" (line 12, column 5)` or `edges.csv line 7`. */
  where: string;
}

export interface FlatNode extends Located {
  id: string;
  attrs: Attributes;
}

export interface FlatEdge extends Located {
  source: string;
  target: string;
  attrs: Attributes;
}

export interface FlatGraph {
  /** Graph-level attributes: `title`, `description`, `careergraph` (the document's own header). */
  meta: Attributes;
  nodes: FlatNode[];
  edges: FlatEdge[];
}

export type ReadResult = { ok: true; flat: FlatGraph } | { ok: false; errors: DocumentError[] };

/**
 * Parses XML text into a DOM Document. Injected so the data layer stays DOM-free: Node and the
 * graph worker use @xmldom/xmldom (xmldom-parser.ts), a page may pass the browser's DOMParser.
 */
export type XmlParser = (
  text: string,
) =>
  | { ok: true; document: Document }
  | { ok: false; message: string; line?: number; column?: number };

/** A file handed to the importer: its name (for the format and provenance) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

export function locate(what: string, line?: number, column?: number): string {
  if (line === undefined) return what;
  return column === undefined
    ? `${what} (line ${line})`
    : `${what} (line ${line}, column ${column})`;
}
