/**
 * The .docx is zipped by fflate's DEFLATE encoder ported to AssemblyScript and compiled to
 * WebAssembly (wasm/deflate.ts → src/writers/docx/deflate-wasm.generated.ts). The port must
 * give fflate's bytes exactly — same matches, same blocks, same Huffman trees — so the
 * output stays byte-identical and as small as before; and the zip around it must be the
 * archive fflate's zipSync wrote. Checked on the sample's parts, on text, binary and
 * random data of every size class (stored blocks, one block, many blocks, the largest hash
 * table), at every level, and on generated inputs.
 */
import fc from "fast-check";
import { deflateSync, unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compileDeflate, GENERATED, generatedSource } from "../scripts/wasm/compile.mjs";
import { deflate } from "../src/writers/docx/deflate.js";
import { zip } from "../src/writers/docx/zip.js";
import { ROOT } from "./helpers/cli.js";
import { sampleDocxParts } from "./helpers/report.js";

/** A deterministic pseudo-random generator (xorshift32), so failures can be replayed. */
function randomBytes(length: number, seed: number, alphabet = 256): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % alphabet;
  }
  return out;
}

/**
 * 40 KB of random bytes, then short copies of earlier bytes whose distance codes are
 * Fibonacci-weighted over 18 codes: the distance tree would need codes longer than 15
 * bits, so the encoder's length-limiting step runs (fflate's hTree, `mbt > mb`).
 */
function skewedDistances(): Uint8Array {
  const random = randomBytes(200_000, 3);
  let r = 0;
  const next = () => random[r++]! / 256 + random[r++]! / 65536;
  const base = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769];
  const weight = [1, 1];
  while (weight.length < 18) weight.push(weight.at(-1)! + weight.at(-2)!);
  const total = weight.reduce((a, b) => a + b);
  const out = [...randomBytes(40_000, 2)];
  for (let m = 0; m < total; m++) {
    let x = next() * total;
    let code = 0;
    while (x >= weight[code]!) x -= weight[code++]!;
    const distance = base[code]! + Math.floor(next() * (base[code + 1]! - base[code]!));
    for (let j = 3 + (m % 6); j > 0; j--) out.push(out[out.length - distance]!);
    out.push(random[r++ % random.length]!);
  }
  return Uint8Array.from(out);
}

const text = (s: string) => new TextEncoder().encode(s);
const sample = await sampleDocxParts();

/** Inputs that reach every path of the encoder. */
const CORPUS: Record<string, Uint8Array> = {
  empty: new Uint8Array(0),
  "one byte": text("a"),
  "two bytes": text("ab"),
  "three bytes": text("abc"),
  "one byte repeated 100,000 times": new Uint8Array(100_000).fill(0x41),
  "every byte value": Uint8Array.from({ length: 256 }, (_, i) => i),
  "random 300 KB (stored blocks)": randomBytes(300_000, 7),
  "random from 4 letters, 200 KB (many blocks)": randomBytes(200_000, 11, 4),
  "the sample's document.xml": sample["word/document.xml"]!,
  "the sample's styles.xml": sample["word/styles.xml"]!,
  "the sample's footer": sample["word/footer1.xml"]!,
  "document.xml 12 times, 590 KB (the largest hash table)": new Uint8Array(
    Array.from({ length: 12 }, () => [...sample["word/document.xml"]!]).flat(),
  ),
  "matches at skewed distances (a code tree cut down to 15 bits)": skewedDistances(),
  "Chinese text": text("二、主要工作完成情况\n（一）基础设施建设。全年完成投资12.5亿元，同比增长8.3%。\n".repeat(300)),
  "text then random": new Uint8Array([...text("<w:p><w:r><w:t>".repeat(2000)), ...randomBytes(40_000, 3)]),
};

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe("the WebAssembly deflate", () => {
  it("is built from wasm/deflate.ts as committed (run `npm run wasm` after changing it)", async () => {
    const bytes = await compileDeflate();
    expect(readFileSync(join(ROOT, GENERATED), "utf8")).toBe(generatedSource(bytes));
  }, 60_000);

  for (const [name, data] of Object.entries(CORPUS)) {
    it(`gives fflate's bytes, which zlib inflates back: ${name}`, () => {
      const { bytes, crc } = deflate(data);
      expect(same(bytes, deflateSync(data, { level: 6 }))).toBe(true);
      expect(same(inflateRawSync(bytes), data)).toBe(true);
      expect(crc >>> 0).toBe(crc32(data));
    });
  }

  it("gives fflate's bytes at every level", () => {
    for (const data of [CORPUS["the sample's document.xml"]!, CORPUS["random from 4 letters, 200 KB (many blocks)"]!]) {
      for (const level of [1, 2, 3, 4, 5, 6, 7, 8, 9] as const) {
        expect(same(deflate(data, level).bytes, deflateSync(data, { level })), `level ${level}`).toBe(true);
      }
    }
  });

  it("gives fflate's bytes on generated inputs", () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.string({ maxLength: 3000 }).map(text),
      fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 2, max: 40 })).map(([n, seed, alphabet]) =>
        randomBytes(n, seed, alphabet),
      ),
    );
    fc.assert(
      fc.property(input, (data) => same(deflate(data).bytes, deflateSync(data, { level: 6 }))),
      { numRuns: 300 },
    );
  });

  it("gives the same bytes however many steps it takes (wasm/deflate.ts, deflateStep)", () => {
    const inputs = [
      "the sample's document.xml",
      "random 300 KB (stored blocks)",
      "random from 4 letters, 200 KB (many blocks)",
      "matches at skewed distances (a code tree cut down to 15 bits)",
      "text then random",
      "three bytes",
    ];
    for (const name of inputs) {
      const data = CORPUS[name]!;
      const whole = deflateSync(data, { level: 6 });
      for (const step of [1, 2, 3, 7, 258, 4096, 32 * 1024, data.length + 1]) {
        expect(same(deflate(data, 6, step).bytes, whole), `${name}, step ${step}`).toBe(true);
      }
    }
    expect(() => deflate(text("x"), 6, 0)).toThrow(RangeError);
  });

  it("refuses a level fflate does not have", () => {
    for (const level of [0, 10, 1.5]) expect(() => deflate(text("x"), level)).toThrow(RangeError);
  });
});

describe("the zip", () => {
  const entries = Object.entries(sample).map(([name, data]) => ({ name, data }));

  it("is the archive fflate's zipSync wrote, entry for entry, in the given order", () => {
    const mtime = new Date(1980, 0, 1, 0, 0, 0);
    const theirs = zipSync(Object.fromEntries(entries.map(({ name, data }) => [name, [data, { mtime }]])), { level: 6 });
    expect(same(zip(entries), theirs)).toBe(true);
  });

  it("unzips to the same parts", () => {
    const back = unzipSync(zip(entries));
    expect(Object.keys(back)).toEqual(entries.map((e) => e.name));
    for (const { name, data } of entries) expect(same(back[name]!, data), name).toBe(true);
  });

  it("refuses a name that is not printable ASCII", () => {
    expect(() => zip([{ name: "报告.xml", data: text("x") }])).toThrow(/printable ASCII/);
  });
});
