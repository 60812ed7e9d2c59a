/** Quick check while curating: does every quote in a graph document appear in its seed? */
import { readFileSync } from "node:fs";
import { checkQuotes } from "../src/data/quotes.ts";
import { GraphDocumentSchema } from "../src/data/schema.ts";
import { readSeeds } from "../src/data/seeds-node.ts";

const file = process.argv[2] ?? "graph-data/mlops.json";
const json = JSON.parse(readFileSync(file, "utf8"));
const parsed = GraphDocumentSchema.safeParse(json);
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.log(`${file}: ${issue.path.join(".")}: ${issue.message}`);
}
const problems = checkQuotes(json, readSeeds());
for (const p of problems) console.log(`${file}: ${p.path}: ${p.message}`);
console.log(`${problems.length} quote problems, schema ${parsed.success ? "ok" : "FAILED"}`);
process.exit(problems.length > 0 || !parsed.success ? 1 : 0);
