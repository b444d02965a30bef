/**
 * Length of the longest common subsequence of two sequences, by Myers' O((N+M)·D)
 * algorithm: an import that round-trips well differs in few places (small D), so this
 * is fast where a full N×M table would be 10⁸ cells for a long report. But D can be
 * large (a long text that differs in many places: then N·D is 10¹⁰ steps, minutes), so
 * the work is bounded: past `budget` steps the answer is undefined and the caller
 * (align.ts) aligns the texts another way.
 */
export interface Myers {
  /** Undefined when the budget ran out first. */
  length?: number;
  /** Steps taken (diagonals tried plus characters compared equal). */
  steps: number;
}

export function myers<T>(a: ArrayLike<T>, b: ArrayLike<T>, budget = Infinity): Myers {
  // The common head and tail cost nothing to match and need no diagonals.
  let start = 0;
  let n = a.length;
  let m = b.length;
  while (start < n && start < m && a[start] === b[start]) start++;
  while (n > start && m > start && a[n - 1] === b[m - 1]) n--, m--;
  const common = start + (a.length - n);
  let steps = common;
  n -= start;
  m -= start;
  const max = n + m;
  if (max === 0) return { length: common, steps };
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
        steps++;
      }
      v[offset + k] = x;
      // D deletions and insertions in all: the common part is what is left of both.
      if (x >= n && y >= m) return { length: common + (n + m - d) / 2, steps: steps + d + 1 };
    }
    steps += d + 1;
    if (steps > budget) return { steps };
  }
  return { length: common, steps };
}

/** The LCS length; undefined when it takes more than `budget` steps. */
export function lcsLength<T>(a: ArrayLike<T>, b: ArrayLike<T>, budget = Infinity): number | undefined {
  return myers(a, b, budget).length;
}
