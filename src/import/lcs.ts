/**
 * Length of the longest common subsequence of two sequences, by Myers' O((N+M)·D)
 * algorithm: an import that round-trips well differs in few places (small D), so
 * this is fast where a full N×M table would be 10⁸ cells for a long report.
 */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return 0;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      // D deletions and insertions in all: the common part is what is left of both.
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}
