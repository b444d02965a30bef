/**
 * Where each entry of a zip keeps its compressed bytes, found the way JSZip (inside
 * mammoth) finds them, so that docx-limits.ts measures exactly what JSZip would inflate:
 * the last end-of-central-directory signature in the file, the ZIP64 records when a field
 * is full, the shift for bytes prepended to the archive, the central directory walked
 * while its signature repeats, and each local header skipped by its own name and extra
 * lengths. Nothing is inflated here. Undefined where JSZip itself fails (mammoth then
 * says why).
 */
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL16 = 0xffff;
const FULL32 = 0xffffffff;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two JSZip reads. */
  method: number;
  /** The uncompressed size the archive declares (it may lie). */
  declaredSize: number;
  /** The compressed bytes JSZip would inflate; absent where JSZip would fail to read them. */
  data?: Uint8Array;
}

export interface ZipDirectory {
  /** The entry count the end record declares. */
  declaredCount: number;
  /** The entries, at most `maxEntries` + 1 of them. */
  entries: ZipEntry[];
}

/** The last offset of a 4-byte signature, as JSZip searches: from the end, over the whole file. */
function lastSignature(view: DataView, signature: number): number {
  for (let i = view.byteLength - 4; i >= 0; i--) if (view.getUint32(i, true) === signature) return i;
  return -1;
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at + 4) * 2 ** 32 + u32(at);
  try {
    const end = lastSignature(view, EOCD);
    if (end < 0) return undefined;
    let declaredCount = u16(end + 10);
    let size = u32(end + 12);
    let offset = u32(end + 16);
    let expectedEnd = offset + size;
    if ([u16(end + 4), u16(end + 6), u16(end + 8), declaredCount].includes(FULL16) || size === FULL32 || offset === FULL32) {
      const locator = lastSignature(view, ZIP64_LOCATOR);
      if (locator < 0) return undefined;
      let record = u64(locator + 8);
      if (record + 4 > bytes.length || u32(record) !== ZIP64_EOCD) record = lastSignature(view, ZIP64_EOCD);
      if (record < 0) return undefined;
      declaredCount = u64(record + 32);
      size = u64(record + 40);
      offset = u64(record + 48);
      expectedEnd = offset + size + 20 + 12 + u64(record + 4);
    }
    // Bytes before the archive (a self-extractor's stub): every offset moves by as many.
    const extra = end - expectedEnd;
    if (extra < 0) return undefined;
    const zero = extra;

    const entries: ZipEntry[] = [];
    let at = zero + offset;
    while (at + 46 <= bytes.length && u32(at) === CENTRAL && entries.length <= maxEntries) {
      const flags = u16(at + 8);
      if (flags & 1) return undefined; // encrypted: JSZip refuses it
      const method = u16(at + 10);
      let compressedSize = u32(at + 20);
      let declaredSize = u32(at + 24);
      const nameLength = u16(at + 28);
      const extraLength = u16(at + 30);
      const commentLength = u16(at + 32);
      let local = u32(at + 42);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      // The ZIP64 extra field (id 1; the last one counts) holds the sizes and offset that did not fit, in this order.
      let zip64 = -1;
      for (let x = at + 46 + nameLength; x + 4 < at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) if (u16(x) === 1) zip64 = x + 4;
      if (zip64 >= 0) {
        if (declaredSize === FULL32) (declaredSize = u64(zip64)), (zip64 += 8);
        if (compressedSize === FULL32) (compressedSize = u64(zip64)), (zip64 += 8);
        if (local === FULL32) local = u64(zip64);
      }
      const start = zero + local;
      const dataStart = start + 30 <= bytes.length && u32(start) === LOCAL ? start + 30 + u16(start + 26) + u16(start + 28) : -1;
      const readable = dataStart >= 0 && dataStart + compressedSize <= bytes.length;
      entries.push({ name, method, declaredSize, ...(readable ? { data: bytes.subarray(dataStart, dataStart + compressedSize) } : {}) });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return { declaredCount, entries };
  } catch {
    // A record that runs past the end of the file (DataView's RangeError): JSZip fails there too.
    return undefined;
  }
}
