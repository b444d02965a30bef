/**
 * Bytes → text for a data file, before any YAML is parsed. A report is UTF-8 text of a
 * modest size; anything else (a binary, a UTF-16 export, a 20 MB dump) gets one clear
 * diagnostic instead of thousands of YAML errors or a long wait.
 */
import type { Diagnostic } from "./diagnostics.js";
import { gbkDiagnostic } from "./gbk-text.js";
import type { Lang } from "./lang.js";
import { hint, message } from "./messages.js";

/** The largest data file we parse. Real reports are tens of kilobytes. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/** `bom`: the bytes began with a UTF-8 byte-order mark (dropped from `text`; --fix puts it back). */
export type DecodedSource = { text: string; bom: boolean; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

function fileDiagnostic(file: string, code: string, lang: Lang, params: Record<string, string | number>, hintKey: string): Diagnostic {
  return { severity: "error", code, message: message(code, lang, params), file, line: 1, column: 1, path: [], hint: hint(hintKey, lang) };
}

/** `atLeast`: the size is what was read before stopping (a pipe or a device), not the whole. */
export function tooLarge(file: string, bytes: number, lang: Lang, limit = MAX_SOURCE_BYTES, atLeast = false): Diagnostic {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    ...fileDiagnostic(file, "yaml/too-large", lang, { size: `${atLeast ? "> " : ""}${mb(bytes)}`, limit: mb(limit) }, "too-large"),
    received: `${atLeast ? "more than " : ""}${bytes} bytes`,
    expected: `<= ${limit} bytes`,
  };
}

/**
 * UTF-16 (as Notepad's "Unicode" saves it) with or without a byte-order mark: most of
 * its ASCII characters have a NUL byte on the same side.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // Mostly on one side: a CJK character can have a NUL byte too (一 is U+4E00), on either side.
  return pairs > 0 && Math.max(even, odd) >= pairs * 0.2 && Math.min(even, odd) * 10 <= Math.max(even, odd);
}

/** One strict decoder for every file (validate reads many): it keeps no state between calls. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decode UTF-8 (a leading BOM is dropped); NUL bytes or invalid UTF-8 mean "not text",
 * and UTF-16 is named as such. A second byte-order mark (a file saved twice with one) is
 * dropped too: it is invisible, and no text starts with it.
 */
export function decodeSource(bytes: Uint8Array, file: string, lang: Lang, limit = MAX_SOURCE_BYTES): DecodedSource {
  if (bytes.length > limit) return { diagnostic: tooLarge(file, bytes.length, lang, limit) };
  if (looksLikeUtf16(bytes)) return { diagnostic: fileDiagnostic(file, "yaml/utf16", lang, {}, "save-as-utf8") };
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    if (nul !== -1) throw new Error("NUL byte");
    text = UTF8.decode(bytes);
  } catch {
    const gbk = nul === -1 ? gbkDiagnostic(bytes, file, lang) : undefined;
    if (gbk) return { diagnostic: gbk };
    const d = fileDiagnostic(file, "yaml/not-text", lang, {}, "save-as-utf8");
    // Point at the NUL byte when there is one: line and column of the text before it.
    if (nul !== -1) {
      const before = new TextDecoder("utf-8").decode(bytes.subarray(0, nul));
      const lines = before.split("\n");
      d.line = lines.length;
      d.column = lines.at(-1)!.length + 1;
    }
    return { diagnostic: d };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: bom ? text.replace(/^\uFEFF+/, "") : text, bom };
}
