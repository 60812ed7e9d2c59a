/**
 * The command line on a non-MLOps document (tests/fixtures/kitchen-careers.json): its own
 * vocabulary, hourly pay in pounds and a "one of" group come through `npm run validate` and
 * `npm run compare` with `--data`, in the data set's terms.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.ts";

const FIXTURE = "tests/fixtures/kitchen-careers.json";
const MLOPS_WORDS = /mlops|machine learning|ml engineering/i;

/** Runs an npm script's own command line (`tsx src/cli/<x>.ts`), as `npm run <name> --` would. */
function npmRun(name: string, ...args: string[]) {
  const scripts = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")).scripts;
  const [runner, script] = String(scripts[name]).split(" ");
  expect(runner).toBe("tsx");
  const result = spawnSync(process.execPath, ["--import", "tsx", script ?? "", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the kitchen fixture on the command line", () => {
  it("npm run validate accepts it", () => {
    const r = npmRun("validate", FIXTURE);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/kitchen-careers\.json: valid \(28 nodes, 43 edges/);
  });

  it("npm run compare --data compares two positions with hourly pay in pounds", () => {
    const r = npmRun("compare", "Sous Chef", "Head Waiter", "--data", FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Comparing Sous Chef, Head Waiter");
    expect(r.out).toContain("£15.20–£18.40 / hour");
    expect(r.out).toContain("£13.50–£15.00 / hour");
    expect(r.out).not.toMatch(MLOPS_WORDS);
  });

  it("npm run compare --json counts the cuisine group once, met by any one cuisine", () => {
    const r = npmRun(
      "compare",
      "Sous Chef",
      "Head Chef",
      "Chef de Partie",
      "--json",
      "--data",
      FIXTURE,
    );
    expect(r.code).toBe(0);
    const comparison = JSON.parse(r.out);
    expect(comparison.roles.map((role: { label: string }) => role.label)).toEqual([
      "Sous Chef",
      "Head Chef",
      "Chef de Partie",
    ]);
    const sous = comparison.roles[0];
    expect(sous.track).toBe("kitchen");
    expect(sous.salary[0]).toMatchObject({ currency: "GBP", period: "hour", min: 15.2 });
    const groups = sous.requirements.filter((q: { members?: unknown[] }) => q.members);
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m: { label: string }) => m.label)).toEqual([
      "French cuisine",
      "Italian cuisine",
      "Japanese cuisine",
    ]);
    expect(r.out).not.toMatch(MLOPS_WORDS);
  });
});
