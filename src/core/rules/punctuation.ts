/**
 * Punctuation in Chinese text: half-width , ; : ? ! ( ) between Chinese characters
 * (fixable: --fix swaps in the full-width mark), and half-width quotes in Chinese text
 * or mixed with full-width ones (a warning only: which quote opens is a human call).
 */
import type { Scalar } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import type { TextEdit } from "../fix/edits.js";
import { hint, message } from "../messages.js";
import { isSpace, sourceChars, type SourceChar } from "../scalar-chars.js";
import { WIDE_CHARS } from "../text.js";
import { positionAt } from "../yaml-position.js";
import type { Rule } from "./rule.js";

/** Han characters and full-width punctuation: the context that calls for full-width marks. */
const WIDE = new RegExp(`[${WIDE_CHARS}]`, "u");
const HAN = /\p{Script=Han}/u;

export const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };

export interface PunctuationFinding {
  char: SourceChar;
  edit: TextEdit;
}

/** Non-space characters of a scalar, so neighbours are found across folds and spaces. */
function solid(text: string, node: Scalar): SourceChar[] {
  return sourceChars(text, node).filter((c) => !isSpace(c.ch));
}

const edit = (c: SourceChar): PunctuationFinding => ({ char: c, edit: { offset: c.offset, length: c.length, text: FULL_WIDTH[c.ch] } });

/** Indexes of half-width marks between Chinese characters. */
function halfWidthIndexes(cs: ReadonlyArray<{ ch: string }>): number[] {
  const wide = (i: number) => i >= 0 && i < cs.length && WIDE.test(cs[i].ch);
  const found: number[] = [];
  for (let i = 0; i < cs.length; i++) {
    const ch = cs[i].ch;
    if (",;:?!".includes(ch) && ch.length === 1 && wide(i - 1) && wide(i + 1)) found.push(i);
    if (ch !== "(") continue;
    // A pair "(…)" with no parenthesis inside, Chinese inside and beside it.
    let j = i + 1;
    while (j < cs.length && cs[j].ch !== ")" && cs[j].ch !== "(") j++;
    if (j >= cs.length || cs[j].ch !== ")") continue;
    const inner = cs.slice(i + 1, j);
    if (inner.some((c) => HAN.test(c.ch)) && (wide(i - 1) || wide(j + 1))) found.push(i, j);
  }
  return found;
}

const MAY_HAVE_HALF_WIDTH = /[,;:?!(]/;

/** Half-width marks between Chinese characters in one scalar, in source order. */
export function findHalfWidth(text: string, node: Scalar): PunctuationFinding[] {
  if (typeof node.value !== "string" || !MAY_HAVE_HALF_WIDTH.test(node.value)) return [];
  const cs = solid(text, node);
  return halfWidthIndexes(cs)
    .map((i) => edit(cs[i]))
    .sort((a, b) => a.char.offset - b.char.offset);
}

export const halfWidthPunctuation: Rule = ({ parsed, lang }) => {
  const out: Diagnostic[] = [];
  for (const { node, path } of parsed.stringScalars()) {
    for (const { char } of findHalfWidth(parsed.text, node)) {
      out.push({
        severity: "warning",
        code: "rule/half-width-punctuation",
        message: message("rule/half-width-punctuation", lang, { char: char.ch, full: FULL_WIDTH[char.ch] }),
        file: parsed.file,
        ...positionAt(parsed.lineCounter, char.offset),
        path,
        expected: FULL_WIDTH[char.ch],
        received: char.ch,
        hint: hint("full-width", lang, { full: FULL_WIDTH[char.ch] }),
      });
    }
  }
  return out;
};

/** The ASCII quotes in Chinese text, or alongside “ ” in the same value. */
function misusedQuotes<C extends { ch: string }>(cs: readonly C[], value: string): C[] {
  const hasFullWidth = /[“”]/.test(value);
  const nearWide = (i: number) => (i > 0 && WIDE.test(cs[i - 1].ch)) || (i + 1 < cs.length && WIDE.test(cs[i + 1].ch));
  return cs.filter((c, i) => (c.ch === '"' && (hasFullWidth || nearWide(i))) || (c.ch === "'" && nearWide(i)));
}

/** ASCII quotes in Chinese text, or alongside “ ” in the same value. */
export const mixedQuotes: Rule = ({ parsed, lang }) => {
  const out: Diagnostic[] = [];
  for (const { node, path } of parsed.stringScalars()) {
    if (!/["']/.test(node.value)) continue;
    const cs = solid(parsed.text, node);
    const flagged = misusedQuotes(cs, node.value);
    if (!flagged.length) continue;
    out.push({
      severity: "warning",
      code: "rule/mixed-quotes",
      message: message("rule/mixed-quotes", lang, { char: flagged[0].ch, count: flagged.length }),
      file: parsed.file,
      ...positionAt(parsed.lineCounter, flagged[0].offset),
      path,
      received: flagged[0].ch,
      expected: flagged[0].ch === '"' ? "“ ”" : "‘ ’",
      hint: hint("full-width-quotes", lang),
    });
  }
  return out;
};
