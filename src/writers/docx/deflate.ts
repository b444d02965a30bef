/**
 * DEFLATE and CRC-32 for the .docx zip, through fflate's encoder compiled to WebAssembly
 * (wasm/deflate.ts, built into deflate-wasm.generated.ts by `npm run wasm`).
 *
 * Why not fflate itself: every run of the CLI is a first run, and fflate's JavaScript
 * loops ran in V8's interpreter (~10 ms for the sample's document.xml, README
 * "Performance"); WebAssembly is compiled before it runs. Why not Node's zlib: it is
 * Chromium's fork, whose output depends on the CPU (its SIMD paths), and the .docx must be
 * the same bytes on every machine. WebAssembly computes the same everywhere, and the port
 * gives fflate's output byte for byte (tests/deflate-wasm.test.ts).
 */
import { DEFLATE_WASM } from "./deflate-wasm.generated.js";

interface DeflateExports {
  memory: WebAssembly.Memory;
  prepare(length: number, hashBits: number): number;
  output(): number;
  deflateStart(level: number): void;
  deflateStep(until: number): number;
  outputLength(): number;
  crc32(): number;
}

let instance: DeflateExports | undefined;

/**
 * Input bytes per deflateStep() call. The 50× report's document.xml (706 KB) deflated in
 * one call ran V8's baseline code throughout, ~13 ms; in steps, once V8 has optimized the
 * function (in the background), the rest runs that code (README "Performance").
 */
const STEP = 32 * 1024;

/** Compiled on first use: only `build` needs it. */
function wasm(): DeflateExports {
  if (!instance) {
    const module = new WebAssembly.Module(Buffer.from(DEFLATE_WASM, "base64"));
    instance = new WebAssembly.Instance(module, {}).exports as unknown as DeflateExports;
  }
  return instance;
}

export interface Deflated {
  /** Raw DEFLATE (no zlib or gzip wrapper), as a zip entry holds it. */
  bytes: Uint8Array;
  /** CRC-32 of the input, as a signed 32-bit integer. */
  crc: number;
}

/** fflate's hash size for an input of `length` bytes (its `mem` option left unset). */
function hashBits(length: number): number {
  return Math.ceil(Math.max(8, Math.min(13, Math.log(length))) * 1.5);
}

/**
 * `data` deflated at `level` (1–9, fflate's levels; the default 6) and its CRC-32. `step`:
 * input bytes per call into the WebAssembly (the output is the same for any step).
 */
export function deflate(data: Uint8Array, level = 6, step = STEP): Deflated {
  if (!Number.isInteger(level) || level < 1 || level > 9) throw new RangeError(`deflate level ${level}: expected 1 to 9`);
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`deflate step ${step}: expected a positive whole number`);
  const w = wasm();
  const at = w.prepare(data.length, hashBits(data.length));
  // After prepare(): it may grow the memory, which detaches earlier views of it.
  new Uint8Array(w.memory.buffer, at, data.length).set(data);
  const crc = w.crc32();
  w.deflateStart(level);
  // In steps: see deflateStep in wasm/deflate.ts (the same output in one step or many).
  for (let until = step; !w.deflateStep(until); until += step);
  return { bytes: new Uint8Array(w.memory.buffer, w.output(), w.outputLength()).slice(), crc };
}
