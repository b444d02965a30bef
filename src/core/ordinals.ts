/**
 * Chinese numerals and the four ordinal levels of official documents:
 * 一、 → （一） → 1. → （1）. Ordinals are literal text, never Word list numbering,
 * so they read the same in every application and in Markdown.
 */
import type { HeadingLevel } from "../document/model.js";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. Positive integers below 10,000. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 10000) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return "十" + (n % 10 ? DIGITS[n % 10] : "");
  const units: Array<[number, string]> = [[1000, "千"], [100, "百"], [10, "十"]];
  let out = "";
  let rest = n;
  let pendingZero = false;
  for (const [value, name] of units) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit) {
      if (pendingZero) out += "零";
      out += DIGITS[digit] + name;
      pendingZero = false;
    } else if (out) {
      pendingZero = true;
    }
  }
  if (rest) out += (pendingZero ? "零" : "") + DIGITS[rest];
  return out;
}

/** How level 3 is written: "1." by the standard, "1、" as many offices do. */
export type Level3Style = "1." | "1、";

/** The ordinal for the n-th (1-based) item at a heading level. */
export function ordinal(level: HeadingLevel, n: number, level3: Level3Style = "1."): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return level3 === "1、" ? `${n}、` : `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

const CIRCLED_1_TO_20 = 0x2460; // ①
const CIRCLED_21_TO_35 = 0x3251; // ㉑
const CIRCLED_36_TO_50 = 0x32b1; // ㊱

/** ① … ㊿; past 50 falls back to "(51)". */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(CIRCLED_1_TO_20 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(CIRCLED_21_TO_35 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(CIRCLED_36_TO_50 + n - 36);
  return `（${n}）`;
}

export type PointStyle = "一是" | "（1）" | "①";

/** The marker of the n-th point of an inline enumeration: 一是 / （1） / ①. */
export function pointMarker(style: PointStyle, n: number): string {
  if (style === "（1）") return `（${n}）`;
  if (style === "①") return circledNumber(n);
  return `${chineseNumber(n)}是`;
}

const CN = "[一二三四五六七八九十百千零]+";
/**
 * A hand-written ordinal at the start of a title: 一、 （二） (二) 3. 3、 3． （4） (4) ⑤.
 * "1.5亿元" is a number, not an ordinal, hence the digit look-ahead.
 */
export const HAND_ORDINAL = new RegExp(
  `^\\s*(?:${CN}\\s*[、.．]|[（(]\\s*${CN}\\s*[）)]|\\d{1,3}\\s*(?:[、．]|\\.(?!\\d))|[（(]\\s*\\d{1,3}\\s*[）)]|[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf])\\s*`,
);

/** The hand-written ordinal a title starts with, or "" when it has none. */
export function handOrdinal(title: string): string {
  const m = HAND_ORDINAL.exec(title);
  // A title that is nothing but an ordinal is left alone: stripping it would leave nothing.
  return m && m[0].trim().length < title.trim().length ? m[0] : "";
}

export function stripHandOrdinal(title: string): string {
  const found = handOrdinal(title);
  return found ? title.slice(found.length) : title;
}

/** The ordinal patterns the tool writes, per level (both level-3 styles). */
const LEVEL_PATTERNS: Array<[HeadingLevel, RegExp]> = [
  [1, new RegExp(`^${CN}、`)],
  [2, new RegExp(`^（${CN}）`)],
  [3, /^\d+(?:、|\.(?!\d))/],
  [4, /^（\d+）/],
];

/** Which level an ordinal at the start of `text` belongs to, if any. */
export function ordinalLevel(text: string): HeadingLevel | undefined {
  return LEVEL_PATTERNS.find(([, re]) => re.test(text))?.[0];
}

/** "（二）加强…" → ["（二）", "加强…"]; ["", text] when the text has no ordinal. */
export function splitOrdinal(text: string): [string, string] {
  for (const [, re] of LEVEL_PATTERNS) {
    const m = re.exec(text);
    if (m) return [m[0], text.slice(m[0].length)];
  }
  return ["", text];
}
