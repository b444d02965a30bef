/**
 * Level markers as offices really type them: 一、 / （一） (一) 一) / 1. 1、 1． 1) / （1） (1) ⑴
 * / ①, with full- or half-width brackets and stray spaces. "一)" with no opening bracket (a web
 * copy's, "二)教学工作。") is a （一）: the same kind, the same level. The kind, not the level, is
 * what a marker tells: a report may skip a level, so nesting is found by the order in
 * which kinds appear (see structure.ts).
 */
export type MarkerKind = "cn" | "pcn" | "num" | "rnum" | "pnum" | "circ";

export interface Marker {
  kind: MarkerKind;
  /** 1-based number the marker shows. */
  n: number;
  /** The marker exactly as written, with any spaces around it. */
  text: string;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUMERAL = "[一二三四五六七八九十〇零]{1,4}";

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23, 一百零五 → 105; NaN when it is no numeral. */
export function parseChineseNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch === "十" || ch === "百" || ch === "千") {
      const unit = ch === "十" ? 10 : ch === "百" ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
    } else return Number.NaN;
  }
  return total + digit;
}

const SP = "[ \\t\\u00a0\\u3000]*";
const PATTERNS: Array<[MarkerKind, RegExp]> = [
  // "一、" "一." "一．" — not "一年来": the numeral must be followed by the separator.
  ["cn", new RegExp(`^${SP}(${CN_NUMERAL})${SP}(?:[、．]|\\.(?!\\d))${SP}`)],
  ["pcn", new RegExp(`^${SP}[（(]${SP}(${CN_NUMERAL})${SP}[）)]${SP}`)],
  // "一)" at the start of a paragraph (inside one it is read only after a sentence end: reflow.ts).
  ["pcn", new RegExp(`^${SP}(${CN_NUMERAL})${SP}[）)]${SP}`)],
  // "1." but not "1.5亿元"; "1、" "1．".
  ["num", new RegExp(`^${SP}(\\d{1,2})${SP}(?:[、．]|\\.(?!\\d))${SP}`)],
  ["rnum", new RegExp(`^${SP}(\\d{1,2})${SP}[）)]${SP}`)],
  ["pnum", new RegExp(`^${SP}[（(]${SP}(\\d{1,2})${SP}[）)]${SP}`)],
  ["pnum", new RegExp(`^${SP}([\\u2474-\\u2487])${SP}`)],
  ["circ", new RegExp(`^${SP}([\\u2460-\\u2473])${SP}`)],
];

function numberOf(kind: MarkerKind, raw: string): number {
  if (kind === "cn" || kind === "pcn") return parseChineseNumber(raw);
  const code = raw.codePointAt(0)!;
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  return Number(raw);
}

/** The marker a paragraph opens with, if any (never one that is all the paragraph is). */
export function leadingMarker(text: string): Marker | undefined {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = numberOf(kind, m[1]);
    if (!Number.isFinite(n) || n < 1 || m[0].length >= text.length) return undefined;
    return { kind, n, text: m[0] };
  }
  return undefined;
}

/** The text after the marker, or the text itself when it has none. */
export function stripMarker(text: string): string {
  const marker = leadingMarker(text);
  return marker ? text.slice(marker.text.length) : text;
}

/** How the n-th marker of a kind may be written (for finding the next one inline). */
export function markerVariants(kind: MarkerKind, n: number): RegExp {
  const cn = `(?:${chineseNumeral(n)})`;
  switch (kind) {
    case "cn":
      return new RegExp(`${cn}${SP}[、．.]`);
    case "pcn":
      return new RegExp(`[（(]${SP}${cn}${SP}[）)]|(?<=^|[。！？!?；;])${SP}${cn}${SP}[）)]`);
    case "num":
      return new RegExp(`(?<!\\d)${n}${SP}(?:[、．]|\\.(?!\\d))`);
    case "rnum":
      return new RegExp(`(?<![\\d（(])${n}${SP}[）)]`);
    case "pnum":
      return new RegExp(`[（(]${SP}${n}${SP}[）)]${n <= 20 ? `|${String.fromCodePoint(0x2474 + n - 1)}` : ""}`);
    case "circ":
      return n <= 20 ? new RegExp(String.fromCodePoint(0x2460 + n - 1)) : /(?!)/;
  }
}

const DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 1 → 一, 12 → 十二, 20 → 二十 (up to 99; enough for markers). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
}
