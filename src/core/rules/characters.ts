/**
 * Characters that cannot go into a Word file: control characters other than tab and
 * newline, U+FFFE/U+FFFF and lone surrogates (XML 1.0 forbids them; docx drops some
 * silently and passes others through into a file Word refuses to open).
 */
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { sourceChars } from "../scalar-chars.js";
import { locate, positionAt } from "../yaml-position.js";
import type { Rule } from "./rule.js";

export function isForbiddenChar(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x09 || cp === 0x0a) return false;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true;
  if (cp === 0xfffe || cp === 0xffff) return true;
  return cp >= 0xd800 && cp <= 0xdfff; // a lone surrogate (pairs are one code point)
}

/**
 * A quick test that clean values (nearly all) pass in one scan: code units, so any
 * surrogate matches, paired or not, and the exact check below sorts them out.
 */
const MAY_BE_FORBIDDEN = /[\0-\x08\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

function hasForbiddenChar(value: string): boolean {
  return MAY_BE_FORBIDDEN.test(value);
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

export const controlCharacters: Rule = ({ parsed, lang }) => {
  const out: Diagnostic[] = [];
  for (const { node, path } of parsed.stringScalars()) {
    if (!hasForbiddenChar(node.value)) continue;
    const count = [...node.value].filter(isForbiddenChar).length;
    if (!count) continue;
    // Find the first one where it was written; a CR of a CRLF line end is not content.
    const chars = sourceChars(parsed.text, node);
    const first = chars.find((c, i) => isForbiddenChar(c.ch) && !(c.ch === "\r" && c.length === 1 && chars[i + 1]?.ch === "\n"));
    const ch = first?.ch ?? [...node.value].find(isForbiddenChar)!;
    out.push({
      severity: "error",
      code: "rule/control-character",
      message: message("rule/control-character", lang, { char: codePoint(ch), count }),
      file: parsed.file,
      ...(first ? positionAt(parsed.lineCounter, first.offset) : locate(parsed, path)),
      path,
      received: codePoint(ch),
      hint: hint("delete-control", lang),
    });
  }
  return out;
};
