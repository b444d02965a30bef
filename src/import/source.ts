/**
 * What every reader (.txt, .md, .docx) hands to the recogniser: the document as a list
 * of paragraphs with the little formatting that helps to see structure. Everything
 * after the readers works on this one shape, so the three formats import alike.
 */
import { WIDE_CHARS } from "../core/text.js";
import { leadingMarker } from "./markers.js";

export interface SourceParagraph {
  /** The paragraph's text, trimmed, lines joined. */
  text: string;
  /** Bold text the paragraph opens with (a run-in title in Markdown or Word), if any. */
  lead?: string;
  /** A heading of the source (Markdown `##`, Word Heading 1…): its depth, 1 = top. */
  heading?: number;
  /** The reader knows this is the document title (Markdown `#`). */
  title?: boolean;
  /** A list item of the source (Word auto-numbering): its nesting depth, 1 = outermost. */
  list?: number;
  /** A table (text holds its cells joined, for messages and the round-trip measure). */
  table?: { header: string[]; rows: string[][] };
}

/** A table as one paragraph of the stream, in its place. */
export function tableParagraph(header: string[], rows: string[][]): SourceParagraph {
  return { text: [header, ...rows].map((row) => row.join(" | ")).join(" / "), table: { header, rows } };
}

/** Text the reader saw but could not make a paragraph of (tables, images…). */
export interface ReaderResult {
  paragraphs: SourceParagraph[];
  /** Things the reader left out, for the notes (e.g. "表格：…"). */
  skipped: string[];
  /** Paragraphs the plain-text reader cut out of lines that held several, for the reflow note. */
  split?: number;
}

const SPACE_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE_CHARS}])[ \\t\\u00a0\\u3000]+(?=[${WIDE_CHARS}])`, "gu");

/** The separator kept between two Chinese phrases: a full-width space, which the build prints as it is. */
export const PHRASE_SPACE = "\u3000";
/** A space between two words of two or more Chinese characters each ("推进社区治理 激活社区红色力量"). */
const BETWEEN_PHRASES = /(?<=[\p{Script=Han}]{2})[ \t\u00a0\u3000]+(?=[\p{Script=Han}]{2})/u;
/** A line this short is a heading or a title, where a space parts two phrases. */
const SHORT_LINE = 40;

/**
 * A PDF's spacing around a number ("2025 年", "达到 18.5 万人次", "增长 5.2%"): a space between a
 * number and a Chinese character goes when the number's other side is a space, a mark or
 * the line's edge — a number set apart as a word, as a PDF's font switch leaves it. Not
 * when the number touches Chinese on its other side ("某局 2024年1月15日": a signature and
 * its date), nor in a date, a time or a label's value ("2024-01-15 来源", "总页数:9 页"), and
 * never a space next to a Latin word ("XX 县").
 */
const NUMBER_SPACE = new RegExp(
  [
    `(?<=\\p{Script=Han})[ \\t\\u00a0]+(?=\\d+(?:[.,]\\d+)*%?(?![\\p{Script=Han}\\d%:/-]|[.,]\\d))`,
    `(?<=(?:^|[^\\p{Script=Han}\\d.,%A-Za-z:/-]|(?<!\\d)[.,])\\d+(?:[.,]\\d+)*%?)[ \\t\\u00a0]+(?=\\p{Script=Han})`,
  ].join("|"),
  "gu",
);

/** Display width: a Chinese character is two columns, as a PDF line's width counts it. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0xff ? 2 : 1;
  return w;
}

/** Kinds of marker that open a heading: 一、 （一） 1. — not （1） or ①, enumerations inside paragraphs. */
export const HEADING_KINDS: ReadonlySet<string> = new Set(["cn", "pcn", "num"]);
/** A PDF line's end in a copy that kept it as a space: a space between two wide characters. */
const LINE_END_SPACE = /(?<=[^\x00-\x7f])[ \t\u00a0\u3000]+(?=[^\x00-\x7f])/u;
/** A first line in a PDF is indented two characters: a heading must be shorter than a full line by more than that. */
const INDENT = 8;

/**
 * "（一）强基固本，忠诚教育筑基石 学校将坚定不移地…。", "一、总体情况 根据…。": a numbered
 * heading (一、 （一） 1.), a space, then its text — the space is the line break between a
 * heading and its first paragraph, lost in a web or PDF copy. The heading: up to 30
 * characters after the marker, commas allowed, no sentence end and no colon, not ending in a
 * digit ("一、2023 年度…" is a PDF's spacing); the text: a sentence, opening with a Chinese
 * character or a year. In a PDF's copy, where every line end is a space, the heading must
 * be clearly shorter than a full line (`lineWidth`, else the widest line of the text after
 * it): a first line as wide as the page is a sentence wrapped, not a heading. Returns the
 * heading (marker and all) and the text, or undefined.
 */
export function headingAtSpace(line: string, lineWidth?: number): { head: string; rest: string } | undefined {
  const own = leadingMarker(line);
  if (!own || !HEADING_KINDS.has(own.kind)) return undefined;
  const after = line.slice(own.text.length);
  const m = /^((?:[^。；;：:！？!?\s]|(?<=[\dA-Za-z%])[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+(?=[\dA-Za-z]))+?)(?<![\dA-Za-z%])[ \t\u00a0\u3000]+(?=\S)/u.exec(after);
  if (!m || m[1].length < 2 || m[1].length > 30) return undefined;
  const rest = after.slice(m[0].length);
  if (rest.length < 10 || !/[。！？!?]/.test(rest) || !/^(?:[^\x00-\x7f]|\d{4}\s*年)/u.test(rest)) return undefined;
  const head = own.text + m[1];
  const lines = rest.split(LINE_END_SPACE).slice(0, -1).map(displayWidth);
  const full = lineWidth ?? (lines.length ? lines.reduce((a, b) => (b > a ? b : a), 0) : undefined);
  if (full !== undefined && displayWidth(head.trim()) > full - INDENT) return undefined;
  return { head: head.trimEnd(), rest };
}

/**
 * Inside a line, a space between Chinese characters is a PDF's spacing ("工 作 总 结", a
 * line end in a collapsed copy) — or the separator the author put between two phrases
 * ("学习二十大 奋进新征程", "推进社区治理 激活社区红色力量"): that one is kept, as a full-width
 * space, in a short line (a heading, a title) and inside quotes or 《》, where it parts a
 * slogan's or a title's two halves. Dropping it would merge the phrases.
 */
function withinLine(line: string, short = line.length <= SHORT_LINE && !isSentence(line)): string {
  let depth = 0;
  let out = "";
  let last = 0;
  for (const m of line.matchAll(/[“《「『]|[”》」』]|[ \t\u00a0\u3000]+/gu)) {
    const ch = m[0];
    if (/[“《「『]/.test(ch)) depth++;
    else if (/[”》」』]/.test(ch)) depth = Math.max(0, depth - 1);
    else {
      const at = m.index!;
      const around = line.slice(Math.max(0, at - 2), at + ch.length + 2);
      if (!BETWEEN_PHRASES.test(around) || !(short || depth > 0)) continue;
      out += line.slice(last, at) + PHRASE_SPACE;
      last = at + ch.length;
    }
  }
  return (out + line.slice(last)).replace(SPACE_BETWEEN_WIDE, (space) => (space === PHRASE_SPACE ? space : "")).replace(NUMBER_SPACE, "");
}

/** "…生命线，常抓 不懈。": a line with a comma that ends a sentence is a sentence's tail, not a heading, however short. */
const isSentence = (line: string) => /[，,].*[。！？!?]$/u.test(line);

/**
 * A paragraph's first line: a numbered heading and its text parted by a space (headingAtSpace)
 * keep that space, as one plain space — a boundary, not a phrase space (PHRASE_SPACE): it
 * parts a title from its text and structure.ts splits the paragraph there (a Word or
 * Markdown paragraph; a plain text's line is split before this, in reflow.ts).
 */
function firstLine(line: string): string {
  const at = headingAtSpace(line);
  if (!at) return withinLine(line);
  return `${withinLine(at.head)} ${withinLine(at.rest, line.length <= SHORT_LINE && !isSentence(line))}`;
}

/**
 * Tidy one paragraph: trim (full-width and no-break spaces too), join its lines and
 * drop spaces between Chinese characters, which only line wrapping put there — except the
 * separator between two phrases of a heading or a quoted slogan (withinLine) and the one
 * between a numbered heading and its text on the same line (firstLine). A PDF's spaces
 * around a number go too (NUMBER_SPACE).
 */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/g, ""))
    .filter(Boolean)
    .map((line, i) => (i === 0 ? firstLine(line) : withinLine(line)))
    .reduce((out, line) => (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? `${out} ${line}` : out + line), "");
}

/** A number or a placeholder ("XX") next to a Chinese character, with or without a space between. */
const HAN_NUMBER = /\p{Script=Han}[ \t\u00a0]*(?:\d|(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z]))|(?:\d|(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z]))[ \t\u00a0]*\p{Script=Han}/gu;
/** The same with a space between: "2025 年", "达到 18.5 万", "XX 县". */
const HAN_NUMBER_SPACED = /\p{Script=Han}[ \t\u00a0]+(?:\d|(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z]))|(?:\d|(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z]))[ \t\u00a0]+\p{Script=Han}/gu;

/**
 * A PDF's copy: its numbers (and placeholders) are set apart from the Chinese around them by
 * spaces, as its text extraction leaves them ("2025 年", "增长 5.2%", "XX 县委") — at least four
 * times, and at least half the numbers next to Chinese. A web copy writes "2025年"; its one
 * "某局 2024年1月15日" (a signature) does not make it a PDF's.
 */
export function hasPdfSpacing(text: string): boolean {
  let spaced = 0;
  for (const _ of text.matchAll(HAN_NUMBER_SPACED)) spaced++;
  if (spaced < 4) return false;
  let all = 0;
  for (const _ of text.matchAll(HAN_NUMBER)) all++;
  return spaced * 2 >= all;
}

const SP = "[ \\t\\u00a0]+";
const NUM = String.raw`(?:\d+(?:[.,]\d+)*[%％]?|(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z]))`;
/** A whole date ("2024 年 1 月 15 日"): the space before it may be a signature's, kept. */
const FULL_DATE = String.raw`\d{4}[ \t\u00a0]*年[ \t\u00a0]*\d{1,2}[ \t\u00a0]*月[ \t\u00a0]*\d{1,2}[ \t\u00a0]*日`;
const PDF_SPACE = new RegExp(
  [
    // "在 85%以上", "在 XX 县委": before a number or placeholder, not before a whole date.
    `(?<=\\p{Script=Han})${SP}(?=${NUM})(?!${FULL_DATE})`,
    // "2025 年", "XX 县委", "85% 以上": after one.
    `(?<=${NUM})${SP}(?=\\p{Script=Han})`,
    // "增长 5.2%; 完成": a line's end after a half-width mark, before Chinese.
    `(?<=[\\p{Script=Han}\\d%％][,;:])${SP}(?=\\p{Script=Han})`,
  ].join("|"),
  "gu",
);

/**
 * In a PDF's copy (hasPdfSpacing), one line's spaces between a Chinese character and a number
 * or a placeholder ("XX 县委", "在 85%以上"), and after a half-width mark before Chinese
 * ("5.2%; 完成"): the PDF's spacing, removed. Kept: the space before a whole date (a
 * signature's: "某局 2024年1月15日") and spaces between Latin words.
 */
export function dropPdfSpaces(line: string): string {
  return line.replace(PDF_SPACE, "");
}
