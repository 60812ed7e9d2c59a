/** Messages between the page and the graph worker (validation and routes, off the page's thread). */
import type { DocumentError } from "../../data/errors.ts";
import type { ImportFile } from "../../data/formats/types.ts";
import type { RouteRequest, RouteResult } from "../../graph/route/find-skill-route.ts";

export type GraphWorkerRequest =
  | {
      type: "load";
      id: number;
      /** Identifies the data set; the worker keeps the last one it loaded for routes. */
      dataKey: string;
      text: string;
      /** Only keep it for routes: the page has its document and needs no copy back. */
      quiet?: boolean;
    }
  | {
      /** A user's file (any format): parsed and validated here, kept for routes under dataKey. */
      type: "import";
      id: number;
      dataKey: string;
      files: ImportFile[];
    }
  | {
      type: "route";
      id: number;
      dataKey: string;
      /** The data set's JSON text, when the worker may not have it loaded. */
      text?: string;
      request: RouteRequest;
    };

export type LoadOutcome =
  | {
      ok: true;
      /** The validated document with defaults filled in, as JSON (cheap to hand across). */
      document: string;
      warnings: DocumentError[];
    }
  | { ok: false; errors: DocumentError[]; omitted?: number; warnings?: DocumentError[] };

export type GraphWorkerReply =
  | { id: number; kind: "loaded"; outcome: LoadOutcome }
  | { id: number; kind: "route"; result: RouteResult }
  | { id: number; kind: "needs-data" }
  /** An import under way: what the worker is doing now (the final answer is "loaded"). */
  | { id: number; kind: "progress"; stage: string };
