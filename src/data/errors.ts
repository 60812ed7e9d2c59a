/** A problem found in a graph document, located by a JSON path such as `edges[12].target`. */
export interface DocumentError {
  path: string;
  message: string;
}

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
