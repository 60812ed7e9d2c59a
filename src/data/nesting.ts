/**
 * Finds a value nested deeper than a document ever needs. The deepest legitimate path is about
 * eight levels (`nodes[3].salary[0].sources[1].note`) plus whatever an imported record carries;
 * far deeper values cannot be copied to the page, stringified or even described without
 * recursion, so they are refused up front. Iterative, so the check itself cannot overflow.
 */
export const MAX_DEPTH = 32;

/** Where a value goes deeper than `max` levels, as the path to its field (e.g. `nodes[0].ratings`). */
export function tooDeep(value: unknown, max = MAX_DEPTH): PropertyKey[] | undefined {
  // Depth only first (the common case, no allocation per value); the path only when needed.
  if (depthExceeds(value, max) === undefined) return undefined;
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof top.value !== "object" || top.value === null) continue;
    if (top.path.length >= max) return top.path.slice(0, 3);
    if (Array.isArray(top.value))
      top.value.forEach((v, i) => {
        stack.push({ value: v, path: [...top.path, i] });
      });
    else
      for (const [k, v] of Object.entries(top.value))
        stack.push({ value: v, path: [...top.path, k] });
  }
  return undefined;
}

function depthExceeds(value: unknown, max: number): true | undefined {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop() as number;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= max) return true;
    if (Array.isArray(v)) {
      for (const item of v)
        if (typeof item === "object" && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
    } else
      for (const key in v) {
        const item = (v as Record<string, unknown>)[key];
        if (typeof item === "object" && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
  }
  return undefined;
}
