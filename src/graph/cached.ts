/**
 * Values derived from things that stay the same across queries (a loaded graph, the routing
 * index and its compiled masks, a problem its alternatives share): each is kept in a WeakMap
 * (or Map) keyed by what it comes from, and worked out on first use.
 */
export function cached<K, V>(
  cache: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  compute: () => V,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
