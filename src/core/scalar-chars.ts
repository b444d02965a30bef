/**
 * The characters of a string scalar as written in the source, each with its offset.
 * Rules that point inside a value (a control character, a half-width comma) need the
 * exact line:column, and --fix needs the exact bytes to replace; folding, quoting and
 * escapes make the value's indices differ from the source's, so we read the source.
 *
 * Whitespace is yielded as written (a folded line break is "\n" plus indentation):
 * callers that look at neighbours skip whitespace, which is also what rendering does
 * (a line break inside a paragraph is joined, see text.ts).
 */
import type { Scalar } from "yaml";

export interface SourceChar {
  /** The character this stands for in the value (decoded for escapes). */
  ch: string;
  /** Offset in the source text (UTF-16 units, like yaml's ranges). */
  offset: number;
  /** Source length: 1–2 for a literal character, more for an escape like \x07 or ''. */
  length: number;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

export function sourceChars(text: string, node: Scalar): SourceChar[] {
  const [start, end] = node.range ?? [0, 0];
  switch (node.type) {
    case "QUOTE_DOUBLE":
      return doubleQuoted(text, start + 1, end - 1);
    case "QUOTE_SINGLE":
      return singleQuoted(text, start + 1, end - 1);
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED": {
      // Skip the header line ("|-  # comment"): its characters are not content.
      const newline = text.indexOf("\n", start);
      return literal(text, newline === -1 || newline >= end ? end : newline + 1, end);
    }
    default:
      return literal(text, start, end);
  }
}

function literal(text: string, from: number, to: number): SourceChar[] {
  const out: SourceChar[] = [];
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    const length = cp > 0xffff ? 2 : 1;
    out.push({ ch: String.fromCodePoint(cp), offset: i, length });
    i += length;
  }
  return out;
}

function singleQuoted(text: string, from: number, to: number): SourceChar[] {
  const out: SourceChar[] = [];
  for (const c of literal(text, from, to)) {
    const last = out.at(-1);
    // '' is one quote; merge the second into the first.
    if (c.ch === "'" && last?.ch === "'" && last.length === 1 && last.offset + 1 === c.offset) last.length = 2;
    else out.push(c);
  }
  return out;
}

function doubleQuoted(text: string, from: number, to: number): SourceChar[] {
  const out: SourceChar[] = [];
  let i = from;
  while (i < to) {
    if (text[i] !== "\\") {
      const cp = text.codePointAt(i)!;
      const length = cp > 0xffff ? 2 : 1;
      out.push({ ch: String.fromCodePoint(cp), offset: i, length });
      i += length;
      continue;
    }
    const kind = text[i + 1];
    if (kind === "\n" || kind === "\r") {
      // An escaped line break joins the lines: it stands for nothing.
      i += kind === "\r" && text[i + 2] === "\n" ? 3 : 2;
      continue;
    }
    const digits = HEX_LENGTH[kind];
    if (digits) {
      const hex = text.slice(i + 2, i + 2 + digits);
      let code = Number.parseInt(hex, 16);
      let length = 2 + digits;
      // A surrogate pair written as two \u escapes is one character.
      if (code >= 0xd800 && code <= 0xdbff && text.slice(i + length, i + length + 2) === "\\u") {
        const low = Number.parseInt(text.slice(i + length + 2, i + length + 6), 16);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          length += 6;
        }
      }
      const ch = Number.isNaN(code) || code > 0x10ffff ? "\ufffd" : String.fromCodePoint(code);
      out.push({ ch, offset: i, length });
      i += length;
      continue;
    }
    out.push({ ch: SIMPLE_ESCAPES[kind] ?? kind ?? "", offset: i, length: 2 });
    i += 2;
  }
  return out;
}

/** YAML whitespace inside a scalar: skipped when looking for a character's neighbours. */
export function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u3000";
}
