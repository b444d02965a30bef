/**
 * Bytes of a .txt or .md file → text. Many office files are not UTF-8: Notepad on a
 * Chinese Windows saves GBK ("ANSI"). A BOM decides; else valid UTF-8 is UTF-8; else
 * GB18030, a superset of GBK and GB2312. Node 20's full ICU decodes it, so no
 * dependency is needed.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: GB18030 decodes every GBK/GB2312 file (and never throws).
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
