/**
 * npm run import:onet -- <dir with the O*NET 29.2 text files>
 * Writes graph-data/onet.json (compact JSON: the file is fetched by the browser).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { convertOnet } from "./onet/convert.ts";
import { ONET_FILES, type OnetTexts } from "./onet/files.ts";

export const ONET_OUTPUT = fileURLToPath(new URL("../graph-data/onet.json", import.meta.url));

export function readOnetTexts(dir: string): OnetTexts {
  const entries = Object.entries(ONET_FILES).map(([key, file]) => [
    key,
    readFileSync(join(dir, file), "utf8"),
  ]);
  return Object.fromEntries(entries) as OnetTexts;
}

/** The document as written to disk: one line, newline-terminated. */
export function onetJson(dir: string): string {
  return `${JSON.stringify(convertOnet(readOnetTexts(dir)).document)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: npm run import:onet -- <dir with the O*NET 29.2 text files>");
    process.exit(2);
  }
  const { document, dropped } = convertOnet(readOnetTexts(dir));
  writeFileSync(ONET_OUTPUT, `${JSON.stringify(document)}\n`);
  const count = (kind: string) => document.nodes.filter((n) => n.kind === kind).length;
  const edges = new Map<string, number>();
  for (const e of document.edges) edges.set(e.kind, (edges.get(e.kind) ?? 0) + 1);
  console.log(
    `wrote ${ONET_OUTPUT}: ${count("role")} roles (${dropped.length} occupations without a Job Zone left out), ${count("skill")} skills, ${count("tool")} tools; edges ${[...edges].map(([k, n]) => `${k} ${n}`).join(", ")}`,
  );
}
