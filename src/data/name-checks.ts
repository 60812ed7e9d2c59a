/**
 * Names people type must pick out one node: within a kind, two labels that differ only in case or
 * spacing cannot both be looked up (search and `?role=` fold case), and a label of only spaces or
 * invisible characters cannot be typed at all. Reads raw JSON, like the reference checks.
 */
import { type DocumentError, shown } from "./errors.ts";

/** Whitespace, zero-width and other format characters (soft hyphen, joiners, marks, BOM). */
const INVISIBLE = /[\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0]/gu;

const fold = (label: string) => label.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

export function nameErrors(doc: unknown): DocumentError[] {
  if (typeof doc !== "object" || doc === null) return [];
  const nodes = (doc as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return [];
  const errors: DocumentError[] = [];
  const first = new Map<string, { index: number; label: string }>();
  nodes.forEach((node, i) => {
    if (typeof node !== "object" || node === null) return;
    const { kind, label } = node as { kind?: unknown; label?: unknown };
    if (typeof label !== "string" || label.trim() === "") return;
    if (label.replace(INVISIBLE, "") === "") {
      errors.push({ path: `nodes[${i}].label`, message: "has no visible characters" });
      return;
    }
    const key = `${String(kind)}\u0000${fold(label)}`;
    const seen = first.get(key);
    if (!seen) first.set(key, { index: i, label });
    else if (seen.label !== label)
      errors.push({
        path: `nodes[${i}].label`,
        message: `${shown(label)} is the same name as nodes[${seen.index}].label ${shown(seen.label)} (names must differ in more than case)`,
      });
  });
  return errors;
}
