/**
 * Routes for the app, computed in a Web Worker so the page never freezes while a big graph is
 * searched (a route on a national taxonomy can take a second).
 *
 * Only the latest request matters: a request made while another is running waits as `next`
 * (replacing any older waiting one); one running longer than CANCEL_AFTER_MS when a new request
 * arrives is cancelled by terminating the worker, and a fresh worker is given the data again.
 * The host re-renders when `pending` or `result` change. Without Worker support (or if the
 * worker fails) routes are computed on the page, as before.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { CareerGraph } from "../../graph/model.ts";
import {
  findSkillRoute,
  type RouteRequest,
  type RouteResult,
} from "../../graph/route/find-skill-route.ts";
import type { RouteWorkerReply, RouteWorkerRequest } from "./route-protocol.ts";

const CANCEL_AFTER_MS = 150;

interface Job {
  key: string;
  dataKey: string;
  text: string;
  graph: CareerGraph;
  request: RouteRequest;
}

export class RouteController implements ReactiveController {
  /** The answer for `key`, or null while none (or no request). */
  result: RouteResult | null = null;
  /** True from a request until its answer. */
  pending = false;
  /** The request the result (or pending work) is for. */
  key = "";
  private worker: Worker | undefined;
  private workerData = "";
  private running: { id: number; job: Job; since: number } | undefined;
  private next: Job | undefined;
  private ids = 0;
  private broken = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.workerData = "";
  }

  /** Asks for a route; does nothing when `key` is already asked for. */
  request(job: Job | null): void {
    const key = job?.key ?? "";
    if (key === this.key) return;
    this.key = key;
    if (!job) {
      this.result = null;
      this.pending = false;
      this.next = undefined;
      return;
    }
    this.pending = true;
    this.result = null;
    if (this.broken || typeof Worker === "undefined") {
      this.answer(job.key, findSkillRoute(job.graph, job.request));
      return;
    }
    if (this.running) {
      if (performance.now() - this.running.since > CANCEL_AFTER_MS) this.restartWorker();
      else {
        this.next = job;
        return;
      }
    }
    this.send(job);
  }

  private send(job: Job, withText = job.dataKey !== this.workerData): void {
    const worker = this.ensureWorker();
    const id = ++this.ids;
    this.running = { id, job, since: performance.now() };
    const message: RouteWorkerRequest = {
      id,
      dataKey: job.dataKey,
      request: job.request,
      ...(withText ? { text: job.text } : {}),
    };
    worker.postMessage(message);
    this.workerData = job.dataKey;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./route-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<RouteWorkerReply>) => this.onReply(e.data);
    worker.onerror = () => {
      // A worker that cannot start (blocked, unsupported): compute on the page from now on.
      this.broken = true;
      const job = this.next ?? this.running?.job;
      this.running = undefined;
      this.next = undefined;
      this.worker = undefined;
      if (job) this.answer(job.key, findSkillRoute(job.graph, job.request));
    };
    this.worker = worker;
    return worker;
  }

  private restartWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.workerData = "";
    this.running = undefined;
  }

  private onReply(reply: RouteWorkerReply): void {
    const running = this.running;
    if (!running || reply.id !== running.id) return;
    this.running = undefined;
    if (reply.needsData) {
      this.send(running.job, true);
      return;
    }
    if (reply.result) this.answer(running.job.key, reply.result);
    const next = this.next;
    this.next = undefined;
    if (next && next.key === this.key) this.send(next);
  }

  private answer(key: string, result: RouteResult): void {
    if (key !== this.key) return;
    this.result = result;
    this.pending = false;
    this.host.requestUpdate();
  }
}
