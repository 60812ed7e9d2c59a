import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GraphDocument } from "../../../src/data/schema.ts";

export const FORMATS_DIR = fileURLToPath(new URL("../../fixtures/formats/", import.meta.url));

export const fixture = (name: string) => ({
  name,
  text: readFileSync(`${FORMATS_DIR}${name}`, "utf8"),
});

/** What a round trip must keep: nodes, edges, kinds, labels, tracks, levels, groups, importance. */
export function essentials(document: GraphDocument) {
  return {
    nodes: document.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      aliases: n.aliases,
      track: n.kind === "role" ? n.track : undefined,
      level: n.kind === "role" ? n.level : undefined,
    })),
    edges: document.edges.map((e) => ({
      source: e.source,
      target: e.target,
      kind: e.kind,
      importance: e.kind === "requires" ? e.importance : undefined,
      group: e.kind === "requires" ? e.group : undefined,
    })),
    tracks: document.vocabulary?.tracks?.map((t) => [t.id, t.label]),
    levels: document.vocabulary?.levels?.map((l) => [l.id, l.label]),
  };
}
