/**
 * Finds routes off the main thread. The page sends the data set's text once per data set and
 * then route requests; each answer carries its request's id, so the page can drop stale ones.
 * Loading and routing are the same pure functions the CLI uses.
 */
import { loadGraphText } from "../../data/load.ts";
import type { CareerGraph } from "../../graph/model.ts";
import { findSkillRoute } from "../../graph/route/find-skill-route.ts";
import type { RouteWorkerReply, RouteWorkerRequest } from "./route-protocol.ts";

let current: { key: string; graph: CareerGraph } | undefined;

self.onmessage = (event: MessageEvent<RouteWorkerRequest>) => {
  const { id, dataKey, text, request } = event.data;
  const reply = (message: RouteWorkerReply) => self.postMessage(message);
  if (current?.key !== dataKey) {
    if (text === undefined) {
      reply({ id, needsData: true });
      return;
    }
    const loaded = loadGraphText(text);
    if (!loaded.ok) {
      reply({ id, result: { ok: false, reason: "The data set could not be loaded for routing." } });
      return;
    }
    current = { key: dataKey, graph: loaded.graph };
  }
  reply({ id, result: findSkillRoute(current.graph, request) });
};
