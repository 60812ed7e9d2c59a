/**
 * Routes for the app, computed in the graph worker so the page never freezes while a big graph is
 * searched (a route on a national taxonomy can take a second).
 *
 * Only the latest request matters: a request made while another is running waits as `next`
 * (replacing any older waiting one); one running longer than CANCEL_AFTER_MS when a new request
 * arrives is cancelled (the worker is restarted). The host re-renders when `pending` or `result`
 * change.
 *
 * Two answers per request: the best route first (what the person asked for; fast even at
 * national scale), then the same with its alternatives, which can take up to the query's whole
 * budget on a big graph. The alternatives' search is not cancelled by a new request — the best
 * route is already on show, and a restarted worker would have to load the data set again — it
 * finishes (within its budget) while the new request waits.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { CareerGraph } from "../../graph/model.ts";
import type { RouteRequest, RouteResult } from "../../graph/route/find-skill-route.ts";
import type { RouteQuery } from "../../state/types.ts";
import type { GraphWorkerClient } from "./graph-worker-client.ts";

const CANCEL_AFTER_MS = 150;

export interface RouteJob {
  key: string;
  dataKey: string;
  graph: CareerGraph;
  request: RouteRequest;
}

export class RouteController implements ReactiveController {
  /** The answer for `key`, or null while none (or no request). */
  result: RouteResult | null = null;
  /** True from a request until its answer. */
  pending = false;
  /** The best route is on show and its alternatives are being looked for. */
  alternativesPending = false;
  /** The request the result (or pending work) is for. */
  key = "";
  private running: { job: RouteJob; since: number } | undefined;
  private next: RouteJob | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly worker: GraphWorkerClient,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Asks for the route a state's query describes (none without a target) on the data on show. */
  /** `have`: what the route starts from (the person's skills and the link's, see my-path.ts). */
  requestFor(
    file: string,
    graph: CareerGraph | undefined,
    q: RouteQuery,
    have: readonly string[] = q.have,
  ): void {
    if (!graph || !q.to) {
      this.request(null);
      return;
    }
    this.request({
      key: JSON.stringify([file, q, have]),
      dataKey: file,
      graph,
      request: {
        ...(q.from ? { from: q.from } : {}),
        have: [...have],
        to: q.to,
        mode: q.mode,
        allowLateral: q.allowLateral,
        withSecondary: q.withSecondary,
        alternatives: 3,
      },
    });
  }

  /** The answer on show: none while a newer request is pending. */
  get shown(): RouteResult | null {
    return this.pending ? null : this.result;
  }

  /** Asks for a route; does nothing when `key` is already asked for. */
  request(job: RouteJob | null): void {
    const key = job?.key ?? "";
    if (key === this.key) return;
    this.key = key;
    this.next = undefined;
    if (!job) {
      this.result = null;
      this.pending = false;
      return;
    }
    this.pending = true;
    this.alternativesPending = false;
    this.result = null;
    if (this.running) {
      if (performance.now() - this.running.since <= CANCEL_AFTER_MS) {
        this.next = job;
        return;
      }
      this.worker.cancel();
    }
    void this.run(job);
  }

  private async run(job: RouteJob): Promise<void> {
    const running = { job, since: performance.now() };
    this.running = running;
    let result: RouteResult | null = null;
    if ((job.request.alternatives ?? 0) > 0) {
      const best = await this.worker.route(
        job.dataKey,
        { ...job.request, alternatives: 0 },
        job.graph,
      );
      if (best && job.key === this.key && this.running === running) {
        this.result = best;
        this.pending = false;
        this.alternativesPending = best.ok;
        this.host.requestUpdate();
      }
      // Not cancelled from here on (see the header); nothing more to do if it was not a route.
      running.since = Number.POSITIVE_INFINITY;
      if (best?.ok && job.key === this.key && this.running === running)
        result = await this.worker.route(job.dataKey, job.request, job.graph);
    } else result = await this.worker.route(job.dataKey, job.request, job.graph);
    if (this.running === running) this.running = undefined;
    if (result && job.key === this.key) {
      this.result = result;
      this.pending = false;
      this.alternativesPending = false;
      this.host.requestUpdate();
    } else if (job.key === this.key && this.alternativesPending) {
      this.alternativesPending = false;
      this.host.requestUpdate();
    }
    const next = this.next;
    if (next && !this.running) {
      this.next = undefined;
      if (next.key === this.key) void this.run(next);
    }
  }
}
