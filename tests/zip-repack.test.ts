/** Rewriting a zip without recompressing it: what the docx writer uses for fixed times and order. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { entryData, readZip, storedEntry, writeZip } from "../src/writers/docx/zip-repack.js";

const files = {
  "b.xml": strToU8("<b>".repeat(200)),
  "[Content_Types].xml": strToU8("<Types/>"),
  "word/文档.xml": strToU8("正文".repeat(100)),
};

function zipped(level: 0 | 6 = 6): Uint8Array {
  const mtime = new Date(2024, 4, 5, 6, 7, 8);
  return zipSync(Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [d, { mtime }]])), { level });
}

describe("readZip / writeZip", () => {
  it("reads every entry with its uncompressed bytes", () => {
    for (const level of [0, 6] as const) {
      const entries = readZip(zipped(level));
      expect(entries.map((e) => e.name)).toEqual(Object.keys(files));
      for (const e of entries) expect(strFromU8(entryData(e))).toBe(strFromU8(files[e.name as keyof typeof files]));
    }
  });

  it("writes the entries in the given order with the same content, without recompressing", () => {
    const entries = readZip(zipped()).reverse();
    const out = writeZip(entries);
    const back = unzipSync(out);
    expect(Object.keys(back)).toEqual(entries.map((e) => e.name));
    for (const [name, data] of Object.entries(files)) expect(strFromU8(back[name])).toBe(strFromU8(data));
    expect(readZip(out).map((e) => e.compressed)).toEqual(entries.map((e) => e.compressed));
  });

  it("dates every entry 1980-01-01 00:00 and flags UTF-8 names", () => {
    const out = writeZip(readZip(zipped()));
    const view = new DataView(out.buffer);
    for (let at = 0; at + 4 <= out.length; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x04034b50) {
        expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([0, 0x21]);
        expect(view.getUint16(at + 6, true) & 0x0800).toBe(0x0800);
      }
      if (sig === 0x02014b50) expect([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]).toEqual([0, 0x21]);
    }
  });

  it("gives the same bytes for the same entries whatever the input times were", () => {
    const other = zipSync(Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [d, { mtime: new Date(2001, 1, 1) }]])), { level: 6 });
    expect(Buffer.from(writeZip(readZip(zipped()))).equals(Buffer.from(writeZip(readZip(other))))).toBe(true);
  });

  it("stores a replaced entry with its CRC-32", () => {
    const entry = storedEntry("hello.txt", strToU8("hello"));
    expect(entry.crc).toBe(0x3610a686);
    expect(strFromU8(unzipSync(writeZip([entry]))["hello.txt"])).toBe("hello");
  });

  it("refuses what is not a zip file", () => {
    expect(() => readZip(strToU8("not a zip at all, not even close"))).toThrow(/end of central directory/);
  });
});
