/** Messages between the page and the route worker. */
import type { RouteRequest, RouteResult } from "../../graph/route/find-skill-route.ts";

export interface RouteWorkerRequest {
  id: number;
  /** Identifies the data set; the worker keeps the last one it loaded. */
  dataKey: string;
  /** The data set's JSON text, sent when the worker may not have it yet. */
  text?: string;
  request: RouteRequest;
}

export type RouteWorkerReply =
  | { id: number; result: RouteResult; needsData?: undefined }
  | { id: number; needsData: true; result?: undefined };
