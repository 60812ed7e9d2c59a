/**
 * npm run validate [-- file or built-in id …] [--seeds dir]
 * Checks a graph document: schema, references, and every quote against its seed.
 * Exit 0 when valid, 1 on errors.
 */
import { parseArgs } from "node:util";
import { formatError } from "../data/errors.ts";
import {
  DEFAULT_DATA_FILE,
  displayPath,
  loadDataFile,
  resolveDataFile,
  UnknownDataError,
} from "./data-file.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(
    "usage: npm run validate [-- <graph.json or built-in id, e.g. onet>] [--seeds <dir>]",
  );
  process.exit(0);
}
let files: string[];
try {
  files = positionals.length > 0 ? positionals.map(resolveDataFile) : [DEFAULT_DATA_FILE];
} catch (error) {
  if (!(error instanceof UnknownDataError)) throw error;
  console.error(error.message);
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = loadDataFile(file, { checkQuotes: true, seedsDir: values.seeds });
  const name = displayPath(file);
  if (result.ok) {
    const g = result.graph;
    // A data set built from datasets alone has no quotes to check; say what was checked.
    const checked =
      (result.document.seeds ?? []).length > 0
        ? "every quote found in its seed"
        : `sources cite ${result.document.datasets?.length ?? 0} dataset(s)`;
    console.log(`${name}: valid (${g.order} nodes, ${g.size} edges; ${checked})`);
  } else {
    failed = true;
    for (const error of result.errors) console.error(formatError(error, name));
    console.error(`${name}: ${result.errors.length} error${result.errors.length === 1 ? "" : "s"}`);
  }
}
process.exit(failed ? 1 : 0);
