/** npm run compare -- "<role>" "<role>" [... up to 4] [--json] [--data file] */
import { parseArgs } from "node:util";
import { compareRoles } from "../graph/compare.ts";
import { DEFAULT_DATA_FILE, loadOrExit } from "./data-file.ts";
import { formatComparisonText } from "./format-compare.ts";
import { resolveName, UnknownNameError } from "./resolve-names.ts";
import { runCommand } from "./run-command.ts";

const USAGE =
  'usage: npm run compare -- "<role>" "<role>" ["<role>" ["<role>"]] [--json] [--data file]';

runCommand(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      data: { type: "string", default: DEFAULT_DATA_FILE },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length < 2 || positionals.length > 4) throw new UnknownNameError(USAGE);
  const { graph } = loadOrExit(values.data);
  const ids = positionals.map((name) => resolveName(graph, name, ["role"], "role"));
  const result = compareRoles(graph, ids);
  if (!result.ok) throw new UnknownNameError(result.reason);
  console.log(
    values.json
      ? JSON.stringify(result.comparison, null, 2)
      : formatComparisonText(result.comparison),
  );
});
