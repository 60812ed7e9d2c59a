/** Reading and writing attribute values that formats hold as text (aliases, structured fields). */
import type { Attributes } from "./types.ts";

/** Aliases in one cell or attribute are separated by `|` (a JSON array of strings also works). */
export const ALIAS_SEPARATOR = "|";

/** Fields whose values are structured (arrays/objects): written as JSON text, read back from it. */
export const STRUCTURED_FIELDS = new Set(["sources", "salary", "responsibilities"]);

export function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

export function textOf(value: unknown): string | undefined {
  if (isMissing(value)) return undefined;
  return typeof value === "string" ? value.trim() : String(value);
}

export function parseAliases(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(String);
  const text = textOf(value);
  if (text === undefined) return undefined;
  const json = text.startsWith("[") ? parseJson(text) : undefined;
  if (Array.isArray(json)) return json;
  return text
    .split(ALIAS_SEPARATOR)
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

export function writeAliases(aliases: readonly string[]): string {
  return aliases.some((a) => a.includes(ALIAS_SEPARATOR))
    ? JSON.stringify(aliases)
    : aliases.join(ALIAS_SEPARATOR);
}

/**
 * A text attribute that holds a JSON object or array (how structured fields and extra fields
 * such as ratings travel through GEXF, GraphML and CSV) is read as that value.
 */
export function readValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (
    (text.startsWith("{") && text.endsWith("}")) ||
    (text.startsWith("[") && text.endsWith("]"))
  ) {
    const json = parseJson(text);
    if (json !== undefined) return json;
  }
  return value;
}

/** The inverse of readValue: structured values become JSON text, scalars stay as they are. */
export function writeValue(value: unknown): unknown {
  return value !== null && typeof value === "object" ? JSON.stringify(value) : value;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A vocabulary id from a value as people write it: "Data Science" → "data-science". */
export function slugOf(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-._]+|-+$/g, "")
    .slice(0, 100);
}

/** Own enumerable attributes, without prototype surprises (`__proto__` is just a name here). */
export function entriesOf(attrs: Attributes): [string, unknown][] {
  return Object.keys(attrs).map((k) => [k, attrs[k]]);
}
