/**
 * Reflow a plain text before its structure is read. Two common pastes break the
 * one-paragraph-per-line assumption of web copies:
 * - text with no line breaks at all (copied from a web page or PDF viewer): the whole
 *   report is one line, so it is split before each ordinal marker that follows a
 *   sentence end (or opens the first sub-level right after a heading);
 * - text copied from a PDF, broken into lines of the page's width inside sentences: a
 *   line that does not end a sentence (。！？；：, or ” ） after one of them) and is
 *   followed by a line that does not open with a marker is joined to it — but only where
 *   the document is wrapped (many lines of about the same width), so a web copy's
 *   own-line headings stay, and never after the report's title at the top.
 * Both are counted, for the notes.
 */
import { leadingMarker } from "./markers.js";
import { displayWidth as width, headingAtSpace, HEADING_KINDS, type SourceParagraph } from "./source.js";
import { atTitlePlace, readsAsReportTitle, TITLE_LINES } from "./year-organization.js";

export interface Reflowed {
  paragraphs: SourceParagraph[];
  /** Lines joined into the line before them. */
  joined: number;
  /** Paragraphs made by splitting before a marker. */
  split: number;
}

/**
 * A line that ends a sentence (or introduces what follows: ：). A closing quote or bracket
 * ends one only when the sentence ended inside it ("…“一网通办。”"): "紧紧围绕“十四五”" /
 * "规划…" is a break inside a sentence like any other.
 */
const SENTENCE_END = /(?:[。！？；：:!?;…]|[。！？；!?;…][”’」』）)])$/u;
/** A line that opens with these cannot be the start of a paragraph: it continues the line before. */
const CONTINUES = /^[，。、；：！？）》”’」』,.;:!?)]/;
const CN = "[一二三四五六七八九十]{1,3}";
/** Markers that open a heading: 一、 （一） 一) 1. 1、 — not （1） or ①, which are enumerations inside paragraphs. */
const MARKER_AHEAD = new RegExp(`(?=${CN}[、．]|[（(]${CN}[）)]|(?<![（(一二三四五六七八九十])${CN}[）)]|(?<![\\d.．])\\d{1,2}(?:[、．]|\\.(?!\\d)))`, "gu");

/** The width most lines are wrapped at, when the text is wrapped; else undefined. */
export function wrapWidth(lines: string[]): number | undefined {
  const widths = lines.map(width).filter((w) => w >= 20);
  if (widths.length < 5) return undefined;
  const max = widths.reduce((a, b) => (b > a ? b : a), 0); // not Math.max(...): 150,000 lines overflow the stack
  // Wrapped text: a good share of lines reach within a few columns of the widest.
  const full = widths.filter((w) => w >= max - 4).length;
  return full >= 3 && full / widths.length >= 0.3 && max <= 160 ? max : undefined;
}

/**
 * The last number split at (or opening a line), per kind of marker, across the whole text:
 * "2、" splits only after a "1、" did, so "主要做法：1、…。2、…。" inside a paragraph is not
 * torn apart after its first item. Kept from line to line: a text pasted as several long
 * lines has its "（一）" in the first and its "。（二）" in the second.
 */
export type Opened = Map<string, number>;

/** The usual order of heading markers: 一、 above （一） above 1. */
const DEPTH: Record<string, number> = { cn: 1, pcn: 2, num: 3 };
const deeper = (kind: string, under: string) => DEPTH[kind] !== undefined && DEPTH[under] !== undefined && DEPTH[under] > DEPTH[kind];

/** Split one paragraph before the markers that start a new heading or paragraph. */
export function splitAtMarkers(text: string, opened: Opened = new Map()): string[] {
  const out: string[] = [];
  let start = 0;
  const own0 = leadingMarker(text);
  if (own0) opened.set(own0.kind, own0.n);
  for (const m of text.matchAll(MARKER_AHEAD)) {
    const at = m.index!;
    if (at === start) continue;
    const before = text.slice(start, at);
    const marker = leadingMarker(text.slice(at));
    if (!marker) continue;
    // "…汇报如下：一、…": the colon that introduces the body ends a sentence too.
    const afterSentence = /[。！？!?]["”’」』]?$|如下[：:]$/.test(before.trimEnd());
    // "一、主要做法（一）抓好…": a heading with no full stop, then its first sub-item.
    const own = leadingMarker(before);
    // Only a deeper kind: "（一）推动构建集中统一、全面覆盖…" has no 一、 under its （一）.
    const firstUnder = marker.n === 1 && own !== undefined && deeper(own.kind, marker.kind) && !/[。！？；]/.test(before);
    if (!afterSentence && !firstUnder) {
      // "主要做法：1、…。2、…": an enumeration inside the paragraph; its 2、 is no heading's.
      if (marker.n === 1 && /[：:]$/.test(before.trimEnd())) opened.set(marker.kind, 0);
      continue;
    }
    if (marker.n > 1 && opened.get(marker.kind) !== marker.n - 1) continue;
    opened.set(marker.kind, marker.n);
    out.push(before.trim());
    start = at;
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * A part's heading run into its text with no full stop between ("二、存在的问题馆舍面积
 * 不足，…"): the usual wordings of a part heading are cut off the text after them.
 */
const PART_HEADING = new RegExp(
  `^(${CN}[、．]\\s*(?:存在的?(?:主要)?(?:问题|不足|困难|短板)(?:[和与及](?:不足|困难|短板|问题|差距))?|` +
    `(?:\\d{4}年|下一步|明年)?(?:工作)?(?:计划|打算|思路|安排)|(?:\\d{4}年)?(?:主要)?工作(?:开展)?情况|主要做法(?:及|和|与)成效|形势分析))(?=[^，。、；：,.;:）)])`,
  "u",
);

export function splitPartHeading(piece: string): string[] {
  const m = PART_HEADING.exec(piece);
  return m && m[1].length < piece.length ? [m[1], piece.slice(m[1].length)] : [piece];
}

/**
 * A title run into the text that follows: "某局2023年工作总结一、…", "…计划2023年，我局…", or a
 * plan alone's "县教育局2024年工作要点2024年是…".
 */
const RUN_ON_TITLE =
  /^(.{4,60}?(?:(?:工作总结|工作计划|工作报告|年度报告|工作要点)(?:(?:及|和|暨).{0,16}?(?:计划|打算|思路|安排|要点|谋划))?|工作(?:开展)?情况(?:及|和|暨).{0,16}?(?:计划|打算|思路|安排|要点|谋划)))(?=[一（(\d]|.{0,6}年|[^。，；：！？]{0,6}\1)/u;

/**
 * The title run into the text, cut off it: once, or twice back to back as a page prints it
 * again ("镇2023上半年…打算〔…〕镇2023上半年…打算2023年，…": the second copy may carry a
 * copying site's marker of a removed name before it). The copies, then the rest.
 */
export function cutRunOnTitle(text: string): { heads: string[]; rest: string } | undefined {
  const first = RUN_ON_TITLE.exec(text);
  if (!first || first[1].length >= text.length) return undefined;
  const heads = [first[1]];
  let rest = text.slice(first[1].length);
  const again = RUN_ON_TITLE.exec(rest);
  if (again && again[1].length < rest.length && (again[1].endsWith(first[1]) || first[1].endsWith(again[1]))) {
    heads.push(again[1]);
    rest = rest.slice(again[1].length);
  }
  return { heads, rest };
}

/**
 * A line that opens with a short numbered heading, a space, then sentences ("一、总体情况
 * 根据…文件要求，…。", "（一）强基固本，忠诚教育筑基石 学校将…。"): the heading is cut off,
 * whatever the line's length (headingAtSpace in source.ts, which tidy() follows too). Not
 * "1. 主动 公开" (no sentence follows) and not "一、2023 年度…" (a space after a digit is a
 * PDF's spacing).
 */
function splitHeadingAtSpace(line: string, lineWidth?: number): string[] {
  const at = headingAtSpace(line, lineWidth);
  return at ? [at.head, at.rest] : [line];
}

/** Where a long line's spaces were paragraph breaks (before tidy() drops them). */
const SPACES = /[ \t\u00a0\u3000]+/g;
const HEADING_MARKER = HEADING_KINDS;
/** A sentence end, a space, then a heading marker: a text whose paragraphs were collapsed into one line, however short. */
const COLLAPSED = new RegExp(`[。！？!?]["”’」』]?[ \\t\\u00a0\\u3000]+(?:${CN}[、．]|[（(]${CN}[）)]|${CN}[）)])`, "u");

/**
 * The width of a PDF's lines in a copy that has them as spaces: the median of the pieces
 * between spaces that stand between two wide characters, when there are enough of them.
 */
function collapsedLineWidth(line: string): number | undefined {
  const widths = line.split(/(?<=[^\x00-\x7f])[ \t\u00a0\u3000]+(?=[^\x00-\x7f])/u).map(width).filter((w) => w >= 20);
  if (widths.length < 5) return undefined;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)];
}

/**
 * A web page's paragraphs collapsed into one line with a space between them ("…3项。 （一）
 * 坚持…。 紧盯关键指标。…"), or a PDF's text with spaces where its lines ended: the raw
 * line (spaces still in it) is cut where a space stands after a sentence end, after
 * "如下：" before a heading marker, and after a short numbered heading ("一、2023年工作回顾
 * 2023年是…", "（一）核心业务指标稳中有升，服务能力持续增强 全院…"; not after a digit: "2023
 * 年度" is a PDF's spacing, not a break; in a PDF's copy only a heading clearly shorter than
 * its lines: a first line as wide as the page is a sentence wrapped there). Lines under 200
 * characters are left as they are unless a heading marker follows a sentence end and a space.
 */
export function splitCollapsed(line: string): string[] {
  if (line.length < 200 && !COLLAPSED.test(line)) return splitHeadingAtSpace(line);
  const pieces: string[] = [];
  const lineWidth = collapsedLineWidth(line);
  let start = 0;
  // Looked at near each space only, never the whole piece: a pasted text may be one 10 MB line.
  let own = leadingMarker(line.slice(0, 16));
  for (const m of line.matchAll(SPACES)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (at === start || end >= line.length) continue;
    const last = line.slice(Math.max(start, at - 2), at);
    const marker = leadingMarker(line.slice(end, end + 16));
    const cut =
      /[。！？!?]["”’」』]?$/.test(last) ||
      (/[：:]$/.test(last) && marker !== undefined && HEADING_MARKER.has(marker.kind)) ||
      (own !== undefined && HEADING_MARKER.has(own.kind) && at - start <= 40 && !/[\dA-Za-z%]$/.test(last) &&
        /^[^。；;：:！？!?]{2,30}$/.test(line.slice(start + own.text.length, at)) &&
        (lineWidth === undefined || width(line.slice(start, at).trim()) <= lineWidth - 8));
    if (!cut) continue;
    pieces.push(line.slice(start, at));
    start = end;
    own = leadingMarker(line.slice(start, start + 16));
  }
  pieces.push(line.slice(start));
  return pieces;
}


/** A line that is only a number ("2", "18.5", "45%"): a PDF's number set apart from the text around it. */
const NUMBER_ALONE = /^\d+(?:[.,]\d+)*[%％]?$/;

/** A page of a document site's copy: "1、" "2、" opening lines of a page's width or more. */
const PAGE_NUMBER = /^(\d{1,3})、/;
const PAGE_CHARS = 200;

/**
 * A document site's copy (desk33 and the like) numbers its pages "1、" "2、" at the head of
 * long lines, cut wherever the page ended, often inside a sentence or a word ("…深入开展学习教"
 * / "2、育活动，…"). Read as they are, they are 1、 headings. When two or more such lines are
 * numbered 1, 2, 3… in order, all but the last at least a page long, and one of them
 * continues a sentence the line before it left open, the numbers are dropped and each page
 * cut inside a sentence is joined to the one before it.
 */
export function dropPageNumbers(paragraphs: SourceParagraph[]): { paragraphs: SourceParagraph[]; dropped: number } {
  const none = { paragraphs, dropped: 0 };
  const plain = (p: SourceParagraph) => !p.table && !p.heading && !p.title && !p.list;
  const pages = paragraphs.flatMap((p, i) => (plain(p) && PAGE_NUMBER.test(p.text) ? [i] : []));
  if (pages.length < 2) return none;
  const numbered = pages.every((i, k) => Number(PAGE_NUMBER.exec(paragraphs[i].text)![1]) === k + 1);
  const long = pages.every((i, k) => paragraphs[i].text.length >= (k === pages.length - 1 ? 20 : PAGE_CHARS));
  const cut = pages.slice(1).some((i) => i > 0 && !SENTENCE_END.test(paragraphs[i - 1].text));
  if (!numbered || !long || !cut) return none;
  const out: SourceParagraph[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (!pages.includes(i)) {
      out.push(p);
      continue;
    }
    const text = p.text.replace(PAGE_NUMBER, "");
    const prev = out[out.length - 1];
    if (i > 0 && prev && plain(prev) && i !== pages[0] && !SENTENCE_END.test(prev.text)) out[out.length - 1] = { text: prev.text + text };
    else out.push({ text });
  }
  return { paragraphs: out, dropped: pages.length };
}

/**
 * A PDF's text extraction that broke its lines at its text runs, not at the page's width
 * ("完成贻贝自动" / "包苗机" / "及配套装备试制", "“千万工程”" / "20" / "周年"): most lines end with no
 * sentence end, and three or more are a number alone. In such a text a line that does not end
 * a sentence is joined to the next when neither opens with a marker (a heading keeps its line).
 */
function brokenAtRuns(texts: string[]): boolean {
  const lines = texts.map((t) => t.trim()).filter(Boolean);
  if (lines.length < 10) return false;
  const open = lines.filter((t) => !SENTENCE_END.test(t)).length;
  const numbers = lines.filter((t) => NUMBER_ALONE.test(t)).length;
  return numbers >= 3 && open * 10 >= lines.length * 6;
}

/** A line this long holds several paragraphs as a rule: its title and part headings are cut off even with no marker to split at. */
const LONG_LINE = 200;

export function reflow(paragraphs: SourceParagraph[]): Reflowed {
  let split = 0;
  let joined = 0;
  // 1. Split lines that hold several paragraphs (no line breaks) before markers: any line,
  // not only a text that is all one line (a paste may come as a few long lines), the
  // sequence of each kind of marker followed from line to line.
  const lines: SourceParagraph[] = [];
  const opened: Opened = new Map();
  for (const p of paragraphs) {
    if (p.table || p.heading || p.title) {
      lines.push(p);
      continue;
    }
    let text = p.text;
    // Only at the top: nothing but short lines (the page's title, a tag line) before it.
    const top = lines.length <= 3 && lines.every((l) => l.text.length <= 80);
    const title = top ? cutRunOnTitle(text) : undefined;
    const head = title?.heads.join("");
    if (title) text = title.rest;
    const marked = splitAtMarkers(text, opened);
    // A short line is one paragraph unless markers after its sentence ends split it: then it
    // is a text pasted without breaks too ("某中学2022年工作总结一年来，…。一、…（一）…。（二）…").
    // A short line at the top that is the title run into the opening sentence ("某院2025年工作总结暨
    // 2026年工作计划2025年，在…成效。", a PDF copy's first line cut off at its sentence end): cut too.
    const runOn = head !== undefined && text.length >= 10 && /[。！？!?]$/.test(text);
    if (p.text.length < LONG_LINE && marked.length < 2 && !runOn) {
      lines.push(p);
      continue;
    }
    for (const copy of title?.heads ?? []) {
      lines.push({ text: copy });
      split++;
    }
    const pieces = marked.flatMap(splitPartHeading);
    split += pieces.length - 1;
    for (const piece of pieces) lines.push(piece === p.text ? p : { text: piece });
  }
  // 2. Join lines a PDF broke inside a sentence.
  const wrap = wrapWidth(lines.filter((p) => !p.table && !p.heading).map((p) => p.text));
  const runs = brokenAtRuns(lines.filter((p) => !p.table && !p.heading && !p.title).map((p) => p.text));
  const out: SourceParagraph[] = [];
  // The width of the last physical line, not of what it was joined into: a joined heading is long.
  let lastWidth = 0;
  // A number alone on its line joined just before: the line after it goes on the same sentence.
  let afterNumber = false;
  // The body has begun (a numbered line or a sentence end seen): the title's lines above are left to header.ts.
  let inBody = false;
  for (const [i, p] of lines.entries()) {
    const prev = out[out.length - 1];
    const plain = (q: SourceParagraph) => !q.table && !q.heading && !q.title && !q.list;
    // The report's title at the top ("某区…2023年工作总结及2024年工作计划", as wide as the
    // wrap): never run into the body line after it, whatever its width.
    const title = prev !== undefined && out.length <= TITLE_LINES && atTitlePlace(out.map((q) => q.text), out.length - 1) && readsAsReportTitle(prev.text);
    // "创建基地" / "2" / "个。": a PDF puts a number on a line of its own between two lines of text.
    const next = lines[i + 1];
    const loneNumber =
      inBody && prev !== undefined && next !== undefined && plain(next) && NUMBER_ALONE.test(p.text) &&
      /\p{Script=Han}$/u.test(prev.text) && /^[\p{Script=Han}%％]/u.test(next.text) && !leadingMarker(next.text);
    const canJoin: boolean = Boolean(
      prev && plain(prev) && plain(p) && !title && !SENTENCE_END.test(prev.text) && !leadingMarker(p.text) &&
      (CONTINUES.test(p.text) || (wrap !== undefined && lastWidth >= wrap - 6) || loneNumber || afterNumber || (runs && inBody && !leadingMarker(prev.text))),
    );
    afterNumber = Boolean(canJoin && loneNumber);
    if (leadingMarker(p.text) || SENTENCE_END.test(p.text) || /[。！？]/.test(p.text)) inBody = true;
    if (canJoin) {
      // A space between two Latin words only: "确保202" / "3年度" is one number, "通" / "知" one word.
      const glue = /[A-Za-z]$/.test(prev.text) && /^[A-Za-z]/.test(p.text) ? " " : "";
      out[out.length - 1] = { text: prev.text + glue + p.text };
      joined++;
    } else out.push(p);
    lastWidth = width(p.text);
  }
  return { paragraphs: out, joined, split };
}
