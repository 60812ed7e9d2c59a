/**
 * Fixed-width bit sets over Uint32Array words: the search's item sets. Native BigInt masks
 * allocate on every operation and count bits slowly at national scale (5,000–15,000 items);
 * word arrays make subset tests, unions and counts a few hundred integer operations.
 */

export type Bits = Uint32Array;

export function wordsFor(size: number): number {
  return Math.max(1, Math.ceil(size / 32));
}

export function fromBigInt(mask: bigint, words: number): Bits {
  const bits = new Uint32Array(words);
  const hex = mask.toString(16);
  // Eight hex digits per word, from the least significant end.
  for (let w = 0, end = hex.length; w < words && end > 0; w++, end -= 8)
    bits[w] = Number.parseInt(hex.slice(Math.max(0, end - 8), end), 16) >>> 0;
  return bits;
}

export function indicesOf(mask: bigint): Int32Array {
  const out: number[] = [];
  const hex = mask.toString(16);
  for (let i = 0; i < hex.length; i++) {
    const digit = Number.parseInt(hex[hex.length - 1 - i] as string, 16);
    for (let b = 0; b < 4; b++) if (digit & (1 << b)) out.push(i * 4 + b);
  }
  return Int32Array.from(out);
}

export function has(bits: Bits, index: number): boolean {
  return ((bits[index >>> 5] as number) & (1 << (index & 31))) !== 0;
}

export function set(bits: Bits, index: number): void {
  bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31));
}

/** a ⊆ b */
export function isSubset(a: Bits, b: Bits): boolean {
  for (let i = 0; i < a.length; i++) if (((a[i] as number) & ~(b[i] as number)) !== 0) return false;
  return true;
}

/** How many of `indices` are not in `bits`. */
export function countMissing(indices: Int32Array, bits: Bits): number {
  let n = 0;
  for (let i = 0; i < indices.length; i++) if (!has(bits, indices[i] as number)) n++;
  return n;
}

/** A copy of `bits` with `indices` added; `added` gets how many were new. */
export function withIndices(bits: Bits, indices: Int32Array): { bits: Bits; added: number } {
  const out = bits.slice();
  let added = 0;
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i] as number;
    if (!has(out, index)) {
      set(out, index);
      added++;
    }
  }
  return { bits: out, added };
}
