/**
 * How many characters of one text come back, in order, in another: the LCS, exactly
 * (Myers, lcs.ts) when that takes a bounded amount of work, which it does for every
 * import that round-trips reasonably. A long text that differs in many places would take
 * minutes that way, so past the budget the texts are aligned block by block first, as
 * patience diff does: blocks (paragraphs) identical in both and found once in each are
 * anchors, kept in order by a longest increasing subsequence (n·log n), and only the
 * stretches between anchors are compared character by character, each within its own
 * budget, again by anchors inside them, and at last by their common head and tail. The
 * result is then a common subsequence, perhaps not the longest: a lower bound, and said
 * to be one (`approximate`). No recursion: a stack of stretches, so no depth can
 * overflow.
 */
import { myers } from "./lcs.js";

/** Steps for the exact comparison of the whole: Myers runs ~40 million steps a second, so ≤ 0.5 s. */
const EXACT_BUDGET = 20_000_000;
/** Steps for one stretch between anchors: per character, plus a little. */
const STRETCH_STEPS_PER_CHAR = 32;
const STRETCH_STEPS_MIN = 10_000;
/** All the stretches together (≤ 1.5 s). */
const TOTAL_BUDGET = 60_000_000;
/** Rounds of anchoring inside stretches that are still too different. */
const MAX_DEPTH = 4;

export interface Alignment {
  /** Characters (code points) of the first text found in order in the second. */
  matched: number;
  /** Characters (code points) of the first text. */
  total: number;
  /** True when the texts were aligned by anchors: `matched` is then a lower bound. */
  approximate: boolean;
}

/** The blocks as one array of code points, and where each block starts in it. */
function codePoints(blocks: readonly string[]): { chars: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(blocks.length + 1);
  let total = 0;
  for (const [i, block] of blocks.entries()) {
    starts[i] = total;
    for (const _ of block) total++;
  }
  starts[blocks.length] = total;
  const chars = new Int32Array(total);
  let at = 0;
  for (const block of blocks) for (const ch of block) chars[at++] = ch.codePointAt(0)!;
  return { chars, starts };
}

/** A stretch: blocks [a0, a1) of the first text against blocks [b0, b1) of the second. */
interface Stretch {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  depth: number;
}

/** Blocks identical in both and found once in each, as [a index, b index], in a's order. */
function uniquePairs(a: readonly string[], b: readonly string[], s: Stretch): Array<[number, number]> {
  const seen = new Map<string, { a: number; b: number; inA: number; inB: number }>();
  for (let i = s.a0; i < s.a1; i++) {
    if (!a[i]) continue;
    const e = seen.get(a[i]);
    if (e) e.inA++;
    else seen.set(a[i], { a: i, b: -1, inA: 1, inB: 0 });
  }
  for (let j = s.b0; j < s.b1; j++) {
    const e = seen.get(b[j]);
    if (e) (e.b = j), e.inB++;
  }
  const pairs: Array<[number, number]> = [];
  for (const e of seen.values()) if (e.inA === 1 && e.inB === 1) pairs.push([e.a, e.b]);
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** The longest chain of pairs increasing in both indices (patience sorting). */
function increasingChain(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = []; // index into pairs of the smallest tail of each chain length
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[p][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[p] = tails[lo - 1];
    tails[lo] = p;
  }
  const chain: Array<[number, number]> = [];
  for (let p = tails.length ? tails[tails.length - 1] : -1; p >= 0; p = previous[p]) chain.push(pairs[p]);
  return chain.reverse();
}

/** Common head plus common tail: what any alignment of the two keeps. */
function headAndTail(a: Int32Array, b: Int32Array): number {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return head + tail;
}

/** Characters of `original` that come back in order in `rebuilt`, both given as blocks. */
export function alignBlocks(original: readonly string[], rebuilt: readonly string[], exactBudget = EXACT_BUDGET): Alignment {
  const A = codePoints(original);
  const B = codePoints(rebuilt);
  const total = A.chars.length;
  const exact = myers(A.chars, B.chars, exactBudget);
  if (exact.length !== undefined) return { matched: exact.length, total, approximate: false };

  let matched = 0;
  let left = TOTAL_BUDGET;
  const stack: Stretch[] = [{ a0: 0, a1: original.length, b0: 0, b1: rebuilt.length, depth: 0 }];
  while (stack.length) {
    const s = stack.pop()!;
    const a = A.chars.subarray(A.starts[s.a0], A.starts[s.a1]);
    const b = B.chars.subarray(B.starts[s.b0], B.starts[s.b1]);
    if (!a.length || !b.length) continue;
    if (s.depth > 0) {
      const budget = Math.min(left, STRETCH_STEPS_MIN + STRETCH_STEPS_PER_CHAR * (a.length + b.length));
      const result = myers(a, b, budget);
      left -= Math.min(result.steps, budget);
      if (result.length !== undefined) {
        matched += result.length;
        continue;
      }
    }
    const chain = s.depth < MAX_DEPTH && left > 0 ? increasingChain(uniquePairs(original, rebuilt, s)) : [];
    if (!chain.length) {
      matched += headAndTail(a, b);
      continue;
    }
    // Anchors match whole; the stretches between them (and at both ends) are compared next.
    let a0 = s.a0;
    let b0 = s.b0;
    for (const [i, j] of chain) {
      stack.push({ a0, a1: i, b0, b1: j, depth: s.depth + 1 });
      matched += A.starts[i + 1] - A.starts[i];
      a0 = i + 1;
      b0 = j + 1;
    }
    stack.push({ a0, a1: s.a1, b0, b1: s.b1, depth: s.depth + 1 });
  }
  // All of it found: that is the LCS, however it was found.
  return { matched, total, approximate: matched < total };
}
