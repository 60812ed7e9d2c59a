/** Running the command line from tests: `src/cli/<script>.ts` in a child process, as npm does. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function runCli(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
