/** What every benchmark shares: a seeded random source, quantiles, and per-call timing. */

/** A small seeded generator (mulberry32): the same seed gives the same data and the same pairs. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export interface Timing {
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
}

/**
 * Times each call on its own (these calls take milliseconds, so they are not batched): median
 * and p95 over `runs` calls after `warmups` untimed ones. `fn` gets the run's index.
 */
export function timePerCall(
  name: string,
  runs: number,
  fn: (i: number) => unknown,
  warmups = 3,
): Timing {
  for (let i = 0; i < warmups; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { name, medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95), runs };
}
