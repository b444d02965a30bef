/**
 * Rewrites a zip file's entries in another order, with fixed times and some entries
 * replaced, WITHOUT recompressing the rest: the compressed bytes are copied as they are.
 * Unzipping and zipping the whole package again cost more than writing the document
 * itself (~100 ms for the sample on a cold start, see README "Performance").
 *
 * Only what docx's zip writer produces is needed (no zip64, no encryption); anything else
 * is refused with an Error, which is a bug here, not a user mistake.
 */
// fflate and a CRC table rather than node:zlib: loading node:zlib costs ~4 ms of start-up,
// more than the one small entry (docProps/core.xml) this inflates.
import { inflateSync } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressed: Uint8Array;
  size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** DOS date 1980-01-01, time 00:00: the same bytes in every time zone. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** The entries of a zip file, in the central directory's order. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end--;
  if (end < 0) throw new Error("zip: no end of central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new Error("zip: zip64 is not supported");
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error("zip: bad central directory");
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new Error("zip: encrypted entries are not supported");
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`zip: bad local header for ${name}`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, crc, compressed: zip.subarray(data, data + compressedSize), size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryData(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.compressed;
  if (entry.method === 8) return inflateSync(entry.compressed, { out: new Uint8Array(entry.size) });
  throw new Error(`zip: compression method ${entry.method} is not supported`);
}

/** A stored (uncompressed) entry: for the few small entries that are rewritten. */
export function storedEntry(name: string, data: Uint8Array): ZipEntry {
  return { name, method: 0, crc: crc32(data), compressed: data, size: data.length };
}

/** Writes the entries in the given order, every entry dated 1980-01-01 00:00, no extra fields. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.compressed.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    const h = [LOCAL, 20, UTF8_NAMES, e.method, DOS_TIME, DOS_DATE, e.crc, e.compressed.length, e.size, names[i].length, 0];
    at = putFields(view, at, h, [4, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2]);
    out.set(names[i], at);
    out.set(e.compressed, (at += names[i].length));
    at += e.compressed.length;
  });
  entries.forEach((e, i) => {
    const c = [CENTRAL, 20, 20, UTF8_NAMES, e.method, DOS_TIME, DOS_DATE, e.crc, e.compressed.length, e.size, names[i].length, 0, 0, 0, 0, 0, offsets[i]];
    at = putFields(view, at, c, [4, 2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4]);
    out.set(names[i], at);
    at += names[i].length;
  });
  putFields(view, at, [EOCD, 0, 0, entries.length, entries.length, centralSize, localSize, 0], [4, 2, 2, 2, 2, 4, 4, 2]);
  return out;
}

function putFields(view: DataView, at: number, values: number[], widths: number[]): number {
  values.forEach((v, i) => {
    if (widths[i] === 4) view.setUint32(at, v, true);
    else view.setUint16(at, v, true);
    at += widths[i];
  });
  return at;
}

/** CRC-32 (ISO-HDLC), as zip files use it. */
let table: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
