/**
 * Fixed-width bit sets over Uint32Array words: the search's item sets. Native BigInt masks
 * allocate on every operation and count bits slowly at national scale (5,000–15,000 items);
 * word arrays make subset tests, unions and counts a few hundred integer operations.
 */

export type Bits = Uint32Array;

export function wordsFor(size: number): number {
  return Math.max(1, Math.ceil(size / 32));
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

/** How many items `bits` holds. */
export function countBits(bits: Bits): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i] as number;
    while (w !== 0) {
      w &= w - 1;
      n++;
    }
  }
  return n;
}

/** Sets `indices` in `bits`; returns how many were not set before. */
export function addIndices(bits: Bits, indices: Int32Array): number {
  let added = 0;
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i] as number;
    const word = index >>> 5;
    const bit = 1 << (index & 31);
    const before = bits[word] as number;
    if ((before & bit) === 0) {
      bits[word] = before | bit;
      added++;
    }
  }
  return added;
}

/**
 * A signed set: `data` words of bits, then SIGNATURE_WORDS words summarising them. Each index
 * added through addSigned also sets one of the 256 summary bits, picked by a hash of the index,
 * so a set's summary is the union of its added members' summary bits and a ⊆ b implies
 * summary(a) ⊆ summary(b). The search's sets share most members; two that are not nested
 * differ in a few dozen, one of which almost always shows in the summary: the subset test then
 * fails after 8 words instead of hundreds.
 */
export const SIGNATURE_WORDS = 8;

/** Sets `indices` in a signed set with `data` data words; returns how many were new. */
export function addSigned(bits: Bits, indices: Int32Array, data: number): number {
  let added = 0;
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i] as number;
    const word = index >>> 5;
    const bit = 1 << (index & 31);
    const before = bits[word] as number;
    if ((before & bit) === 0) {
      bits[word] = before | bit;
      const h = Math.imul(index, 0x9e3779b1) >>> 24;
      const s = data + (h >>> 5);
      bits[s] = (bits[s] as number) | (1 << (h & 31));
      added++;
    }
  }
  return added;
}

/** a ⊆ b for signed sets with `data` data words: summaries first. */
export function isSubsetSigned(a: Bits, b: Bits, data: number): boolean {
  for (let i = data; i < a.length; i++)
    if (((a[i] as number) & ~(b[i] as number)) !== 0) return false;
  for (let i = 0; i < data; i++) if (((a[i] as number) & ~(b[i] as number)) !== 0) return false;
  return true;
}

/** 256 KB chunks; up to 64 (16 MB) are kept between searches. */
const CHUNK_WORDS = 65_536;
const MAX_SPARE_CHUNKS = 64;
const spareChunks: Uint32Array[] = [];

/**
 * Signed bit sets for one search, cut from large shared buffers: a label's set is a view into a chunk,
 * not an ArrayBuffer of its own. At 15,000 items a set is ~2 KB; a search makes tens of
 * thousands, and one buffer each made allocation and garbage collection most of the work.
 * Sets live as long as the search (labels keep their parents), so chunks are never reused; the
 * last set taken can be handed back when its label is dropped at once.
 */
export class BitPool {
  private chunk: Uint32Array;
  private used = 0;
  private readonly perChunk: number;
  private readonly words: number;
  private readonly taken: Uint32Array[] = [];

  /** Sets of `data` data words, plus their summary. */
  constructor(private readonly data: number) {
    this.words = data + SIGNATURE_WORDS;
    this.perChunk = Math.max(16, Math.floor(CHUNK_WORDS / this.words));
    this.chunk = this.take();
  }

  /**
   * Chunks are recycled between searches (a search's sets die with it): at 15,000 items a
   * search fills tens of MB, and fresh buffers each time made garbage collection a sixth of the
   * work. A set is always written in full before it is read, so old contents do no harm.
   */
  private take(): Uint32Array {
    const size = this.perChunk * this.words;
    const chunk =
      size <= CHUNK_WORDS
        ? (spareChunks.pop() ?? new Uint32Array(CHUNK_WORDS))
        : new Uint32Array(size);
    this.taken.push(chunk);
    return chunk;
  }

  /** Hands every chunk back for the next search; no set of this pool may be used after. */
  release(): void {
    for (const chunk of this.taken)
      if (chunk.length === CHUNK_WORDS && spareChunks.length < MAX_SPARE_CHUNKS)
        spareChunks.push(chunk);
    this.taken.length = 0;
  }

  /** How many of `indices` the last `with` added, and how many of `extras`. */
  added = 0;
  addedExtra = 0;

  /**
   * A copy of `from` with `indices` and `extras` added; the counts of new ones are left in
   * `added` and `addedExtra` (no result object per call).
   */
  with(from: Bits, indices: Int32Array, extras?: Int32Array): Bits {
    if (this.used === this.perChunk) {
      this.chunk = this.take();
      this.used = 0;
    }
    const start = this.used * this.words;
    const out = this.chunk.subarray(start, start + this.words);
    out.set(from);
    this.used++;
    this.added = addSigned(out, indices, this.data);
    this.addedExtra = extras ? addSigned(out, extras, this.data) : 0;
    return out;
  }

  /** Hands back `bits` if it is the last set taken (its label was not kept). */
  giveBack(bits: Bits): void {
    if (
      this.used > 0 &&
      bits.buffer === this.chunk.buffer &&
      bits.byteOffset === (this.used - 1) * this.words * 4
    )
      this.used--;
  }
}
