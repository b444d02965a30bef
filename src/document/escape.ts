/**
 * Markdown escaping for plain text. Data text is never interpreted as Markdown
 * (data-format.md, "Text"), so every character Markdown could read as syntax is
 * backslash-escaped. Parsing the escaped text gives back the original characters.
 */

// Inline syntax anywhere in a line: emphasis, code, links, HTML, tables, strikethrough,
// entities and the backslash itself.
const INLINE = /[\\`*_[\]<>|~&!#]/g;

// GFM autolink literals (https://…, www.…) run to the next space or "<", and inside them a
// backslash is literal: "https://a.cn/x\_y" would keep its backslash and swallow the rest of
// a CJK line. A backslash before the ":" or "." stops the link from being recognised.
const AUTOLINK_START = /(https?|www)([:.])/gi;

/** Every character either replacement above starts from: most Chinese text has none (one scan instead of two). */
const MAY_NEED_ESCAPING = /[\\`*_[\]<>|~&!#.:]/;

/** Escape text that will sit inside a paragraph or heading, anywhere on the line. */
export function escapeInline(text: string): string {
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text.replace(INLINE, "\\$&").replace(AUTOLINK_START, "$1\\$2");
}

/**
 * Escape text that starts a line: also block syntax that only counts at the start
 * (headings, block quotes, list markers, thematic breaks, setext underlines).
 */
export function escapeLineStart(text: string): string {
  return escapeBlockStart(escapeInline(text));
}

/** What every line-start pattern below can begin with: whitespace, "#", "+", "=", "-" or a digit. */
const MAY_START_BLOCK = /^[\s#+=\d-]/;

/** Only the line-start part, for text whose inline syntax is already escaped. */
export function escapeBlockStart(text: string): string {
  if (!MAY_START_BLOCK.test(text)) return text;
  return text
    .replace(/^(\s*)(#{1,6})(?=[ \t]|$)/, "$1\\$2")
    .replace(/^(\s*)([+=-])(?=[ \t]|$|\2)/, "$1\\$2")
    .replace(/^(\s*\d{1,9})([.)])(?=[ \t]|$)/, "$1\\$2");
}

const SPACE = /\s/u;
/** Letters, digits and marks: an emphasis delimiter next to one of these flanks as CommonMark expects. */
const WORDLIKE = /[\p{L}\p{N}\p{M}]/u;
/**
 * Characters the cjk-friendly extension lets an emphasis delimiter touch: Han, kana,
 * hangul, CJK and full-width punctuation ("**（一）标题。**正文" parses). Deliberately
 * narrow: “ ” ‘ ’ … — are not among them, the extension treats them as plain punctuation.
 */
const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60]/u;

/** "&#x32;": a numeric character reference; it reads back as the character itself. */
function charRef(ch: string): string {
  return `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`;
}

/**
 * Emphasis (`**…**`, `*…*`) around already-escaped text, then already-escaped text,
 * written so that a CommonMark parser reads the emphasis back. A closing `**` right after
 * punctuation only closes when whitespace or punctuation follows, so "**（一）推进“科技周”**2023年…"
 * or "**1.推进5G(一期)**①…" would stay literal asterisks. Then the next character is written
 * as a numeric reference: "&" is punctuation to the parser, and "&#x32;" reads back as "2".
 * Whitespace just inside the delimiters is written the same way.
 */
export function emphasisThen(inner: string, delimiter: string, following = ""): string {
  let body = inner;
  const first = firstChar(body);
  if (first && SPACE.test(first)) body = charRef(first) + body.slice(first.length);
  const end = lastChar(body);
  if (end && SPACE.test(end)) body = body.slice(0, -end.length) + charRef(end);
  const last = lastChar(body);
  // Only the first character of what follows: `following` is the rest of the paragraph.
  const next = firstChar(following);
  // CJK before WORDLIKE: the usual last character is Han or "。", and WORDLIKE's tables take
  // ~1.5 ms to build the first time a run uses it (docs/performance.md).
  const closes = !next || CJK.test(last) || WORDLIKE.test(last) || SPACE.test(next) || CJK.test(next) || (next.length === 1 && /\p{P}/u.test(next));
  return `${delimiter}${body}${delimiter}${closes ? following : charRef(next) + following.slice(next.length)}`;
}

/** The first character (code point) of `text`, or "" for "". */
export function firstChar(text: string): string {
  return text ? String.fromCodePoint(text.codePointAt(0)!) : "";
}

/** The last character (code point) of `text`, or "" for "". */
function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && text.length > 1 && /[\ud800-\udbff]/.test(text[text.length - 2]!);
  return text.slice(pair ? -2 : -1);
}

/**
 * Plain text (already escaped) that an emphasis follows whose text starts with `first`: an
 * opening `**` before punctuation only opens after whitespace or punctuation, so a final
 * Latin letter or digit is written as a numeric reference ("abc**“重点”**" → "ab&#x63;**“重点”**").
 */
export function textBeforeEmphasis(text: string, first: string): string {
  const chars = Array.from(text);
  const last = chars.at(-1);
  if (!last || !first || WORDLIKE.test(first) || CJK.test(first) || CJK.test(last) || !WORDLIKE.test(last)) return text;
  chars[chars.length - 1] = charRef(last);
  return chars.join("");
}
