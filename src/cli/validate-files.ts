/**
 * What `npm run validate` does, as a function over file names and an output, so tests can run
 * it in process: every error located (the first MAX_ERRORS, then a count of the rest), warnings
 * printed without failing (once the file is valid: errors come first). Returns the exit code: 0 valid, 1 errors.
 */
import { formatError, MAX_ERRORS } from "../data/errors.ts";
import { displayPath, loadDataFile } from "./data-file.ts";
import type { Output } from "./output.ts";
import { plural } from "./text.ts";

const count = (n: number, one: string) => plural(n, one).replace(/^\d+/, n.toLocaleString("en-US"));

export function validateFiles(files: string[], options: { seeds?: string }, io: Output): number {
  let failed = false;
  for (const file of files) {
    const result = loadDataFile(file, { checkQuotes: true, seedsDir: options.seeds });
    const name = displayPath(file);
    const warnings = result.warnings ?? [];
    if (result.ok) {
      const g = result.graph;
      // A data set built from datasets alone has no quotes to check; say what was checked.
      const checked =
        (result.document.seeds ?? []).length > 0
          ? "every quote found in its seed"
          : `sources cite ${result.document.datasets?.length ?? 0} dataset(s)`;
      const warned = warnings.length > 0 ? `; ${count(warnings.length, "warning")}` : "";
      io.out(`${name}: valid (${g.order} nodes, ${g.size} edges; ${checked})${warned}`);
      for (const w of warnings) io.out(`${name}: warning: ${formatError(w)}`);
      continue;
    }
    failed = true;
    for (const error of result.errors) io.err(formatError(error, name));
    const omitted = result.omitted ?? 0;
    if (omitted > 0)
      io.err(`${name}: and ${count(omitted, "more error")} (the first ${MAX_ERRORS} are listed)`);
    io.err(`${name}: ${count(result.errors.length + omitted, "error")}`);
  }
  return failed ? 1 : 0;
}
