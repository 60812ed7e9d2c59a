/**
 * npm run route -- "<from>" "<to>" [--have "Python,Docker"] [--mode skills|steps]
 *                  [--no-lateral] [--with-secondary] [--alternatives N] [--json]
 *                  [--data <id or file>]
 * "<from>" may be "-" to start from the --have skills alone.
 */
import { nodeLabel } from "../graph/model.ts";
import { findSkillRoute } from "../graph/route/find-skill-route.ts";
import { loadOrExit } from "./data-file.ts";
import { formatRouteText, routeJson } from "./format-route.ts";
import { resolveList, resolveName, UnknownNameError } from "./resolve-names.ts";
import { parseCommand, runCommand } from "./run-command.ts";

const USAGE =
  'usage: npm run route -- "<from role>|-" "<to role>" [--have "Python,Docker"] [--mode skills|steps] [--no-lateral] [--with-secondary] [--alternatives 0-3] [--json] [--data <id or file>]';

runCommand(() => {
  const { values, positionals } = parseCommand(USAGE, {
    have: { type: "string" },
    mode: { type: "string", default: "skills" },
    "no-lateral": { type: "boolean", default: false },
    "with-secondary": { type: "boolean", default: false },
    alternatives: { type: "string", default: "3" },
  });
  const [fromName, toName] = positionals;
  if (positionals.length !== 2 || !fromName || !toName) throw new UnknownNameError(USAGE);
  if (values.mode !== "skills" && values.mode !== "steps")
    throw new UnknownNameError(`--mode must be "skills" or "steps", not "${values.mode}".`);
  const alternatives = Number(values.alternatives);
  if (!Number.isInteger(alternatives) || alternatives < 0 || alternatives > 3)
    throw new UnknownNameError("--alternatives must be 0, 1, 2 or 3.");

  const { graph } = loadOrExit(values.data);
  const from = fromName === "-" ? undefined : resolveName(graph, fromName, ["role"], "role");
  const to = resolveName(graph, toName, ["role"], "role");
  const have = resolveList(graph, values.have, ["skill", "tool"], "skill or tool");
  if (!from && have.length === 0)
    throw new UnknownNameError('Starting from "-" needs --have "skill,tool,…".');

  const result = findSkillRoute(graph, {
    from,
    to,
    have,
    mode: values.mode,
    allowLateral: !values["no-lateral"],
    withSecondary: values["with-secondary"],
    alternatives,
  });
  if (values.json) console.log(JSON.stringify(routeJson(result), null, 2));
  else {
    const start = from ? nodeLabel(graph, from) : "your skills";
    const how = values.mode === "skills" ? "fewest skills to learn" : "fewest steps";
    const lateral = values["no-lateral"] ? "progression moves only" : "lateral moves allowed";
    const counted = values["with-secondary"] ? "nice-to-haves counted" : "must-haves counted";
    console.log(
      formatRouteText(
        result,
        `Route from ${start} to ${nodeLabel(graph, to)} (${how}; ${lateral}; ${counted})`,
      ),
    );
  }
  process.exit(result.ok ? 0 : 1);
});
