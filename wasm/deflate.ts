// AssemblyScript (compiled to WebAssembly by `npm run wasm`, scripts/write-wasm.mjs; not
// part of the TypeScript project). fflate 0.8's DEFLATE encoder (level 6 and every other
// level its `deo` table has), ported line for line: same hash chains, same blocks, same
// Huffman trees, so the output is fflate's byte for byte (tests/deflate-wasm.test.ts).
// Why: a CLI's every run is a first run, and fflate's loops ran in V8's interpreter,
// ~10 ms for the sample's document.xml; compiled WebAssembly needs no warm-up.
// Names follow fflate's source (node_modules/fflate/esm/browser.js) so the two can be
// read side by side. CRC-32 is here too, for the zip entries.
//
// Memory: fixed tables first, then the work areas, then the input and the output, laid
// out by prepare(); nothing is allocated by AssemblyScript's runtime (stub, never used).

// ---- fixed tables ---------------------------------------------------------------
const REV: usize = __heap_base; //            u16[32768]  bit-reversal
const REVFL: usize = REV + 65536; //          i32[261]    length → (extra << 5) | code
const REVFD: usize = REVFL + 1088; //         i32[32769]  distance → (extra << 5) | code
const FLEB: usize = REVFD + 131088; //        u8[32]      length extra bits
const FDEB: usize = FLEB + 32; //             u8[32]      distance extra bits
const CLIM: usize = FDEB + 32; //             u8[19]      code length order
const FLT: usize = CLIM + 32; //              u8[288]     fixed length tree
const FDT: usize = FLT + 288; //              u8[32]      fixed distance tree
const FLM: usize = FDT + 32; //               u16[288]    fixed length codes
const FDM: usize = FLM + 576; //              u16[32]     fixed distance codes
const CRCT: usize = FDM + 64; //              i32[256]    CRC-32 table
// ---- scratch of one block (hTree, lc) ---------------------------------------------
const NODE_F: usize = CRCT + 1024; //         i32[640]    tree nodes: frequency
const NODE_S: usize = NODE_F + 2560; //       i32[640]    symbol, -1 for an inner node
const NODE_L: usize = NODE_S + 2560; //       i32[640]    left child
const NODE_R: usize = NODE_L + 2560; //       i32[640]    right child
const TQ: usize = NODE_R + 2560; //           i32[320]    fflate's `t` (node ids)
const T2: usize = TQ + 1280; //               i32[320]    fflate's `t2`
const TR: usize = T2 + 1280; //               u16[320]    code lengths being built
const DLT: usize = TR + 640; //               u8[320]     literal/length code lengths
const DDT: usize = DLT + 320; //              u8[64]      distance code lengths
const LCT: usize = DDT + 64; //               u8[32]      code-length code lengths
const LCLT: usize = LCT + 32; //              u16[320]    run-length coded DLT
const LCDT: usize = LCLT + 640; //            u16[64]     run-length coded DDT
const LCFREQ: usize = LCDT + 128; //          u16[32]
const LM: usize = LCFREQ + 64; //             u16[320]    codes of DLT (or FLM)
const DM: usize = LM + 640; //                u16[64]
const LLM: usize = DM + 128; //               u16[32]
const LF: usize = LLM + 64; //                u16[288]    literal/length frequencies
const DF: usize = LF + 576; //                u16[32]     distance frequencies
const SYMS: usize = DF + 64; //               i32[25000]
const PREV: usize = SYMS + 100000; //         u16[32768]
const HM_L: usize = PREV + 65536; //          u16[16]     hMap: codes per length
const HM_LE: usize = HM_L + 32; //            u16[16]     hMap: next code per length
const FREB_B: usize = HM_LE + 32; //          i32[32]     freb: bases
const HEAD: usize = FREB_B + 128; //          u16[1 << plvl], plvl ≤ 20; then the input and the output


// fflate's fleb, fdeb and clim (static data: nothing may be allocated, see above)
const FLEB_INIT: StaticArray<u8> = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 0, 0, 0];
const FDEB_INIT: StaticArray<u8> = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 0, 0];
const CLIM_INIT: StaticArray<u8> = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
// deflate options per level: (nice << 13) | chain
const DEO: StaticArray<i32> = [65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632];

// ---- state of one call ----------------------------------------------------------
let inPtr: usize = 0;
let outPtr: usize = 0;
let inLen: i32 = 0;
// hTree's results: where the code lengths are, how many, and the longest code
let treeLen: i32 = 0;
let treeBits: i32 = 0;
// lc's results
let lcCount: i32 = 0;
let lcN: i32 = 0;

/** Grows the memory to hold `end` bytes. */
function reserve(end: usize): void {
  const have = <usize>memory.size() << 16;
  if (end > have && memory.grow(<i32>((end - have + 0xffff) >> 16)) < 0) unreachable();
}

function initTables(): void {
  reserve(HEAD);
  for (let i = 0; i < 32; ++i) {
    store<u8>(FLEB + i, FLEB_INIT[i]);
    store<u8>(FDEB + i, FDEB_INIT[i]);
  }
  for (let i = 0; i < 19; ++i) store<u8>(CLIM + i, CLIM_INIT[i]);
  freb(FLEB, 2, REVFL, 261);
  store<i32>(REVFL + (258 << 2), 28); // fflate: "we can ignore the fact that the other numbers are wrong"
  freb(FDEB, 0, REVFD, 32769);
  for (let i = 0; i < 32768; ++i) {
    let x = ((i & 0xaaaa) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xcccc) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xf0f0) >> 4) | ((x & 0x0f0f) << 4);
    store<u16>(REV + (<usize>i << 1), <u16>((((x & 0xff00) >> 8) | ((x & 0x00ff) << 8)) >> 1));
  }
  for (let i = 0; i < 144; ++i) store<u8>(FLT + i, 8);
  for (let i = 144; i < 256; ++i) store<u8>(FLT + i, 9);
  for (let i = 256; i < 280; ++i) store<u8>(FLT + i, 7);
  for (let i = 280; i < 288; ++i) store<u8>(FLT + i, 8);
  for (let i = 0; i < 32; ++i) store<u8>(FDT + i, 5);
  hMap(FLT, 288, 9, FLM);
  hMap(FDT, 32, 5, FDM);
  for (let i = 0; i < 256; ++i) {
    let c = i;
    for (let k = 0; k < 8; ++k) c = (c & 1 ? -306674912 : 0) ^ (c >>> 1);
    store<i32>(CRCT + (<usize>i << 2), c);
  }
}

@inline function rd8(p: usize, i: i32): i32 {
  return <i32>load<u8>(p + <usize>i);
}
@inline function rd16(p: usize, i: i32): i32 {
  return <i32>load<u16>(p + (<usize>i << 1));
}
@inline function wr16(p: usize, i: i32, v: i32): void {
  store<u16>(p + (<usize>i << 1), <u16>v);
}
@inline function rd32(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline function wr32(p: usize, i: i32, v: i32): void {
  store<i32>(p + (<usize>i << 2), v);
}

/** fflate's freb: the reverse map (value → (value - base) << 5 | code) of a base table. */
function freb(eb: usize, start: i32, r: usize, rLen: i32): void {
  for (let i = 0; i < 31; ++i) {
    // eb[-1] is undefined in fflate, and 1 << undefined is 1
    start += 1 << (i == 0 ? 0 : rd8(eb, i - 1));
    wr32(FREB_B, i, start & 0xffff); // fflate keeps the bases in a Uint16Array
  }
  for (let i = 1; i < 30; ++i) {
    const b = rd32(FREB_B, i);
    const e = rd32(FREB_B, i + 1);
    for (let j = b; j < e; ++j) if (j < rLen) wr32(r, j, ((j - b) << 5) | i);
  }
}

/** fflate's hMap with r = 0: the (bit-reversed) canonical codes of the code lengths cd[0..s). */
function hMap(cd: usize, s: i32, mb: i32, co: usize): void {
  memory.fill(HM_L, 0, 64);
  for (let i = 0; i < s; ++i) {
    const c = rd8(cd, i);
    if (c) wr16(HM_L, c - 1, rd16(HM_L, c - 1) + 1);
  }
  for (let i = 1; i < mb; ++i) wr16(HM_LE, i, (rd16(HM_LE, i - 1) + rd16(HM_L, i - 1)) << 1);
  for (let i = 0; i < s; ++i) {
    const c = rd8(cd, i);
    let v = 0;
    if (c) {
      const le = rd16(HM_LE, c - 1);
      wr16(HM_LE, c - 1, le + 1);
      // rev[le] is undefined past the table in fflate, and undefined >> n is 0
      v = le < 32768 ? rd16(REV, le) >> (15 - c) : 0;
    }
    wr16(co, i, v);
  }
}

@inline function shft(p: i32): i32 {
  return (p + 7) >> 3;
}

/** Starting at bit p, ORs in the bits of v (at most 9 bits past p's byte). */
@inline function wbits(d: usize, p: i32, v: i32): void {
  v <<= p & 7;
  const o = d + <usize>(p >> 3);
  store<u8>(o, load<u8>(o) | <u8>v);
  store<u8>(o + 1, load<u8>(o + 1) | <u8>(v >> 8));
}

/** Starting at bit p, ORs in the bits of v (up to 17 bits past p's byte). */
@inline function wbits16(d: usize, p: i32, v: i32): void {
  v <<= p & 7;
  const o = d + <usize>(p >> 3);
  store<u8>(o, load<u8>(o) | <u8>v);
  store<u8>(o + 1, load<u8>(o + 1) | <u8>(v >> 8));
  store<u8>(o + 2, load<u8>(o + 2) | <u8>(v >> 16));
}

// ---- Huffman trees ----------------------------------------------------------------
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
function hTree(d: usize, dLen: i32, mb: i32, out: usize): void {
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
function lc(c: usize, len: i32, cl: usize): void {
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
function clen(cf: usize, cl: usize, n: i32): i32 {
  let l = 0;
  for (let i = 0; i < n; ++i) l += rd16(cf, i) * rd8(cl, i);
  return l;
}

// ---- blocks -------------------------------------------------------------------------
/** fflate's wfblk: a stored block of dat[0..s) at bit pos; returns the new bit position. */
function wfblk(out: usize, pos: i32, dat: usize, s: i32): i32 {
  const o = out + <usize>shft(pos + 2);
  store<u8>(o, <u8>s);
  store<u8>(o + 1, <u8>(s >> 8));
  store<u8>(o + 2, load<u8>(o) ^ 255);
  store<u8>(o + 3, load<u8>(o + 1) ^ 255);
  memory.copy(o + 4, dat, <usize>s);
  return (shft(pos + 2) + 4 + s) * 8;
}

/** fflate's wblk: one block of li symbols (bytes bs..bs+bl of the input) at bit p. */
function wblk(out: usize, final: i32, li: i32, bs: i32, bl: i32, p: i32, eb: i32): i32 {
  wbits(out, p++, final);
  wr16(LF, 256, rd16(LF, 256) + 1);
  hTree(LF, 288, 15, DLT);
  const dltLen = treeLen;
  const mlb = treeBits;
  hTree(DF, 32, 15, DDT);
  const ddtLen = treeLen;
  const mdb = treeBits;
  lc(DLT, dltLen, LCLT);
  const lcltLen = lcCount;
  const nlc = lcN;
  lc(DDT, ddtLen, LCDT);
  const lcdtLen = lcCount;
  const ndc = lcN;
  memory.fill(LCFREQ, 0, 64);
  for (let i = 0; i < lcltLen; ++i) {
    const k = rd16(LCLT, i) & 31;
    wr16(LCFREQ, k, rd16(LCFREQ, k) + 1);
  }
  for (let i = 0; i < lcdtLen; ++i) {
    const k = rd16(LCDT, i) & 31;
    wr16(LCFREQ, k, rd16(LCFREQ, k) + 1);
  }
  hTree(LCFREQ, 19, 7, LCT);
  const lctLen = treeLen;
  const mlcb = treeBits;
  let nlcc = 19;
  for (; nlcc > 4 && !rd8(LCT, rd8(CLIM, nlcc - 1)); --nlcc);
  const flen = (bl + 5) << 3;
  const ftlen = clen(LF, FLT, 288) + clen(DF, FDT, 32) + eb;
  const dtlen =
    clen(LF, DLT, dltLen) + clen(DF, DDT, ddtLen) + eb + 14 + 3 * nlcc + clen(LCFREQ, LCT, lctLen) +
    2 * rd16(LCFREQ, 16) + 3 * rd16(LCFREQ, 17) + 7 * rd16(LCFREQ, 18);
  if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, inPtr + <usize>bs, bl);
  wbits(out, p, 1 + <i32>(dtlen < ftlen));
  p += 2;
  let lm = FLM;
  let ll = FLT;
  let dm = FDM;
  let dl = FDT;
  if (dtlen < ftlen) {
    hMap(DLT, dltLen, mlb, LM);
    hMap(DDT, ddtLen, mdb, DM);
    hMap(LCT, lctLen, mlcb, LLM);
    lm = LM;
    ll = DLT;
    dm = DM;
    dl = DDT;
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (let i = 0; i < nlcc; ++i) wbits(out, p + 3 * i, rd8(LCT, rd8(CLIM, i)));
    p += 3 * nlcc;
    for (let it = 0; it < 2; ++it) {
      const clct = it == 0 ? LCLT : LCDT;
      const n = it == 0 ? lcltLen : lcdtLen;
      for (let i = 0; i < n; ++i) {
        const v = rd16(clct, i);
        const len = v & 31;
        wbits(out, p, rd16(LLM, len));
        p += rd8(LCT, len);
        if (len > 15) {
          wbits(out, p, (v >> 5) & 127);
          p += v >> 12;
        }
      }
    }
  }
  for (let i = 0; i < li; ++i) {
    const sym = rd32(SYMS, i);
    if (sym > 255) {
      const len = (sym >> 18) & 31;
      wbits16(out, p, rd16(lm, len + 257));
      p += rd8(ll, len + 257);
      if (len > 7) {
        wbits(out, p, (sym >> 23) & 31);
        p += rd8(FLEB, len);
      }
      const dst = sym & 31;
      wbits16(out, p, rd16(dm, dst));
      p += rd8(dl, dst);
      if (dst > 3) {
        wbits16(out, p, (sym >> 5) & 8191);
        p += rd8(FDEB, dst);
      }
    } else {
      wbits16(out, p, rd16(lm, sym));
      p += rd8(ll, sym);
    }
  }
  wbits16(out, p, rd16(lm, 256));
  return p + rd8(ll, 256);
}

// ---- the API ------------------------------------------------------------------------
let plvlNow: i32 = 0;

/** The size fflate gives its output buffer (pre = post = 0). */
function outputCapacity(s: i32): i32 {
  return s + 5 * (1 + (s + 6999) / 7000);
}

/**
 * Lays out memory for an input of `len` bytes with fflate's hash size `plvl` (computed by
 * the caller as fflate does, with Math.log) and returns where the caller writes the input.
 */
export function prepare(len: i32, plvl: i32): usize {
  plvlNow = plvl;
  inLen = len;
  inPtr = HEAD + (<usize>1 << <usize>plvl) * 2;
  outPtr = (inPtr + <usize>len + 16) & ~7;
  reserve(outPtr + <usize>outputCapacity(len) + 16);
  return inPtr;
}

/** Where the output of the last deflate() starts. */
export function output(): usize {
  return outPtr;
}

/** fflate's dflt for a whole input (its st = { l: 1 }): raw DEFLATE at `level` (1–9); returns the output's length. */
export function deflate(level: i32): i32 {
  const s = inLen;
  const plvl = plvlNow;
  memory.fill(outPtr, 0, <usize>outputCapacity(s) + 16);
  const w = outPtr;
  const lst = 1;
  let pos = 0;
  const opt = DEO[level - 1];
  const n = opt >> 13;
  const c = opt & 8191;
  const msk = (1 << plvl) - 1;
  memory.fill(PREV, 0, 65536);
  memory.fill(HEAD, 0, (<usize>msk + 1) << 1);
  const bs1 = (plvl + 2) / 3;
  const bs2 = 2 * bs1;
  const dat = inPtr;
  memory.fill(LF, 0, 576);
  memory.fill(DF, 0, 64);
  let lcn = 0;
  let eb = 0;
  let i = 0;
  let li = 0;
  let wi = 0;
  let bs = 0;
  for (; i + 2 < s; ++i) {
    const hv = (rd8(dat, i) ^ (rd8(dat, i + 1) << bs1) ^ (rd8(dat, i + 2) << bs2)) & msk;
    let imod = i & 32767;
    let pimod = rd16(HEAD, hv);
    wr16(PREV, imod, pimod);
    wr16(HEAD, hv, imod);
    if (wi <= i) {
      const rem = s - i;
      if ((lcn > 7000 || li > 24576) && (rem > 423 || !lst)) {
        pos = wblk(w, 0, li, bs, i - bs, pos, eb);
        li = lcn = eb = 0;
        bs = i;
        memory.fill(LF, 0, 286 * 2);
        memory.fill(DF, 0, 30 * 2);
      }
      let l = 2;
      let d = 0;
      let ch = c;
      let dif = (imod - pimod) & 32767;
      if (rem > 2) {
        const j0 = i - dif;
        const hv2 = (rd8(dat, j0) ^ (rd8(dat, j0 + 1) << bs1) ^ (rd8(dat, j0 + 2) << bs2)) & msk;
        if (hv == hv2) {
          const maxn = min(n, rem) - 1;
          const maxd = min(32767, i);
          const ml = min(258, rem);
          while (dif <= maxd && --ch && imod != pimod) {
            if (rd8(dat, i + l) == rd8(dat, i + l - dif)) {
              let nl = 0;
              for (; nl < ml && rd8(dat, i + nl) == rd8(dat, i + nl - dif); ++nl);
              if (nl > l) {
                l = nl;
                d = dif;
                if (nl > maxn) break;
                const mmd = min(dif, nl - 2);
                let md = 0;
                for (let j = 0; j < mmd; ++j) {
                  const ti = (i - dif + j) & 32767;
                  const pti = rd16(PREV, ti);
                  const cd = (ti - pti) & 32767;
                  if (cd > md) {
                    md = cd;
                    pimod = ti;
                  }
                }
              }
            }
            imod = pimod;
            pimod = rd16(PREV, imod);
            dif += (imod - pimod) & 32767;
          }
        }
      }
      if (d) {
        const rl = rd32(REVFL, l);
        const rd = rd32(REVFD, d);
        wr32(SYMS, li++, 268435456 | (rl << 18) | rd);
        const lin = rl & 31;
        const din = rd & 31;
        eb += rd8(FLEB, lin) + rd8(FDEB, din);
        wr16(LF, 257 + lin, rd16(LF, 257 + lin) + 1);
        wr16(DF, din, rd16(DF, din) + 1);
        wi = i + l;
        ++lcn;
      } else {
        const b = rd8(dat, i);
        wr32(SYMS, li++, b);
        wr16(LF, b, rd16(LF, b) + 1);
      }
    }
  }
  for (i = max(i, wi); i < s; ++i) {
    const b = rd8(dat, i);
    wr32(SYMS, li++, b);
    wr16(LF, b, rd16(LF, b) + 1);
  }
  pos = wblk(w, lst, li, bs, i - bs, pos, eb);
  return shft(pos);
}

/** CRC-32 (zip's) of the input that prepare() placed. */
export function crc32(): i32 {
  let cr = -1;
  const end = inPtr + <usize>inLen;
  for (let p = inPtr; p < end; ++p) cr = rd32(CRCT, (cr & 255) ^ <i32>load<u8>(p)) ^ (cr >>> 8);
  return ~cr;
}

initTables();
