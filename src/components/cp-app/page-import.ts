/**
 * Opening a user's file on the page, when no worker can run: the same importer, with the
 * browser's own DOMParser for XML (loaded on demand, like the page's fallback loader).
 */
import { importGraphFiles } from "../../data/formats/import.ts";
import type { ImportFile, XmlParser } from "../../data/formats/types.ts";
import type { LoadOutcome } from "./graph-protocol.ts";

/** Chromium and Firefox report "error on line 5 at column 10: …" inside a <parsererror>. */
export const browserXmlParser: XmlParser = (text) => {
  const document = new DOMParser().parseFromString(text, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (!error) return { ok: true, document };
  const message = error.textContent ?? "not well-formed";
  const where = /line (\d+)(?: at column |, column )(\d+)/i.exec(message);
  const detail = /:\s*([^\n]+)/.exec(
    message.replace(/^This page contains the following errors:/, ""),
  );
  return {
    ok: false,
    message: (detail?.[1] ?? message).trim().slice(0, 300),
    ...(where ? { line: Number(where[1]), column: Number(where[2]) } : {}),
  };
};

export function importOnPage(files: ImportFile[]): LoadOutcome {
  const result = importGraphFiles(files, { xml: browserXmlParser });
  return result.ok
    ? { ok: true, document: JSON.stringify(result.document), warnings: result.warnings }
    : { ...result, ok: false };
}
