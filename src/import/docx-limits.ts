/**
 * A .docx is a zip, and a zip can be a bomb: a few hundred KB that inflate to gigabytes
 * (mammoth's JSZip would inflate word/document.xml whole, and the process would run out
 * of memory minutes later). So before mammoth reads anything: the entry count, the sizes
 * the archive declares, and then — declared sizes can lie — every entry inflated with
 * fflate's streaming Inflate, counting the output without keeping it, stopping as soon
 * as a limit is passed. Every entry, not only those mammoth reads: its relationships may
 * point the main document at any entry, and images are cheap to count.
 *
 * The limits are far above any real report (a 300-page report's document.xml is a few MB)
 * and below what the reader survives: a 20 MB document.xml already takes ~80 s and ~2 GB
 * through mammoth and the importer; 48 MB took 160 s and 4 GB.
 */
import { Inflate } from "fflate";
import { readZipDirectory } from "./zip-directory.js";

const MB = 1024 * 1024;

export const DOCX_LIMITS = {
  entries: 10_000,
  /** Any one part (word/document.xml above all). */
  part: 20 * MB,
  /** The whole package inflated. */
  total: 50 * MB,
};

export type DocxLimits = typeof DOCX_LIMITS;

export type DocxLimitProblem =
  | { code: "too-many-entries"; limit: number }
  | { code: "part-too-large"; part: string; limit: number }
  | { code: "too-large"; limit: number };

/** An entry's name as a message may show it: one line, not too long (it is the file's bytes). */
const shownName = (name: string) => name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?").slice(0, 120);

/** Deflated input goes in slices this small: one slice inflates to at most ~1032× (4 MB). */
const SLICE = 4096;

/** Bytes the deflated data inflates to, counted up to just past `stopAbove`. */
function inflatedSize(data: Uint8Array, stopAbove: number): number {
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && size <= stopAbove; at += SLICE) inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch {
    // Damaged deflate data: JSZip fails on it too, and mammoth says so. What came out is counted.
  }
  return size;
}

/** Why the .docx must not be handed to mammoth, or undefined when it may. */
export function docxLimitProblem(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxLimitProblem | undefined {
  const directory = readZipDirectory(bytes, limits.entries);
  if (!directory) return undefined; // no zip JSZip can open: mammoth's own error says so
  const { entries } = directory;
  if (directory.declaredCount > limits.entries || entries.length > limits.entries) return { code: "too-many-entries", limit: limits.entries };

  // What the archive declares: cheap, and enough for an honest bomb.
  let declared = 0;
  for (const entry of entries) {
    if (entry.declaredSize > limits.part) return { code: "part-too-large", part: shownName(entry.name), limit: limits.part };
    declared += entry.declaredSize;
  }
  if (declared > limits.total) return { code: "too-large", limit: limits.total };

  // What it really inflates to.
  let total = 0;
  for (const entry of entries) {
    if (!entry.data) continue;
    const left = limits.total - total;
    const size = entry.method === 0 ? entry.data.length : entry.method === 8 ? inflatedSize(entry.data, Math.min(limits.part, left)) : 0;
    if (size > limits.part) return { code: "part-too-large", part: shownName(entry.name), limit: limits.part };
    total += size;
    if (total > limits.total) return { code: "too-large", limit: limits.total };
  }
  return undefined;
}
