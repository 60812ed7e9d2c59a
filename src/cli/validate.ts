/**
 * npm run validate [-- file or built-in id …] [--seeds dir]
 * Checks a graph document: schema, references, and every quote against its seed.
 * Exit 0 when valid (warnings are printed but do not fail), 1 on errors, 2 on a usage error.
 * Never a stack trace: bad input is an error list, a bug a one-line "internal error".
 */
import { parseArgs } from "node:util";
import { DEFAULT_DATA_FILE, resolveDataFile } from "./data-file.ts";
import { internalError, terminal } from "./output.ts";
import { validateFiles } from "./validate-files.ts";

const USAGE = "usage: npm run validate [-- <graph.json or built-in id, e.g. onet>] [--seeds <dir>]";
const io = terminal();

function main(): number {
  let parsed: ReturnType<typeof parse>;
  let files: string[];
  try {
    parsed = parse();
    if (parsed.values.help) {
      io.out(USAGE);
      return 0;
    }
    files =
      parsed.positionals.length > 0 ? parsed.positionals.map(resolveDataFile) : [DEFAULT_DATA_FILE];
  } catch (error) {
    // Unknown options and unknown data set names: a usage problem, said in one line.
    io.err(String((error as Error).message));
    io.err(USAGE);
    return 2;
  }
  return validateFiles(files, { seeds: parsed.values.seeds }, io);
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { seeds: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
}

try {
  process.exitCode = main();
} catch (error) {
  internalError(error, io);
}
