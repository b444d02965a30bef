// The fixed tables of the WebAssembly deflate, built once when the module starts, as
// fflate builds them when it loads; and hMap, which turns code lengths into codes.
import { REV, REVFL, REVFD, FLEB, FDEB, CLIM, FLT, FDT, FLM, FDM, CRCT, HM_L, HM_LE, FREB_B, HEAD, reserve, rd8, rd16, wr16, rd32, wr32 } from "./memory";

// fflate's fleb, fdeb and clim, as static data (nothing may be allocated: memory.ts)
const FLEB_INIT: StaticArray<u8> = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 0, 0, 0];
const FDEB_INIT: StaticArray<u8> = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 0, 0];
const CLIM_INIT: StaticArray<u8> = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

export function initTables(): void {
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
export function hMap(cd: usize, s: i32, mb: i32, co: usize): void {
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
