/**
 * Which built-in documents may be trusted on the page (see trusted.ts): those that validate with
 * no errors and whose validated form is the file itself. Node only (the script and the test).
 */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { buildCareerGraph } from "../graph/build.ts";
import { layoutRoles, type RoleLayout } from "../graph/layout.ts";
import { loadGraphText } from "./load.ts";

export interface TrustedRecord {
  name: string;
  hash: string;
  /**
   * The layout, for a graph drawn whole (edges routed): the page's one costly step before the
   * first view, worked out here by the same code. Bigger graphs are laid out in about 1 ms.
   */
  layout?: RoleLayout;
}

export function trustedDataHashes(files: readonly { name: string; text: string }[]): {
  hashes: TrustedRecord[];
  refused: string[];
} {
  const hashes: TrustedRecord[] = [];
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
    const hash = createHash("sha256").update(text).digest("hex");
    const layout = layoutRoles(buildCareerGraph(loaded.document));
    hashes.push(layout.routed ? { name, hash, layout } : { name, hash });
  }
  return { hashes, refused };
}
