// Memory layout and access for the WebAssembly deflate (see deflate.ts). Nothing is
// allocated by AssemblyScript's runtime (stub): fixed tables first, then the scratch of
// one block, then the work areas, then the input and the output, which deflate.ts's
// prepare() places.
// ---- fixed tables ---------------------------------------------------------------
export const REV: usize = __heap_base; //            u16[32768]  bit-reversal
export const REVFL: usize = REV + 65536; //          i32[261]    length → (extra << 5) | code
export const REVFD: usize = REVFL + 1088; //         i32[32769]  distance → (extra << 5) | code
export const FLEB: usize = REVFD + 131088; //        u8[32]      length extra bits
export const FDEB: usize = FLEB + 32; //             u8[32]      distance extra bits
export const CLIM: usize = FDEB + 32; //             u8[19]      code length order
export const FLT: usize = CLIM + 32; //              u8[288]     fixed length tree
export const FDT: usize = FLT + 288; //              u8[32]      fixed distance tree
export const FLM: usize = FDT + 32; //               u16[288]    fixed length codes
export const FDM: usize = FLM + 576; //              u16[32]     fixed distance codes
export const CRCT: usize = FDM + 64; //              i32[256]    CRC-32 table
// ---- scratch of one block (hTree, lc) ---------------------------------------------
export const NODE_F: usize = CRCT + 1024; //         i32[640]    tree nodes: frequency
export const NODE_S: usize = NODE_F + 2560; //       i32[640]    symbol, -1 for an inner node
export const NODE_L: usize = NODE_S + 2560; //       i32[640]    left child
export const NODE_R: usize = NODE_L + 2560; //       i32[640]    right child
export const TQ: usize = NODE_R + 2560; //           i32[320]    fflate's `t` (node ids)
export const T2: usize = TQ + 1280; //               i32[320]    fflate's `t2`
export const TR: usize = T2 + 1280; //               u16[320]    code lengths being built
export const DLT: usize = TR + 640; //               u8[320]     literal/length code lengths
export const DDT: usize = DLT + 320; //              u8[64]      distance code lengths
export const LCT: usize = DDT + 64; //               u8[32]      code-length code lengths
export const LCLT: usize = LCT + 32; //              u16[320]    run-length coded DLT
export const LCDT: usize = LCLT + 640; //            u16[64]     run-length coded DDT
export const LCFREQ: usize = LCDT + 128; //          u16[32]
export const LM: usize = LCFREQ + 64; //             u16[320]    codes of DLT (or FLM)
export const DM: usize = LM + 640; //                u16[64]
export const LLM: usize = DM + 128; //               u16[32]
export const LF: usize = LLM + 64; //                u16[288]    literal/length frequencies
export const DF: usize = LF + 576; //                u16[32]     distance frequencies
export const SYMS: usize = DF + 64; //               i32[25000]
export const PREV: usize = SYMS + 100000; //         u16[32768]
export const HM_L: usize = PREV + 65536; //          u16[16]     hMap: codes per length
export const HM_LE: usize = HM_L + 32; //            u16[16]     hMap: next code per length
export const FREB_B: usize = HM_LE + 32; //          i32[32]     freb: bases
export const HEAD: usize = FREB_B + 128; //          u16[1 << plvl], plvl ≤ 20; then the input and the output

/** Grows the memory to hold `end` bytes. */
export function reserve(end: usize): void {
  const have = <usize>memory.size() << 16;
  if (end > have && memory.grow(<i32>((end - have + 0xffff) >> 16)) < 0) unreachable();
}

@inline export function rd8(p: usize, i: i32): i32 {
  return <i32>load<u8>(p + <usize>i);
}
@inline export function rd16(p: usize, i: i32): i32 {
  return <i32>load<u16>(p + (<usize>i << 1));
}
@inline export function wr16(p: usize, i: i32, v: i32): void {
  store<u16>(p + (<usize>i << 1), <u16>v);
}
@inline export function rd32(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline export function wr32(p: usize, i: i32, v: i32): void {
  store<i32>(p + (<usize>i << 2), v);
}
