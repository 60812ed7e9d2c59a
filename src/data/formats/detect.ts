/** Which format a file is in: by its extension, else by its first characters. */
import type { GraphFormat } from "./types.ts";

const EXTENSIONS: Record<string, GraphFormat> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  csv: "csv",
};

export function formatOfName(name: string): GraphFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(name.split(/[?#]/)[0] ?? "")?.[1]?.toLowerCase();
  return ext !== undefined && Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

export function formatOfText(text: string): GraphFormat | undefined {
  const head = text
    .slice(0, 2000)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{")) return "json";
  if (/<gexf[\s>]/.test(head)) return "gexf";
  if (/<graphml[\s>]/.test(head)) return "graphml";
  return undefined;
}

export function detectFormat(name: string, text: string): GraphFormat | undefined {
  return formatOfName(name) ?? formatOfText(text);
}

/** For a CSV pair: which file holds the nodes and which the edges. */
export function csvRole(name: string): "nodes" | "edges" | undefined {
  const base = name.split(/[\\/]/).pop()?.toLowerCase() ?? "";
  if (base.includes("edge") || base.includes("link")) return "edges";
  if (base.includes("node")) return "nodes";
  return undefined;
}
