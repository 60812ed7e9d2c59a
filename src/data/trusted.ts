/**
 * Built-in data sets checked when the app is built, so the page need not check them again: the
 * schema checks (and the graph worker that runs them) then stay off the path to the first view.
 *
 * `scripts/write-trusted-data.ts` validates each document in graph-data/ with the same code the
 * worker runs, requires the validated document to equal the file as written (no defaults filled
 * in, nothing dropped), and records the SHA-256 of its text in trusted-data.ts; a test fails when
 * a data file and the record drift apart. On the page a fetched text is trusted only when its
 * hash is recorded: any other text — a changed file, a user's file, another site's — is checked
 * in the worker as before. Without Web Crypto (an insecure context) nothing is trusted.
 */
import { buildCareerGraph } from "../graph/build.ts";
import type { CareerGraph } from "../graph/model.ts";
import type { GraphDocument } from "./schema.ts";
import { TRUSTED_DATA } from "./trusted-data.ts";

export async function sha256Hex(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** True when `text` is exactly a built-in data set as validated at build time. */
export async function isTrustedData(text: string): Promise<boolean> {
  const hash = await sha256Hex(text);
  return hash !== undefined && TRUSTED_DATA.has(hash);
}

/** A trusted text's document and graph, built without checking it again; undefined otherwise. */
export async function loadTrusted(
  text: string,
): Promise<{ ok: true; document: GraphDocument; graph: CareerGraph; warnings: [] } | undefined> {
  if (!(await isTrustedData(text))) return undefined;
  const document = JSON.parse(text) as GraphDocument;
  return { ok: true, document, graph: buildCareerGraph(document), warnings: [] };
}
