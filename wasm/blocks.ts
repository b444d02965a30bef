// Blocks of the WebAssembly deflate: fflate's wblk chooses a stored, fixed or dynamic
// Huffman block for the symbols the matcher gathered, and writes it.
import { FLEB, FDEB, CLIM, FLT, FDT, FLM, FDM, DLT, DDT, LCT, LCLT, LCDT, LCFREQ, LM, DM, LLM, LF, DF, SYMS, rd8, rd16, wr16, rd32 } from "./memory";
import { hTree, lc, clen, treeLen, treeBits, lcCount, lcN } from "./huffman";
import { hMap } from "./tables";

@inline export function shft(p: i32): i32 {
  return (p + 7) >> 3;
}

/** Starting at bit p, ORs in the bits of v (at most 9 bits past p's byte). */
@inline export function wbits(d: usize, p: i32, v: i32): void {
  v <<= p & 7;
  const o = d + <usize>(p >> 3);
  store<u8>(o, load<u8>(o) | <u8>v);
  store<u8>(o + 1, load<u8>(o + 1) | <u8>(v >> 8));
}

/** Starting at bit p, ORs in the bits of v (up to 17 bits past p's byte). */
@inline export function wbits16(d: usize, p: i32, v: i32): void {
  v <<= p & 7;
  const o = d + <usize>(p >> 3);
  store<u8>(o, load<u8>(o) | <u8>v);
  store<u8>(o + 1, load<u8>(o + 1) | <u8>(v >> 8));
  store<u8>(o + 2, load<u8>(o + 2) | <u8>(v >> 16));
}

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

/** fflate's wblk: one block of li symbols (bytes bs..bs+bl of the input dat) at bit p. */
export function wblk(dat: usize, out: usize, final: i32, li: i32, bs: i32, bl: i32, p: i32, eb: i32): i32 {
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
  if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat + <usize>bs, bl);
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
