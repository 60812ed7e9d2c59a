/** A problem found in a graph document, located by a JSON path such as `edges[12].target`. */
export interface DocumentError {
  path: string;
  message: string;
}

/** Longest message and path kept: a 1 MB value in a document must not make a 1 MB line. */
export const MAX_MESSAGE = 300;
/** Problems listed per document; the rest are counted. */
export const MAX_ERRORS = 200;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** `graph-data/mlops.json: edges[12].target "role:foo" is not a node` */
export function formatError(error: DocumentError, file?: string): string {
  const where = [file, error.path].filter(Boolean).join(": ");
  return where ? `${where} ${error.message}` : error.message;
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** Quotes a value from the document for a message, never longer than `max` characters. */
export function shown(value: string, max = 80): string {
  return JSON.stringify(clip(value, max));
}

/**
 * A short description of any value from a document, without recursion: strings quoted and
 * clipped, numbers as written, objects and arrays by what they are.
 */
export function preview(value: unknown): string {
  if (typeof value === "string") return shown(value);
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return clip(String(value), 80);
}

export function boundError(error: DocumentError): DocumentError {
  return { path: clip(error.path, MAX_MESSAGE), message: clip(error.message, MAX_MESSAGE) };
}
