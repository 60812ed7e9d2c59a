/**
 * Fetches graph documents and the catalog; every failure becomes located errors, never a throw.
 *
 * A failure to fetch names its real cause (not found, a server error, offline, blocked or
 * unreachable, too large, no answer in time, a web page instead of JSON) and is marked `network`:
 * fixing the file would not help, trying again might. Nothing waits forever: a request that has
 * not answered within TIMEOUT_MS is abandoned.
 */
import type { DocumentError } from "../../data/errors.ts";
import type { LoadResult } from "../../data/load.ts";
import type { GraphDocument } from "../../data/schema.ts";
import { loadTrusted } from "../../data/trusted.ts";
import { buildCareerGraph } from "../../graph/build.ts";
import type { RoleLayout } from "../../graph/layout.ts";
import { type CatalogEntry, parseCatalog } from "../../state/catalog.ts";
import { importFetched, isImportFormat } from "./fetch-import.ts";
import type { GraphWorkerClient } from "./graph-worker-client.ts";

export const TIMEOUT_MS = 30_000;
/** Largest document fetched: far above O*NET (~10 MB), far below what would exhaust a tab. */
export const MAX_BYTES = 100_000_000;

/** A loaded document; a built-in one may come with its layout worked out at build time. */
export type FetchedGraph = (LoadResult & { layout?: RoleLayout }) | NetworkFailure;

export type NetworkFailure = { ok: false; errors: DocumentError[]; network: true };
type Fetched = { ok: true; text: string } | NetworkFailure;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Cancels the request (a newer load replaced it); the answer is then of no interest. */
  signal?: AbortSignal;
}

export async function fetchText(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs = TIMEOUT_MS, maxBytes = MAX_BYTES, signal } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  if (signal?.aborted) cancel();
  signal?.addEventListener("abort", cancel, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (error) {
      return failure(unreachable(url, error, timedOut, timeoutMs));
    }
    if (response.status === 404 || response.status === 410)
      return failure(`was not found (HTTP ${response.status}): check the address`);
    if (!response.ok)
      return failure(
        `could not be fetched: the server answered HTTP ${response.status} ${response.statusText}`.trim(),
      );
    const declared = Number(response.headers.get("content-length"));
    if (declared > maxBytes) return failure(tooLarge(declared, maxBytes));
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return failure(unreachable(url, error, timedOut, timeoutMs));
    }
    if (text.length > maxBytes) return failure(tooLarge(text.length, maxBytes));
    return { ok: true, text };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", cancel);
  }
}

function unreachable(url: string, error: unknown, timedOut: boolean, timeoutMs: number): string {
  if ((error as Error)?.name === "AbortError" && !timedOut) return "was not fetched: cancelled";
  if (timedOut)
    return `could not be fetched: the server did not answer within ${Math.ceil(timeoutMs / 1000)} s`;
  if (globalThis.navigator?.onLine === false)
    return "could not be fetched: you seem to be offline (check the connection)";
  const here = globalThis.location?.href;
  const target = here ? new URL(url, here) : undefined;
  if (target && here && target.origin !== new URL(here).origin)
    return `could not be fetched from ${target.host}: that site is unreachable or does not allow this page to read it (CORS)`;
  const why = String((error as Error)?.message ?? error).slice(0, 100);
  return `could not be fetched: the server could not be reached (${why})`;
}

const megabytes = (n: number) => `${Math.round(n / 1_000_000).toLocaleString("en-US")} MB`;
const tooLarge = (size: number, max: number) =>
  `is too large (${megabytes(size)}; the limit is ${megabytes(max)})`;

/** A web page (an error page, a login page, the app itself) where JSON should be. */
function notJson(text: string): NetworkFailure | undefined {
  return /^\s*</.test(text.slice(0, 200))
    ? failure("is not JSON: the server sent a web page instead (is the address right?)")
    : undefined;
}

/**
 * Fetches a document and has the graph worker validate it (the schema checks never run on the
 * page); the page builds its own graph from the validated document. A built-in data set exactly
 * as validated at build time (src/data/trusted.ts) is built at once: the worker gets its text
 * for routes later, off the path to the first view.
 */
export async function fetchGraph(
  src: string,
  worker: GraphWorkerClient,
  signal?: AbortSignal,
): Promise<FetchedGraph> {
  try {
    return await fetchAndCheck(src, worker, signal);
  } catch (error) {
    // A bug, not bad data: still an answer, so the element reaches `failed`, never stays loading.
    const why = String((error as Error)?.message ?? error).slice(0, 200);
    return {
      ok: false,
      errors: [{ path: "", message: `could not be shown (internal error: ${why})` }],
    };
  }
}

async function fetchAndCheck(
  src: string,
  worker: GraphWorkerClient,
  signal?: AbortSignal,
): Promise<FetchedGraph> {
  const fetched = await fetchText(src, { signal });
  if (!fetched.ok || signal?.aborted) return cancelledOr(fetched, signal);
  if (isImportFormat(src)) return importFetched(src, fetched.text, worker);
  const page = notJson(fetched.text);
  if (page) return page;
  const trusted = await loadTrusted(fetched.text);
  if (trusted) {
    worker.remember(src, fetched.text);
    return trusted;
  }
  const outcome = await worker.load(src, fetched.text);
  if (!outcome.ok) return outcome;
  const document = JSON.parse(outcome.document) as GraphDocument;
  if (document.nodes.length === 0)
    return {
      ok: false,
      errors: [{ path: "nodes", message: "is empty: there are no roles, skills or tools to show" }],
    };
  return { ok: true, document, graph: buildCareerGraph(document), warnings: outcome.warnings };
}

export async function fetchCatalog(
  url: string,
  signal?: AbortSignal,
): Promise<
  { ok: true; entries: CatalogEntry[] } | { ok: false; errors: DocumentError[]; network?: true }
> {
  const fetched = await fetchText(url, { signal });
  if (!fetched.ok || signal?.aborted) return cancelledOr(fetched, signal);
  const page = notJson(fetched.text);
  if (page) return page;
  let value: unknown;
  try {
    value = JSON.parse(fetched.text);
  } catch {
    // Only broken text pays for the parser that says where it breaks.
    const { parseJsonText } = await import("../../data/json-text.ts");
    const json = parseJsonText(fetched.text);
    if (!json.ok) return { ok: false, errors: [{ path: "", message: json.message }] };
    value = json.value;
  }
  return parseCatalog(value);
}

/** A cancelled load's answer: callers check the signal and drop it, never show it. */
function cancelledOr(fetched: Fetched, signal?: AbortSignal): NetworkFailure {
  return fetched.ok || signal?.aborted ? failure("was not fetched: cancelled") : fetched;
}

function failure(message: string): NetworkFailure {
  return { ok: false, errors: [{ path: "", message }], network: true };
}
