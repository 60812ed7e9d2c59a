/** A binary min-heap; ties pop in insertion order so searches are deterministic. */
export class MinHeap<T> {
  private items: { value: T; seq: number }[] = [];
  private seq = 0;

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(value: T): void {
    this.items.push({ value, seq: this.seq++ });
    this.up(this.items.length - 1);
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.down(0);
    }
    return top.value;
  }

  private less(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    if (!a || !b) return false;
    return (this.compare(a.value, b.value) || a.seq - b.seq) < 0;
  }

  private swap(i: number, j: number): void {
    const a = this.items[i];
    const b = this.items[j];
    if (!a || !b) return;
    this.items[i] = b;
    this.items[j] = a;
  }

  private up(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.items.length && this.less(left, smallest)) smallest = left;
      if (right < this.items.length && this.less(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}

/**
 * A min-heap of values by a numeric rank, in parallel arrays (no wrapper object per entry): the
 * exact search pushes tens of thousands of labels. Ties pop latest first (deterministic): among
 * labels with the same key the search follows the newest, which dives toward the target instead
 * of widening a whole band of equal keys first (any order within a key keeps it exact).
 */
export class RankHeap<T> {
  private values: T[] = [];
  private ranks: number[] = [];
  private seqs: number[] = [];
  private seq = 0;

  get size(): number {
    return this.values.length;
  }

  push(value: T, rank: number): void {
    let i = this.values.length;
    const seq = this.seq++;
    this.values.push(value);
    this.ranks.push(rank);
    this.seqs.push(seq);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pr = this.ranks[parent] as number;
      if (pr < rank || (pr === rank && (this.seqs[parent] as number) > seq)) break;
      this.values[i] = this.values[parent] as T;
      this.ranks[i] = pr;
      this.seqs[i] = this.seqs[parent] as number;
      i = parent;
    }
    this.values[i] = value;
    this.ranks[i] = rank;
    this.seqs[i] = seq;
  }

  pop(): T | undefined {
    const n = this.values.length;
    if (n === 0) return undefined;
    const top = this.values[0];
    const value = this.values.pop() as T;
    const rank = this.ranks.pop() as number;
    const seq = this.seqs.pop() as number;
    const size = n - 1;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        let child = left;
        if (right < size) {
          const lr = this.ranks[left] as number;
          const rr = this.ranks[right] as number;
          if (rr < lr || (rr === lr && (this.seqs[right] as number) > (this.seqs[left] as number)))
            child = right;
        }
        const cr = this.ranks[child] as number;
        if (rank < cr || (rank === cr && seq > (this.seqs[child] as number))) break;
        this.values[i] = this.values[child] as T;
        this.ranks[i] = cr;
        this.seqs[i] = this.seqs[child] as number;
        i = child;
      }
      this.values[i] = value;
      this.ranks[i] = rank;
      this.seqs[i] = seq;
    }
    return top;
  }
}
