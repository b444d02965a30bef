// Huffman trees of the WebAssembly deflate: fflate's hTree (code lengths from
// frequencies, limited to a number of bits), lc (their run-length coding) and clen.
import { NODE_F, NODE_S, NODE_L, NODE_R, TQ, T2, TR, rd8, rd16, wr16, rd32, wr32 } from "./memory";

// hTree's results: how many code lengths, and the longest code
export let treeLen: i32 = 0;
export let treeBits: i32 = 0;
// lc's results: how many run-length codes, and how many code lengths they cover
export let lcCount: i32 = 0;
export let lcN: i32 = 0;
let nodeCount: i32 = 0;

function newNode(s: i32, f: i32, l: i32, r: i32): i32 {
  const n = nodeCount++;
  wr32(NODE_S, n, s);
  wr32(NODE_F, n, f);
  wr32(NODE_L, n, l);
  wr32(NODE_R, n, r);
  return n;
}

/** fflate's ln: assigns each leaf its depth in TR; returns the deepest. */
function ln(n: i32, d: i32): i32 {
  const s = rd32(NODE_S, n);
  if (s == -1) return max(ln(rd32(NODE_L, n), d + 1), ln(rd32(NODE_R, n), d + 1));
  wr16(TR, s, d);
  return d;
}

/** Stable insertion sort of TQ[0..n) by node frequency (JavaScript's sort is stable). */
function sortByFrequency(n: i32): void {
  for (let i = 1; i < n; ++i) {
    const x = rd32(TQ, i);
    const fx = rd32(NODE_F, x);
    let j = i - 1;
    while (j >= 0 && rd32(NODE_F, rd32(TQ, j)) > fx) {
      wr32(TQ, j + 1, rd32(TQ, j));
      --j;
    }
    wr32(TQ, j + 1, x);
  }
}

/** fflate's comparator for t2: longer code first, then lower frequency. */
@inline function t2Before(a: i32, b: i32): i32 {
  const d = rd16(TR, rd32(NODE_S, b)) - rd16(TR, rd32(NODE_S, a));
  return d != 0 ? d : rd32(NODE_F, a) - rd32(NODE_F, b);
}

function sortT2(n: i32): void {
  for (let i = 1; i < n; ++i) {
    const x = rd32(T2, i);
    let j = i - 1;
    while (j >= 0 && t2Before(rd32(T2, j), x) > 0) {
      wr32(T2, j + 1, rd32(T2, j));
      --j;
    }
    wr32(T2, j + 1, x);
  }
}

/**
 * fflate's hTree: code lengths (at most mb bits) for the frequencies d[0..dLen), written
 * to out[0..treeLen) and zeros after it up to dLen (fflate's shorter array reads as
 * undefined there, i.e. 0); sets treeLen and treeBits.
 */
export function hTree(d: usize, dLen: i32, mb: i32, out: usize): void {
  memory.fill(out, 0, <usize>max(dLen, 1));
  nodeCount = 0;
  let s = 0;
  for (let i = 0; i < dLen; ++i) {
    const f = rd16(d, i);
    if (f) {
      const n = newNode(i, f, -1, -1);
      wr32(TQ, s, n);
      wr32(T2, s, n);
      ++s;
    }
  }
  if (!s) {
    treeLen = 0;
    treeBits = 0;
    return;
  }
  if (s == 1) {
    const sym = rd32(NODE_S, 0);
    store<u8>(out + <usize>sym, 1);
    treeLen = sym + 1;
    treeBits = 1;
    return;
  }
  sortByFrequency(s);
  wr32(TQ, s, newNode(-1, 25001, -1, -1));
  let l = rd32(TQ, 0);
  let r = rd32(TQ, 1);
  let i0 = 0;
  let i1 = 1;
  let i2 = 2;
  wr32(TQ, 0, newNode(-1, rd32(NODE_F, l) + rd32(NODE_F, r), l, r));
  while (i1 != s - 1) {
    l = rd32(TQ, rd32(NODE_F, rd32(TQ, i0)) < rd32(NODE_F, rd32(TQ, i2)) ? i0++ : i2++);
    r = rd32(TQ, i0 != i1 && rd32(NODE_F, rd32(TQ, i0)) < rd32(NODE_F, rd32(TQ, i2)) ? i0++ : i2++);
    wr32(TQ, i1++, newNode(-1, rd32(NODE_F, l) + rd32(NODE_F, r), l, r));
  }
  const maxSym = rd32(NODE_S, rd32(T2, s - 1));
  memory.fill(TR, 0, <usize>(maxSym + 1) << 1);
  let mbt = ln(rd32(TQ, i1 - 1), 0);
  if (mbt > mb) {
    let i = 0;
    let dt = 0;
    const lft = mbt - mb;
    const cst = 1 << lft;
    sortT2(s);
    for (; i < s; ++i) {
      const sym = rd32(NODE_S, rd32(T2, i));
      if (rd16(TR, sym) > mb) {
        dt += cst - (1 << (mbt - rd16(TR, sym)));
        wr16(TR, sym, mb);
      } else break;
    }
    dt >>= lft;
    while (dt > 0 && i < s) {
      const sym = rd32(NODE_S, rd32(T2, i));
      const len = rd16(TR, sym);
      if (len < mb) {
        wr16(TR, sym, len + 1);
        dt -= 1 << (mb - len - 1);
      } else ++i;
    }
    for (; i >= 0 && dt; --i) {
      const sym = rd32(NODE_S, rd32(T2, i));
      if (rd16(TR, sym) == mb) {
        wr16(TR, sym, mb - 1);
        ++dt;
      }
    }
    mbt = mb;
  }
  for (let i = 0; i <= maxSym; ++i) store<u8>(out + <usize>i, <u8>rd16(TR, i));
  treeLen = maxSym + 1;
  treeBits = mbt;
}

/** fflate's lc: run-length codes of the code lengths c[0..len) into cl; sets lcCount and lcN. */
export function lc(c: usize, len: i32, cl: usize): void {
  let s = len;
  while (s && !rd8(c, --s));
  ++s;
  let cli = 0;
  let cln = rd8(c, 0);
  let cls = 1;
  for (let i = 1; i <= s; ++i) {
    if (i != s && rd8(c, i) == cln) ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138) wr16(cl, cli++, 32754);
        if (cls > 2) {
          wr16(cl, cli++, cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        wr16(cl, cli++, cln);
        --cls;
        for (; cls > 6; cls -= 6) wr16(cl, cli++, 8304);
        if (cls > 2) {
          wr16(cl, cli++, ((cls - 3) << 5) | 8208);
          cls = 0;
        }
      }
      while (cls--) wr16(cl, cli++, cln);
      cls = 1;
      cln = i < len ? rd8(c, i) : 0;
    }
  }
  lcCount = cli;
  lcN = s;
}

/** fflate's clen: the bits the frequencies cf take with the code lengths cl[0..n). */
export function clen(cf: usize, cl: usize, n: i32): i32 {
  let l = 0;
  for (let i = 0; i < n; ++i) l += rd16(cf, i) * rd8(cl, i);
  return l;
}
