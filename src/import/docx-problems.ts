/**
 * Why a .docx cannot be read, as a value the CLI words in either language. mammoth (with
 * JSZip and xmldom inside) throws raw messages — "[xmldom error] … @#[line:undefined,…]",
 * "Can't find end of central directory : is this a zip file ?…" — which are sorted here
 * into a few kinds; the raw text is kept only as a detail for a kind not recognised.
 */
import type { DocxLimitProblem } from "./docx-limits.js";

export type DocxProblem =
  | DocxLimitProblem
  | { code: "not-zip" }
  | { code: "encrypted" }
  | { code: "no-document" }
  | { code: "bad-xml" }
  | { code: "unreadable"; detail: string };

/** Thrown by readDocx (the import's one throw for the user's file); the CLI prints it, exit 2. */
export class DocxUnreadable extends Error {
  constructor(readonly problem: DocxProblem) {
    super(`cannot read the .docx: ${problem.code}`);
  }
}

const ZIP_ERRORS = /end of central directory|Corrupted zip|End of data reached|is this a zip file|compression .* unknown|uncompressed data size mismatch|crc32|invalid (?:code|distance|block|stored)|unexpected end/i;

/** The kind of an error mammoth threw, reading a file that is no good .docx. */
export function docxProblemOf(error: unknown): DocxProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/\[xmldom (?:error|warning|fatalError)\]/.test(message)) return { code: "bad-xml" };
  if (/Encrypted zip/i.test(message)) return { code: "encrypted" };
  if (/Could not find main document part/i.test(message)) return { code: "no-document" };
  if (ZIP_ERRORS.test(message)) return { code: "not-zip" };
  // A part that parses to no element at all ("not xml"), read as null further in: mammoth's TypeError.
  if (error instanceof TypeError) return { code: "bad-xml" };
  const line = message.split("\n").find((l) => l.trim()) ?? "";
  return { code: "unreadable", detail: line.trim().slice(0, 200) };
}
