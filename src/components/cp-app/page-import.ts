/**
 * Opening a user's file on the page, when no worker can run: the same importer, with the
 * browser's own DOMParser for XML (loaded on demand, like the page's fallback loader).
 */
import { importGraphFiles } from "../../data/formats/import.ts";
import type { ImportFile, XmlParser } from "../../data/formats/types.ts";
import type { LoadOutcome } from "./graph-protocol.ts";

export const browserXmlParser: XmlParser = (text) => {
  const document = new DOMParser().parseFromString(text, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (!error) return { ok: true, document };
  return { ok: false, ...xmlErrorOf(error.textContent ?? "") };
};

/**
 * The message, line and column in the text of a browser's <parsererror>: Chromium writes
 * "…errors:error on line 5 at column 10: Opening and ending tag mismatch…", Firefox
 * "XML Parsing Error: … Line Number 5, Column 10:".
 */
export function xmlErrorOf(text: string): { message: string; line?: number; column?: number } {
  const where = /line (?:number )?(\d+)(?: at column |, column )(\d+)/i.exec(text);
  const body = text
    .replace(/^This page contains the following errors:/, "")
    .replace(/Below is a rendering of the page up to the first error\.?/, "\n");
  const chromium = /error on line \d+ at column \d+:\s*([^\n]+)/i.exec(body)?.[1];
  const firefox = /XML Parsing Error:\s*([^\n]+)/i.exec(body)?.[1];
  const message = (chromium ?? firefox ?? body.split("\n")[0] ?? "").trim().slice(0, 300);
  return {
    message: message || "not well-formed",
    ...(where ? { line: Number(where[1]), column: Number(where[2]) } : {}),
  };
}

export function importOnPage(files: ImportFile[]): LoadOutcome {
  const result = importGraphFiles(files, { xml: browserXmlParser });
  return result.ok
    ? { ok: true, document: JSON.stringify(result.document), warnings: result.warnings }
    : { ...result, ok: false };
}
