// AssemblyScript (compiled to WebAssembly by `npm run wasm`, scripts/write-wasm.mjs; not
// part of the TypeScript project). fflate 0.8's DEFLATE encoder (level 6 and every other
// level its `deo` table has), ported line for line: same hash chains, same blocks, same
// Huffman trees, so the output is fflate's byte for byte (tests/deflate-wasm.test.ts).
// One difference in form: the matcher's loop runs in steps, stopping and going on where it
// stopped (deflateStart, deflateStep), which changes nothing in the output.
// Why: a CLI's every run is a first run, and fflate's loops ran in V8's interpreter,
// ~10 ms for the sample's document.xml; compiled WebAssembly needs no warm-up.
// Names follow fflate's source (node_modules/fflate/esm/browser.js) so the two can be
// read side by side. CRC-32 is here too, for the zip entries.
//
// Files: memory.ts (layout), tables.ts, huffman.ts, blocks.ts, and here the matcher and
// the exports.
import { REVFL, REVFD, FLEB, FDEB, CRCT, LF, DF, SYMS, PREV, HEAD, reserve, rd8, rd16, wr16, rd32, wr32 } from "./memory";
import { shft, wblk } from "./blocks";
import { initTables } from "./tables";

// deflate options per level: (nice << 13) | chain
const DEO: StaticArray<i32> = [65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632];

// ---- state of one call ----------------------------------------------------------
let inPtr: usize = 0;
let outPtr: usize = 0;
let inLen: i32 = 0;
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

// ---- the matcher's place, kept from one deflateStep() call to the next -------------
let lvlNow: i32 = 6;
let iNow: i32 = 0;
let liNow: i32 = 0;
let wiNow: i32 = 0;
let bsNow: i32 = 0;
let posNow: i32 = 0;
let lcnNow: i32 = 0;
let ebNow: i32 = 0;
let outLen: i32 = 0;

/** Starts fflate's dflt for a whole input (its st = { l: 1 }) at `level` (1–9); deflateStep() runs it. */
export function deflateStart(level: i32): void {
  lvlNow = level;
  memory.fill(outPtr, 0, <usize>outputCapacity(inLen) + 16);
  memory.fill(PREV, 0, 65536);
  memory.fill(HEAD, 0, (<usize>1 << <usize>plvlNow) << 1);
  memory.fill(LF, 0, 576);
  memory.fill(DF, 0, 64);
  iNow = liNow = wiNow = bsNow = posNow = lcnNow = ebNow = outLen = 0;
}

/**
 * Runs the matcher up to input position `until` (or to the end) and returns whether the
 * raw DEFLATE output is complete (then outputLength() is its length). The input is
 * deflated in steps, each a call of its own, so that V8 can switch to this function's
 * optimized code, which it compiles in the background once the function is hot: a call
 * that has started keeps running the baseline code to its end (V8 has no on-stack
 * replacement for WebAssembly). Steps change nothing in the output: the loop goes on
 * where it stopped.
 */
export function deflateStep(until: i32): bool {
  const s = inLen;
  const plvl = plvlNow;
  const w = outPtr;
  const lst = 1;
  const opt = DEO[lvlNow - 1];
  const n = opt >> 13;
  const c = opt & 8191;
  const msk = (1 << plvl) - 1;
  const bs1 = (plvl + 2) / 3;
  const bs2 = 2 * bs1;
  const dat = inPtr;
  let pos = posNow;
  let lcn = lcnNow;
  let eb = ebNow;
  let i = iNow;
  let li = liNow;
  let wi = wiNow;
  let bs = bsNow;
  for (; i + 2 < s; ++i) {
    if (i >= until) {
      posNow = pos;
      lcnNow = lcn;
      ebNow = eb;
      iNow = i;
      liNow = li;
      wiNow = wi;
      bsNow = bs;
      return false;
    }
    const hv = (rd8(dat, i) ^ (rd8(dat, i + 1) << bs1) ^ (rd8(dat, i + 2) << bs2)) & msk;
    let imod = i & 32767;
    let pimod = rd16(HEAD, hv);
    wr16(PREV, imod, pimod);
    wr16(HEAD, hv, imod);
    if (wi <= i) {
      const rem = s - i;
      if ((lcn > 7000 || li > 24576) && (rem > 423 || !lst)) {
        pos = wblk(dat, w, 0, li, bs, i - bs, pos, eb);
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
  pos = wblk(dat, w, lst, li, bs, i - bs, pos, eb);
  outLen = shft(pos);
  return true;
}

/** The length of the output deflateStep() completed. */
export function outputLength(): i32 {
  return outLen;
}

/** CRC-32 (zip's) of the input that prepare() placed. */
export function crc32(): i32 {
  let cr = -1;
  const end = inPtr + <usize>inLen;
  for (let p = inPtr; p < end; ++p) cr = rd32(CRCT, (cr & 255) ^ <i32>load<u8>(p)) ^ (cr >>> 8);
  return ~cr;
}

initTables();
