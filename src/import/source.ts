/**
 * What every reader (.txt, .md, .docx) hands to the recogniser: the document as a list
 * of paragraphs with the little formatting that helps to see structure. Everything
 * after the readers works on this one shape, so the three formats import alike.
 */
import { WIDE_CHARS } from "../core/text.js";

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
 * Inside a line, a space between Chinese characters is a PDF's spacing ("工 作 总 结", a
 * line end in a collapsed copy) — or the separator the author put between two phrases
 * ("学习二十大 奋进新征程", "推进社区治理 激活社区红色力量"): that one is kept, as a full-width
 * space, in a short line (a heading, a title) and inside quotes or 《》, where it parts a
 * slogan's or a title's two halves. Dropping it would merge the phrases.
 */
function withinLine(line: string): string {
  const short = line.length <= SHORT_LINE;
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
  return (out + line.slice(last)).replace(SPACE_BETWEEN_WIDE, (space) => (space === PHRASE_SPACE ? space : ""));
}

/**
 * Tidy one paragraph: trim (full-width and no-break spaces too), join its lines and
 * drop spaces between Chinese characters, which only line wrapping put there — except the
 * separator between two phrases of a heading or a quoted slogan (withinLine).
 */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/g, ""))
    .filter(Boolean)
    .map(withinLine)
    .reduce((out, line) => (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? `${out} ${line}` : out + line), "");
}
