/**
 * The index pairs `[i, j]` of a longest common subsequence of `a` and `b` under `same`, in order (the classic
 * suffix-length table, O(|a|·|b|) time and cells). Used for the words of a field and the statements of a slide,
 * which are short; slide order uses longestIncreasing instead.
 */
export function lcsPairs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Array<[number, number]> {
  const m = b.length + 1;
  const table = new Uint32Array((a.length + 1) * m);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * m + j] = same(a[i], b[j]) ? table[(i + 1) * m + j + 1] + 1 : Math.max(table[(i + 1) * m + j], table[i * m + j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) pairs.push([i++, j++]);
    else if (table[(i + 1) * m + j] >= table[i * m + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * The positions (into `values`) of one longest strictly increasing subsequence, O(n log n) (patience sorting). The
 * matched slides of two decks, taken in the old order, keep their places when their new indexes form it; the others
 * moved.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[k]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const kept = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) kept.add(k);
  return kept;
}
