/**
 * The page's side of the graph worker: validation of a data set and route searches, each answered
 * as a promise. One client per app element, so two explorers on a page never share a worker.
 *
 * `cancel()` ends whatever the worker is doing by terminating it (a search cannot be interrupted
 * from outside); the next request starts a fresh worker, which is given the data set again. If
 * workers are unavailable (blocked, unsupported) the same code runs on the page, loaded on demand.
 */
import type { ImportFile } from "../../data/formats/types.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { RouteRequest, RouteResult } from "../../graph/route/find-skill-route.ts";
import type { GraphWorkerReply, GraphWorkerRequest, LoadOutcome } from "./graph-protocol.ts";

type Waiting = (reply: GraphWorkerReply | null) => void;

export class GraphWorkerClient {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private ids = 0;
  /** Data set texts by key, to give a fresh worker after a cancel. */
  private readonly texts = new Map<string, string>();
  /** Data sets handed to the current worker ahead of time (see preload). */
  private readonly preloaded = new Set<string>();
  private broken = typeof Worker === "undefined";
  private readonly progress = new Map<number, (stage: string) => void>();

  /** Keeps a data set's text for routes; the worker is handed it when first needed. */
  remember(dataKey: string, text: string): void {
    this.texts.set(dataKey, text);
  }

  /**
   * Hands the worker a remembered data set now (it checks and indexes it), so the first route
   * does not wait for that: when the person turns to routes.
   */
  preload(dataKey: string): void {
    const text = this.texts.get(dataKey);
    if (text === undefined || this.preloaded.has(dataKey) || this.broken) return;
    this.preloaded.add(dataKey);
    void this.post({ type: "load", id: ++this.ids, dataKey, text, quiet: true });
  }

  async load(dataKey: string, text: string): Promise<LoadOutcome> {
    this.texts.set(dataKey, text);
    const reply = await this.post({ type: "load", id: ++this.ids, dataKey, text });
    if (reply?.kind === "loaded") return reply.outcome;
    const { loadGraphText } = await import("../../data/load.ts");
    const loaded = loadGraphText(text);
    return loaded.ok
      ? { ok: true, document: JSON.stringify(loaded.document), warnings: loaded.warnings }
      : loaded;
  }

  /**
   * A user's file in any format, parsed and validated in the worker (a big file never freezes
   * the page); `onProgress` hears what it is doing. Null when cancelled.
   */
  async import(
    dataKey: string,
    files: ImportFile[],
    onProgress: (stage: string) => void = () => {},
  ): Promise<LoadOutcome | null> {
    const id = ++this.ids;
    this.progress.set(id, onProgress);
    const reply = await this.post({ type: "import", id, dataKey, files });
    this.progress.delete(id);
    let outcome: LoadOutcome | undefined = reply?.kind === "loaded" ? reply.outcome : undefined;
    if (!outcome) {
      if (reply === null && !this.broken) return null;
      onProgress("Reading and checking the graph…");
      const { importOnPage } = await import("./page-import.ts");
      outcome = importOnPage(files);
    }
    // A fresh worker (after a cancel) is given the validated document, which loads as JSON.
    if (outcome.ok) this.texts.set(dataKey, outcome.document);
    return outcome;
  }

  /** The route, or null when cancelled. `graph` is used only if no worker can run. */
  async route(
    dataKey: string,
    request: RouteRequest,
    graph: CareerGraph,
  ): Promise<RouteResult | null> {
    let reply = await this.post({ type: "route", id: ++this.ids, dataKey, request });
    if (reply?.kind === "needs-data")
      reply = await this.post({
        type: "route",
        id: ++this.ids,
        dataKey,
        request,
        text: this.texts.get(dataKey) ?? "",
      });
    if (reply?.kind === "route") return reply.result;
    if (reply === null && !this.broken) return null;
    const { findSkillRoute } = await import("../../graph/route/find-skill-route.ts");
    return findSkillRoute(graph, request);
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.preloaded.clear();
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  dispose(): void {
    this.cancel();
    this.texts.clear();
  }

  private post(message: GraphWorkerRequest): Promise<GraphWorkerReply | null> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting.set(message.id, resolve);
      worker.postMessage(message);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.broken) return undefined;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL("./graph-worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (e: MessageEvent<GraphWorkerReply>) => {
        if (e.data.kind === "progress") {
          this.progress.get(e.data.id)?.(e.data.stage);
          return;
        }
        const resolve = this.waiting.get(e.data.id);
        this.waiting.delete(e.data.id);
        resolve?.(e.data);
      };
      worker.onerror = () => {
        // A worker that cannot start or crashed: answer everything on the page from now on.
        this.broken = true;
        this.cancel();
      };
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return undefined;
    }
  }
}
