/**
 * Text cleaning before anything goes into a run.
 *
 * XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * docx drops most C0 controls itself but lets U+FFFE/U+FFFF through and writes `\t`/`\n`
 * literally into `<w:t>`, so cleaning happens here: invalid characters are dropped,
 * a tab becomes a `<w:tab/>` and a line end a `<w:br/>`.
 */

export type TextPiece = { kind: "text"; text: string } | { kind: "tab" } | { kind: "break" };

/**
 * A character XML 1.0 does not allow. With the `u` flag a lone surrogate is a code point of
 * its own (D800–DFFF, outside every allowed range), while a valid pair is one astral code
 * point (allowed).
 */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * What NOT_XML_CHAR can match, as a plain (non-Unicode) class: controls, U+FFFE/U+FFFF and
 * any surrogate (a valid pair too, which the full check then lets through). Most text has
 * none, and this scan is cheaper than the Unicode-aware one.
 */
const MAYBE_NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Drops every character XML 1.0 does not allow, lone surrogates included. Keeps tab and line ends. */
export function stripInvalidXmlChars(text: string): string {
  return MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML_CHAR, "") : text;
}

/** Like stripInvalidXmlChars, and also turns tabs and line ends into spaces: for metadata. */
export function sanitizePlain(text: string): string {
  return stripInvalidXmlChars(text).replace(/\r\n?|\n|\t/g, " ");
}

/**
 * Splits text into text, tab and line-break pieces. `\r\n`, `\r` and `\n` each count as
 * one line break. Invalid characters are dropped first; empty text pieces are left out.
 */
export function splitControls(text: string): TextPiece[] {
  const clean = stripInvalidXmlChars(text);
  // Most text has no tab or line end: one piece.
  if (!/[\t\n\r]/.test(clean)) return clean ? [{ kind: "text", text: clean }] : [];
  const pieces: TextPiece[] = [];
  const re = /\r\n?|\n|\t/g;
  let last = 0;
  for (const m of clean.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) pieces.push({ kind: "text", text: clean.slice(last, at) });
    pieces.push(m[0] === "\t" ? { kind: "tab" } : { kind: "break" });
    last = at + m[0].length;
  }
  if (last < clean.length) pieces.push({ kind: "text", text: clean.slice(last) });
  return pieces;
}
