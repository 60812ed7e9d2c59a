import { describe, expect, it } from "vitest";
import type { GraphWorkerClient } from "../../src/components/cp-app/graph-worker-client.ts";
import { RouteController } from "../../src/components/cp-app/route-controller.ts";
import type { CareerGraph } from "../../src/graph/model.ts";
import type { RouteRequest, RouteResult } from "../../src/graph/route/find-skill-route.ts";

/** A worker client whose answers the test releases one by one. */
function fakeWorker() {
  const calls: { request: RouteRequest; resolve: (r: RouteResult | null) => void }[] = [];
  let cancels = 0;
  const client = {
    route: (_key: string, request: RouteRequest) =>
      new Promise<RouteResult | null>((resolve) => calls.push({ request, resolve })),
    cancel: () => {
      cancels++;
    },
  } as unknown as GraphWorkerClient;
  return { client, calls, cancels: () => cancels };
}

const answer = (alternatives: number): RouteResult =>
  ({
    ok: true,
    route: { steps: [], learnCount: 1, moves: 1, exact: true, lowerBound: 1 },
    alternatives: Array.from({ length: alternatives }, () => ({
      steps: [],
      learnCount: 2,
      moves: 2,
      exact: true,
      lowerBound: 2,
    })),
  }) as unknown as RouteResult;

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("RouteController", () => {
  it("shows the best route first, then the same with its alternatives", async () => {
    const updates: number[] = [];
    const host = { addController() {}, requestUpdate: () => updates.push(1) };
    const worker = fakeWorker();
    const routes = new RouteController(host as never, worker.client);
    const graph = {} as CareerGraph;
    routes.requestFor("f", graph, {
      from: "a",
      to: "b",
      have: [],
      mode: "skills",
      allowLateral: true,
      withSecondary: false,
      useProfile: true,
    });
    expect(routes.pending).toBe(true);
    expect(worker.calls.map((c) => c.request.alternatives)).toEqual([0]);
    worker.calls[0]?.resolve(answer(0));
    await tick();
    expect(routes.pending).toBe(false);
    expect(routes.alternativesPending).toBe(true);
    expect(routes.shown?.ok && routes.shown.alternatives.length).toBe(0);
    expect(worker.calls.map((c) => c.request.alternatives)).toEqual([0, 3]);

    // A new question while the alternatives are searched waits for them: no cancel.
    routes.requestFor("f", graph, {
      from: "a",
      to: "c",
      have: [],
      mode: "skills",
      allowLateral: true,
      withSecondary: false,
      useProfile: true,
    });
    expect(worker.cancels()).toBe(0);
    expect(routes.pending).toBe(true);
    worker.calls[1]?.resolve(answer(3));
    await tick();
    // The old answer is not shown for the new question; the new one is asked for, best first.
    expect(routes.shown).toBeNull();
    expect(worker.calls.map((c) => c.request.to)).toEqual(["b", "b", "c"]);
    expect(worker.calls[2]?.request.alternatives).toBe(0);
    worker.calls[2]?.resolve(answer(0));
    await tick();
    worker.calls[3]?.resolve(answer(2));
    await tick();
    expect(routes.alternativesPending).toBe(false);
    expect(routes.shown?.ok && routes.shown.alternatives.length).toBe(2);
  });
});
