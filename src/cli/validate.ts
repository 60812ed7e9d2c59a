/**
 * npm run validate [-- file] [--seeds dir]
 * Checks a graph document: schema, references, and every quote against its seed.
 * Exit 0 when valid, 1 on errors.
 */
import { parseArgs } from "node:util";
import { formatError } from "../data/errors.ts";
import { DEFAULT_DATA_FILE, displayPath, loadDataFile } from "./data-file.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log("usage: npm run validate [-- <graph.json>] [--seeds <dir>]");
  process.exit(0);
}
const files = positionals.length > 0 ? positionals : [DEFAULT_DATA_FILE];
let failed = false;
for (const file of files) {
  const result = loadDataFile(file, { checkQuotes: true, seedsDir: values.seeds });
  const name = displayPath(file);
  if (result.ok) {
    const g = result.graph;
    console.log(
      `${name}: valid (${g.order} nodes, ${g.size} edges; every quote found in its seed)`,
    );
  } else {
    failed = true;
    for (const error of result.errors) console.error(formatError(error, name));
    console.error(`${name}: ${result.errors.length} error${result.errors.length === 1 ? "" : "s"}`);
  }
}
process.exit(failed ? 1 : 0);
