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

/**
 * Tidy one paragraph: trim (full-width and no-break spaces too), join its lines and
 * drop spaces between Chinese characters, which only line wrapping put there.
 */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/g, ""))
    .filter(Boolean)
    .reduce((out, line) => (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? `${out} ${line}` : out + line), "")
    .replace(SPACE_BETWEEN_WIDE, "");
}
