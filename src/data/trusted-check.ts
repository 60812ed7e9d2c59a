/**
 * Which built-in documents may be trusted on the page (see trusted.ts): those that validate with
 * no errors and whose validated form is the file itself. Node only (the script and the test).
 */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { loadGraphText } from "./load.ts";

export function trustedDataHashes(files: readonly { name: string; text: string }[]): {
  hashes: { name: string; hash: string }[];
  refused: string[];
} {
  const hashes: { name: string; hash: string }[] = [];
  const refused: string[] = [];
  for (const { name, text } of files) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      refused.push(`${name}: not JSON`);
      continue;
    }
    // Only graph documents (the catalog and the JSON Schema are not data sets).
    if (typeof json !== "object" || json === null || !("nodes" in json)) continue;
    const loaded = loadGraphText(text);
    if (!loaded.ok) {
      refused.push(`${name}: does not validate`);
      continue;
    }
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(loaded.document)), json)) {
      refused.push(`${name}: validation fills in or drops fields`);
      continue;
    }
    hashes.push({ name, hash: createHash("sha256").update(text).digest("hex") });
  }
  return { hashes, refused };
}
