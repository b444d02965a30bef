/**
 * Plain-text rules of the data contract ("Text" in data-format.md): a string or a list
 * of strings; each string is one or more paragraphs separated by blank lines; single
 * line breaks inside a paragraph are joined.
 */

export type Text = string | string[];

const ASCII_WORD = /[A-Za-z0-9]/;

/** Join the lines of one paragraph: no space between CJK text, one between Latin words. */
function joinLines(lines: string[]): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out && ASCII_WORD.test(out.at(-1)!) && ASCII_WORD.test(line[0])) out += " ";
    out += line;
  }
  return out;
}

/**
 * Han characters and full-width punctuation, as a character-class body (for a `u` regex):
 * Chinese text has no spaces between them, and half-width marks beside them are slips.
 */
export const WIDE_CHARS = "\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026";
/** What makes a string more than its trimmed self: a line end, or a space that may sit between wide characters. */
const ONE_LINE_NEEDS_WORK = /[\r\n ]/;
const SPACE_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE_CHARS}]) +(?=[${WIDE_CHARS}])`, "gu");

/**
 * Split one string into its paragraphs. YAML's folded style (`>`) joins lines with a
 * space, which Chinese text must not have: a space between two wide characters goes.
 */
function splitParagraphs(text: string): string[] {
  // Most strings are one line without an ASCII space: nothing to split, join or remove
  // (the lookbehind over a Unicode script below is the slow part).
  if (!ONE_LINE_NEEDS_WORK.test(text)) {
    const paragraph = text.trim();
    return paragraph ? [paragraph] : [];
  }
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t\u3000]*\n/)
    .map((block) => joinLines(block.split("\n")).replace(SPACE_BETWEEN_WIDE, ""))
    .filter((p) => p.length > 0);
}

/** Text (string, list of strings or nothing) → its paragraphs, in order. */
export function paragraphsOf(text: Text | undefined | null): string[] {
  if (text == null) return [];
  const parts = Array.isArray(text) ? text : [text];
  return parts.flatMap((part) => splitParagraphs(String(part)));
}

/** Sentence-closing punctuation: a run-in title or a point that ends in one keeps it. */
const CLOSING = /[。！？；：…”’）)!?;:.]$/;

export function endsWithClosing(text: string): boolean {
  return CLOSING.test(text.trim());
}

/** Add "。" unless the text already ends in closing punctuation. */
export function closeSentence(text: string): string {
  const t = text.trim();
  return t && !endsWithClosing(t) ? `${t}。` : t;
}

/** "2022-12-30" → "2022年12月30日" (no leading zeros). Invalid input is returned as given. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Whether a YYYY-MM-DD string is a day of the calendar ("2023-02-30" is not). */
export function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}
