/**
 * Validates data sets and finds routes off the main thread: the schema checks (and the schema
 * library with them) never load on the page, and a long route search never freezes it. The page
 * sends a data set's text once; route requests then name it by key. Loading and routing are the
 * same pure functions the CLI uses. A built-in data set exactly as validated at build time
 * (src/data/trusted.ts) is built without checking it again.
 *
 * Messages are handled one at a time, in order: recognising a trusted text takes a hash (async),
 * and a route asked for right after a load must find that load done.
 */
import { type LoadResult, loadGraphText } from "../../data/load.ts";
import { loadTrusted } from "../../data/trusted.ts";
import type { CareerGraph } from "../../graph/model.ts";
import { findSkillRoute } from "../../graph/route/find-skill-route.ts";
import type { GraphWorkerReply, GraphWorkerRequest } from "./graph-protocol.ts";

let current: { key: string; graph: CareerGraph } | undefined;
let queue: Promise<void> = Promise.resolve();

const reply = (r: GraphWorkerReply) => self.postMessage(r);

self.onmessage = (event: MessageEvent<GraphWorkerRequest>) => {
  const message = event.data;
  queue = queue
    .then(() => handle(message))
    .catch((error: unknown) => {
      // Thrown outside the chain, so the page's `onerror` sees it (and answers on the page).
      setTimeout(() => {
        throw error;
      });
    });
};

async function loadText(text: string): Promise<LoadResult> {
  return (await loadTrusted(text)) ?? loadGraphText(text);
}

async function handle(message: GraphWorkerRequest): Promise<void> {
  if (message.type === "import") {
    // The format code (XML and CSV parsers) loads only when a file is opened.
    const { importInWorker } = await import("./worker-import.ts");
    const graph = importInWorker(message, reply);
    current = graph ? { key: message.dataKey, graph } : undefined;
    return;
  }
  if (message.type === "load" || (message.text !== undefined && current?.key !== message.dataKey)) {
    const loaded = await loadText(message.text ?? "");
    if (!loaded.ok) {
      current = undefined;
      if (message.type === "load")
        reply({ id: message.id, kind: "loaded", outcome: { ...loaded, ok: false } });
      else
        reply({
          id: message.id,
          kind: "route",
          result: { ok: false, reason: "The data set could not be loaded for routing." },
        });
      return;
    }
    current = { key: message.dataKey, graph: loaded.graph };
    if (message.type === "load") {
      reply({
        id: message.id,
        kind: "loaded",
        outcome: {
          ok: true,
          // A national data set is megabytes: not copied back when the page already has it.
          document: message.quiet ? "" : JSON.stringify(loaded.document),
          warnings: loaded.warnings,
        },
      });
      return;
    }
  }
  if (message.type !== "route") return;
  if (current?.key !== message.dataKey) {
    reply({ id: message.id, kind: "needs-data" });
    return;
  }
  reply({ id: message.id, kind: "route", result: findSkillRoute(current.graph, message.request) });
}
