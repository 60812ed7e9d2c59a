/**
 * The fewest items that hit every group (hold at least one member of each): a minimum hitting
 * set, by branch and bound.
 *
 * NP-hard in general, but a route meets only a handful of unmet "one of" groups, and on career
 * data they are mostly disjoint (a cloud platform, a language), which is answered at once: the
 * size is then the number of groups. Otherwise the search branches on the group with the fewest
 * members (every hitting set holds one of them) and prunes branches that cannot beat the best.
 *
 * The choice prefers, on ties, members that hit more groups, then lower item indices, so the
 * same problem always picks the same items.
 */

export interface HittingSet {
  size: number;
  /** The chosen items, as a mask. */
  choice: bigint;
}

export function minimumHittingSet(groups: readonly bigint[]): HittingSet {
  const distinct = [...new Set(groups)].filter((g) => g !== 0n);
  if (distinct.length === 0) return { size: 0, choice: 0n };
  let union = 0n;
  let disjoint = true;
  for (const g of distinct) {
    if ((union & g) !== 0n) disjoint = false;
    union |= g;
  }
  if (disjoint) {
    let choice = 0n;
    for (const g of distinct) choice |= g & -g;
    return { size: distinct.length, choice };
  }
  let best: HittingSet = { size: Number.POSITIVE_INFINITY, choice: 0n };
  const search = (open: readonly bigint[], chosen: bigint, size: number): void => {
    if (open.length === 0) {
      if (size < best.size) best = { size, choice: chosen };
      return;
    }
    if (size + 1 >= best.size) return;
    const narrowest = open.reduce((a, b) => (popcountSmall(b) < popcountSmall(a) ? b : a));
    const members = bits(narrowest).sort(
      (x, y) => hits(open, y) - hits(open, x) || (x < y ? -1 : x > y ? 1 : 0),
    );
    for (const item of members)
      search(
        open.filter((g) => (g & item) === 0n),
        chosen | item,
        size + 1,
      );
  };
  search(distinct, 0n, 0);
  return best;
}

function hits(groups: readonly bigint[], item: bigint): number {
  let n = 0;
  for (const g of groups) if ((g & item) !== 0n) n++;
  return n;
}

function bits(mask: bigint): bigint[] {
  const out: bigint[] = [];
  let m = mask;
  while (m > 0n) {
    const low = m & -m;
    out.push(low);
    m ^= low;
  }
  return out;
}

function popcountSmall(mask: bigint): number {
  return bits(mask).length;
}
