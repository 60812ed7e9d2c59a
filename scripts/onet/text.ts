/** Small text helpers shared by the O*NET conversion modules. */

/** A node id suffix: lower case words joined by "-"; "C++" → "c-plus-plus", "C#" → "c-sharp". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Code-point order, so output does not depend on the machine's locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Gives each name a unique id from `prefix` + slug; names whose slugs collide get "-2", "-3"…
 * in sorted-name order, so the ids are the same on every run.
 */
export function uniqueIds(names: Iterable<string>, prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...new Set(names)].sort(byString)) {
    const base = `${prefix}${slug(name) || "item"}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(name, id);
  }
  return ids;
}
