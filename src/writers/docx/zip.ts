/**
 * A zip archive of deflated entries, laid out as fflate's zipSync lays it out (so the
 * .docx is the same bytes as before this writer replaced it; tests/deflate-wasm.test.ts
 * compares the two): local header and data per entry in the given order, then the
 * central directory, then its end record. Every entry is dated 1980-01-01 00:00, the
 * earliest DOS time, so that output depends on the input alone.
 */
import { deflate } from "./deflate.js";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
const METHOD_DEFLATE = 8;
/** DOS date 1980-01-01 (years since 1980 << 9 | month << 5 | day), time 00:00. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export interface ZipEntry {
  /** ASCII path inside the archive. */
  name: string;
  data: Uint8Array;
}

interface Packed {
  name: Uint8Array;
  size: number;
  crc: number;
  bytes: Uint8Array;
  offset: number;
}

/** The fields a local and a central header share, from "version needed" to the extra field's length. */
function writeCommon(view: DataView, at: number, entry: Packed): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, 0, true); // flags
  view.setUint16(at + 4, METHOD_DEFLATE, true);
  view.setUint16(at + 6, 0, true); // time
  view.setUint16(at + 8, DOS_DATE, true);
  view.setInt32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.bytes.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.name.length, true);
  view.setUint16(at + 24, 0, true); // extra field
}

export function zip(entries: readonly ZipEntry[], level = 6): Uint8Array {
  let offset = 0;
  const packed: Packed[] = entries.map(({ name, data }) => {
    if (!/^[\x20-\x7e]+$/.test(name)) throw new Error(`zip entry name must be printable ASCII: ${JSON.stringify(name)}`);
    const { bytes, crc } = deflate(data, level);
    const entry = { name: new TextEncoder().encode(name), size: data.length, crc, bytes, offset };
    offset += 30 + entry.name.length + bytes.length;
    return entry;
  });
  const centralStart = offset;
  const centralSize = packed.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(centralStart + centralSize + 22);
  const view = new DataView(out.buffer);

  for (const entry of packed) {
    const at = entry.offset;
    view.setUint32(at, LOCAL_HEADER, true);
    writeCommon(view, at + 4, entry);
    out.set(entry.name, at + 30);
    out.set(entry.bytes, at + 30 + entry.name.length);
  }
  let at = centralStart;
  for (const entry of packed) {
    view.setUint32(at, CENTRAL_HEADER, true);
    view.setUint16(at + 4, VERSION, true); // made by: version 2.0, MS-DOS
    writeCommon(view, at + 6, entry);
    // comment length, disk number, internal and external attributes: 0
    view.setUint32(at + 42, entry.offset, true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  }
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(at + 8, packed.length, true);
  view.setUint16(at + 10, packed.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
