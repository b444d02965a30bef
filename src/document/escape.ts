/**
 * Markdown escaping for plain text. Data text is never interpreted as Markdown
 * (data-format.md, "Text"), so every character Markdown could read as syntax is
 * backslash-escaped. Parsing the escaped text gives back the original characters.
 */

// Inline syntax anywhere in a line: emphasis, code, links, HTML, tables, strikethrough,
// entities and the backslash itself.
const INLINE = /[\\`*_[\]<>|~&!#]/g;

/** Escape text that will sit inside a paragraph or heading, anywhere on the line. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, "\\$&");
}

/**
 * Escape text that starts a line: also block syntax that only counts at the start
 * (headings, block quotes, list markers, thematic breaks, setext underlines).
 */
export function escapeLineStart(text: string): string {
  return escapeBlockStart(escapeInline(text));
}

/** Only the line-start part, for text whose inline syntax is already escaped. */
export function escapeBlockStart(text: string): string {
  return text
    .replace(/^(\s*)(#{1,6})(?=[ \t]|$)/, "$1\\$2")
    .replace(/^(\s*)([+=-])(?=[ \t]|$|\2)/, "$1\\$2")
    .replace(/^(\s*\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2");
}
