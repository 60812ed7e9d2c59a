import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../../src/cli/validate-files.ts";
import { ROOT } from "../helpers/cli.ts";
import { MLOPS_FILE } from "../helpers/mlops.ts";

const dir = mkdtempSync(join(tmpdir(), "cpe-validate-out-"));

function mlopsWith(change: (doc: Record<string, unknown[]>) => void, name: string): string {
  const doc = JSON.parse(readFileSync(MLOPS_FILE, "utf8"));
  change(doc);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

function validate(...files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = validateFiles(files, {}, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dangling = (doc: Record<string, unknown[]>) => {
  const first = doc.edges?.[0] as Record<string, unknown>;
  for (let i = 0; i < 1500; i++)
    doc.edges?.push({ ...first, kind: "overlap", target: `role:missing-${i}` });
};

describe("validate (the CLI function)", () => {
  it("accepts a file that starts with a byte-order mark", () => {
    const file = join(dir, "bom.json");
    writeFileSync(file, `\ufeff${readFileSync(MLOPS_FILE, "utf8")}`);
    expect(validate(file).code).toBe(0);
  });

  it("prints warnings and still exits 0", () => {
    const r = validate(MLOPS_FILE);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/valid \(.*\); 2 warnings$/);
    expect(r.out).toContain(
      "graph-data/mlops.json: warning: nodes[20] role:ai-project-lead has no requirements (no requires edges and no buildsOn)".replace(
        "nodes[20]",
        r.out.find((l) => l.includes("ai-project-lead"))?.match(/nodes\[\d+\]/)?.[0] ?? "?",
      ),
    );
  });

  it("lists the first 200 errors, says how many more, and counts them all", () => {
    const file = mlopsWith(dangling, "dangling.json");
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(202);
    expect(r.err[200]).toMatch(
      /dangling\.json: and 1,300 more errors \(the first 200 are listed\)$/,
    );
    expect(r.err[201]).toMatch(/dangling\.json: 1,500 errors$/);
  });

  it("answers a 20,000-deep value with an error, not a stack trace", () => {
    const file = join(dir, "deep.json");
    const text = readFileSync(MLOPS_FILE, "utf8").replace(
      '"kind": "progression"',
      `"kind": ${"[".repeat(20_000)}${"]".repeat(20_000)}`,
    );
    writeFileSync(file, text);
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toMatch(/edges\[\d+\]\.kind is nested more than 32 levels deep/);
  });
});

describe("npm run validate in a pipe", () => {
  it("keeps every line and the summary when the reader is slow", async () => {
    const file = mlopsWith(dangling, "slow.json");
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/validate.ts", file], {
      cwd: ROOT,
    });
    // Nobody reads for a while: the pipe fills, and a process that exits early loses the rest.
    // A 'readable' listener keeps the stream paused without Node draining it when the child exits.
    child.stderr.on("readable", () => {});
    const exited = new Promise<number | null>((done) => child.on("exit", done));
    await new Promise((done) => setTimeout(done, 1500));
    let text = "";
    child.stderr.setEncoding("utf8");
    for await (const chunk of child.stderr) text += chunk;
    const code = await exited;
    const lines = text.trimEnd().split("\n");
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/slow\.json: 1,500 errors$/);
    expect(lines.every((l) => l.startsWith(file))).toBe(true);
    expect(text).not.toMatch(/\n\s+at /);
  }, 30_000);
});
