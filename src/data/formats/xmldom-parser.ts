/** The XmlParser for Node and the graph worker: @xmldom/xmldom is plain JavaScript, no DOM needed. */
import { DOMParser } from "@xmldom/xmldom";
import type { XmlParser } from "./types.ts";

export const xmldomParser: XmlParser = (text) => {
  let problem: { message: string; line?: number; column?: number } | undefined;
  const parser = new DOMParser({
    locator: true,
    onError: (level, message, context) => {
      // Warnings (e.g. an unusual doctype) do not stop the import.
      if (level === "warning" || problem) return;
      const where = context as { lineNumber?: number; columnNumber?: number } | undefined;
      problem = { message, line: where?.lineNumber, column: where?.columnNumber };
    },
  });
  try {
    const document = parser.parseFromString(text, "application/xml");
    if (problem) return { ok: false, ...problem };
    return { ok: true, document: document as unknown as Document };
  } catch (error) {
    const e = error as Error & { locator?: { lineNumber?: number; columnNumber?: number } };
    return {
      ok: false,
      message: problem?.message ?? e.message,
      line: problem?.line ?? e.locator?.lineNumber,
      column: problem?.column ?? e.locator?.columnNumber,
    };
  }
};
