/** Writes graph-data/career-graph.schema.json from the zod schema (the single source of truth). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { graphDocumentJsonSchema } from "../src/data/json-schema.ts";

const target = fileURLToPath(new URL("../graph-data/career-graph.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(graphDocumentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
