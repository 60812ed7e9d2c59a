/**
 * npm run convert -- <in> <out>
 * Converts a graph between formats: in is .json, .gexf, .graphml, nodes.csv (with edges.csv
 * beside it) or a folder holding both; out is .json, .gexf or .graphml. The input is validated
 * like any data set: an invalid graph is not written. Exit 0 when written, 1 on errors, 2 on a
 * usage error.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatError } from "../data/errors.ts";
import { exportFormatOf, exportGraphText } from "../data/formats/node-files.ts";
import { displayPath, loadDataFile } from "./data-file.ts";

const USAGE =
  "usage: npm run convert -- <in: .json | .gexf | .graphml | nodes.csv | folder> <out: .json | .gexf | .graphml>";

function main(): number {
  let positionals: string[];
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h" } },
    });
    if (parsed.values.help) {
      console.log(USAGE);
      return 0;
    }
    positionals = parsed.positionals;
  } catch (error) {
    console.error((error as Error).message);
    console.error(USAGE);
    return 2;
  }
  const [input, output] = positionals;
  if (!input || !output || positionals.length > 2) {
    console.error(USAGE);
    return 2;
  }
  const format = exportFormatOf(output);
  if (!format) {
    console.error(`${output}: cannot write this format; use .json, .gexf or .graphml`);
    return 2;
  }
  const result = loadDataFile(input);
  if (!result.ok) {
    for (const error of result.errors) console.error(formatError(error, displayPath(input)));
    console.error(`${displayPath(input)}: ${result.errors.length} error(s); nothing written.`);
    return 1;
  }
  for (const warning of result.warnings ?? [])
    console.error(formatError(warning, `${displayPath(input)} (warning)`));
  try {
    writeFileSync(output, exportGraphText(result.document, format));
  } catch (error) {
    console.error(`${output}: cannot be written: ${(error as Error).message}`);
    return 1;
  }
  const { nodes, edges } = result.document;
  console.log(
    `${displayPath(output)}: wrote ${nodes.length} nodes, ${edges.length} edges as ${format}`,
  );
  return 0;
}

process.exitCode = main();
