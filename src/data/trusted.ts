/**
 * Built-in data sets checked when the app is built, so the page need not check them again: the
 * schema checks (and the graph worker that runs them) then stay off the path to the first view.
 *
 * `scripts/write-trusted-data.ts` validates each document in graph-data/ with the same code the
 * worker runs, requires the validated document to equal the file as written (no defaults filled
 * in, nothing dropped), and records the SHA-256 of its text in trusted-data.ts; a test fails when
 * a data file and the record drift apart. On the page a fetched text is trusted only when its
 * hash is recorded: any other text — a changed file, a user's file, another site's — is checked
 * in the worker as before. Without Web Crypto (an insecure context) nothing is trusted. The
 * record also holds the layout of a graph drawn whole, so the first view does not work it out
 * (~50 ms for MLOps in a cold page); the test checks it is what the layout code gives today.
 */
import { buildCareerGraph } from "../graph/build.ts";
import type { RoleLayout } from "../graph/layout.ts";
import type { CareerGraph } from "../graph/model.ts";
import type { GraphDocument } from "./schema.ts";
import { TRUSTED_DATA } from "./trusted-data.ts";

export async function sha256Hex(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The build-time record of `text` when it is exactly a built-in data set as validated. */
async function recordOf(text: string): Promise<{ layout?: RoleLayout } | undefined> {
  const hash = await sha256Hex(text);
  return hash === undefined ? undefined : TRUSTED_DATA.get(hash);
}

/** True when `text` is exactly a built-in data set as validated at build time. */
export async function isTrustedData(text: string): Promise<boolean> {
  return (await recordOf(text)) !== undefined;
}

export interface TrustedLoad {
  ok: true;
  document: GraphDocument;
  graph: CareerGraph;
  warnings: [];
  /** Its layout as worked out at build time (graphs drawn whole only). */
  layout?: RoleLayout;
}

/** A trusted text's document and graph, built without checking it again; undefined otherwise. */
export async function loadTrusted(text: string): Promise<TrustedLoad | undefined> {
  const record = await recordOf(text);
  if (!record) return undefined;
  const document = JSON.parse(text) as GraphDocument;
  const graph = buildCareerGraph(document);
  return {
    ok: true,
    document,
    graph,
    warnings: [],
    ...(record.layout && { layout: record.layout }),
  };
}
