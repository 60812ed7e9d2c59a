import { z } from "zod";
import { GraphDocumentSchema } from "./schema.ts";

/** The JSON Schema editors use to autocomplete and check graph documents. */
export function graphDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(GraphDocumentSchema, { io: "input", target: "draft-2020-12" }),
    $id: "https://career-path-explorer.dev/career-graph.schema.json",
    title: "Career graph document",
    description:
      "Roles, skills and tools joined by progression, overlap, requires and serves edges. Every node and edge cites its seed with a verbatim quote.",
  };
}
