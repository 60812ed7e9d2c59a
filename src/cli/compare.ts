/** npm run compare -- "<role>" "<role>" [... up to 4] [--json] [--data file] */
import { compareRoles } from "../graph/compare.ts";
import { loadOrExit } from "./data-file.ts";
import { formatComparisonText } from "./format-compare.ts";
import { resolveName, UnknownNameError } from "./resolve-names.ts";
import { parseCommand, runCommand } from "./run-command.ts";

const USAGE =
  'usage: npm run compare -- "<role>" "<role>" ["<role>" ["<role>"]] [--json] [--data file]';

runCommand(() => {
  const { values, positionals } = parseCommand(USAGE, {});
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
