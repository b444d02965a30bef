/**
 * The frame around the body: the title at the top (with the organisation and the year
 * in it: "<单位><N>年…总结…<N+1>年…计划"), the signature and date at the bottom, and
 * what follows the date (attachments, page footers), which has no place in the data.
 */
import { isNavigationBar, isoDate } from "./lines.js";
import { leadingMarker, parseChineseNumber } from "./markers.js";
import { organizationAfterYear } from "./organization.js";
import type { SourceParagraph } from "./source.js";
import type { Period } from "../core/period.js";
import { namesPeriod, PAGE_LINES, parseTitle, readsAsReportTitle, readsAsSentence, siteTitleSuffix } from "./year-organization.js";

export { parseTitle };

export interface Frame {
  title?: string;
  organization?: string;
  year?: number;
  /** A half-year report's, from the title (year-organization.ts). */
  period?: Period;
  /** From the closing date line. */
  date?: string;
  /** The organisation line above the closing date. */
  signatureOrganization?: string;
  body: SourceParagraph[];
  /** Lines of the web page above the report's title (a section name, the page's own title): dropped and noted. */
  before: string[];
  /** Further copies of the report's title at the top (a page prints it again above the text): dropped and noted. */
  repeated: string[];
  /** Paragraphs after the closing date: nowhere to put them. */
  after: string[];
  /** What a copying site added to the title ("(2篇)"), cut off it: for the notes. */
  titleSuffix?: string;
  /** The title was taken from a document site's file name ("文件名称:….docx"): no title line of its own. */
  titleFromFileName?: boolean;
  /** The school year or span of years the title names ("2023-2024学年度"), read as its first year: for the notes. */
  yearSpan?: string;
  /** An organisation the title gives that is no name ("镇": a copying site removed the name), not taken: for the notes. */
  genericOrganization?: string;
  /** The page's date from a date line above or right under the title ("2025-02-28"): when the site published it, never the report's. */
  published?: string;
  /** The title says 半年/年中 but not which half ("…半年度工作总结"): read from the text or the date below. */
  halfUnsaid?: boolean;
  /** Neither the text nor the date said which half: the first (a mid-year report) was taken, for the notes. */
  halfAssumed?: boolean;
}

const TITLE_WORDS = /总结|计划|打算|思路|安排|报告|要点|情况/;

function looksLikeTitle(p: SourceParagraph): boolean {
  if (p.title) return true;
  const t = p.text;
  if (t.length > 80 || readsAsSentence(t) || leadingMarker(t) || !TITLE_WORDS.test(t)) return false;
  // With a year, or a short "XX局工作总结" with none (the year is then read from the text).
  if (/\d{4}\s*年|年度|\d{4}\s*学年/.test(t)) return true;
  if (t.length > 40 || /[。，；]/.test(t)) return false;
  // "镇2023上半年工作开展情况和下半年工作打算": no 总结 or 计划, but the year or the half is named.
  return /工作(?:总结|计划|要点)/.test(t) || (/(?:打算|思路|安排|要点|情况)$/.test(t) && namesPeriod(t));
}

/**
 * Which half a title that says only 半年 ("…半年度工作总结") is about: the text's 上半年 (a
 * report on the first half speaks of it; one that says only 下半年 is on the second), else the
 * closing date (May–September: the first half; November–February: the second), else none.
 */
function halfFromText(body: SourceParagraph[], date: string | undefined): Period | undefined {
  const text = body.map((p) => p.text).join("");
  if (/上半年/.test(text)) return "first-half";
  if (/下半年/.test(text)) return "second-half";
  const month = date ? Number(date.split("-")[1]) : undefined;
  if (month !== undefined && month >= 5 && month <= 9) return "first-half";
  if (month !== undefined && (month >= 11 || month <= 2)) return "second-half";
  return undefined;
}

const CN_YEAR_DIGITS = "〇零一二三四五六七八九";
const yearDigit = (ch: string) => Math.max(0, CN_YEAR_DIGITS.indexOf(ch) - 1);

/** A line that is only a date: 2022年12月30日, 2022-12-30, 二〇二二年十二月三十日, (in brackets). */
export function dateLine(text: string): string | undefined {
  const t = text.replace(/^[（(]\s*|\s*[）)]$/g, "").trim();
  let m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t) ?? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return isoDate(m[1], m[2], m[3]);
  m = new RegExp(`^([${CN_YEAR_DIGITS}]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$`).exec(t);
  if (!m) return undefined;
  const year = [...m[1]].map(yearDigit).join("");
  return isoDate(year, parseChineseNumber(m[2]), parseChineseNumber(m[3]));
}

/** An organisation line of a signature: short, no sentence punctuation. */
function looksLikeOrganization(text: string): boolean {
  return text.length <= 30 && !/[。，；：！？,;:]/.test(text) && !leadingMarker(text) && !dateLine(text);
}

/** "X报告X报告" (a PDF's running header copied with the title): the title once. */
function once(title: string): string {
  const t = title.replace(/\s+/g, "");
  const half = t.length / 2;
  return Number.isInteger(half) && half >= 8 && t.slice(0, half) === t.slice(half) ? t.slice(0, half) : title;
}

/** The same title, spaces and a copying site's removed-name marker ("〔…〕镇…" / "镇…") aside. */
function sameTitle(a: string, b: string): boolean {
  const norm = (t: string) => once(t).replace(/[\s\u3000]+/g, "").replace(REMOVED_NAME, "");
  const x = norm(a);
  const y = norm(b);
  return x.length >= 6 && x === y;
}

/** A copying site's marker where it removed a name: "〔…〕", "[…]", "XX", "××". */
const REMOVED_NAME = /[〔［\[【(（]\s*[…．.。·×XxＸｘ*＊○〇\s]*\s*[〕］\]】)）]|[XxＸｘ×*＊○]{2,}/gu;

/**
 * A title at index i: one line, or an organisation line and a title line ("云溪县科学技术局" /
 * "2022年工作总结及2023年工作计划"). The second line must not name an organisation of its
 * own: "新闻" above "深圳市…局关于…的报告" is the site's section, not part of the title.
 */
function titleAt(paragraphs: SourceParagraph[], i: number): { text: string; lines: number } | undefined {
  const p = paragraphs[i];
  const next = paragraphs[i + 1];
  if (!p) return undefined;
  if (next && brokenTitle(p.text, next.text)) return { text: p.text + next.text, lines: 2 };
  if (looksLikeTitle(p)) return { text: once(p.text), lines: 1 };
  if (next && looksLikeOrganization(p.text) && looksLikeTitle(next) && !/\d{4}\s*年/.test(p.text) && !parseTitle(next.text).organization) {
    return { text: p.text + next.text, lines: 2 };
  }
  return undefined;
}

/** The words that join a title's two halves: 总结及计划, 总结暨计划, 总结和思路. */
const JOIN_START = /^(?:及|和|暨|与|以及|并)/u;
const JOIN_END = /(?:及|和|暨|与|以及|并)$/u;

/**
 * A title a PDF or a narrow page printed on two lines, broken inside it: "某区发展和改革局
 * 2023年工作总结" / "及2024年工作计划", "…工作总结及" / "2024年工作计划", "…局2023年工作总" /
 * "结及2024年工作计划". The two read as one title, and the break is inside it: at a 及/和/暨,
 * or after a first line that has the year but no title's ending. Two whole titles (a page's
 * own, then the report's) are not one.
 */
function brokenTitle(first: string, second: string): boolean {
  if (leadingMarker(second) || dateLine(first) || !readsAsReportTitle(first + second)) return false;
  if (JOIN_START.test(second) || JOIN_END.test(first)) return true;
  return /\d{4}\s*年/.test(first) && !readsAsReportTitle(first) && !/[。，；：！？,;:!?]/.test(first);
}

/**
 * A short line of page furniture the dropping of web lines did not know ("新闻", "Workflow",
 * "002881美格智能(002881)…"), or a navigation bar however wide its spacing. Its length is
 * counted without spaces: a bar spaced out by the page is no longer for it.
 */
const pageLine = (p: SourceParagraph | undefined) =>
  p !== undefined && (isNavigationBar(p.text) || (p.text.replace(/[\s\u3000]+/g, "").length <= 40 && !/[。！？；]$/.test(p.text) && !leadingMarker(p.text)));

/**
 * The page's date standing alone above or right under the title, as a site prints it
 * ("2025-02-28", "2024/04/04"): the site's, not the report's. A date written out
 * ("2022年12月28日", also in brackets) is the report's own and is left to the closing date.
 */
function pageDate(text: string): string | undefined {
  return /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(text.trim()) ? dateLine(text) : undefined;
}

/**
 * An organisation that is no name: one character, or only a word for a kind of unit ("镇",
 * "局", "中心", "学校"), as a copying site leaves a title whose name it removed
 * ("镇2023年工作总结和2024年工作谋划"). Printed as the signature it would be wrong.
 */
export function isGenericOrganization(name: string): boolean {
  const t = name.replace(/[\s\u3000]+/g, "").replace(REMOVED_NAME, "");
  return [...t].length <= 1 || GENERIC_UNITS.has(t);
}
const GENERIC_UNITS = new Set([
  "镇", "乡", "村", "街道", "社区", "县", "区", "市", "省", "局", "厅", "委", "办", "院", "馆", "所", "站", "队", "处", "科", "室", "部",
  "中心", "学校", "小学", "中学", "幼儿园", "医院", "卫生院", "公司", "集团", "单位", "本单位", "部门", "科室", "政府", "委员会", "办公室",
  "街道办", "街道办事处", "镇政府", "乡政府", "镇人民政府", "乡人民政府", "人民政府", "我局", "我校", "我院", "我单位", "我镇", "我乡", "我街道",
]);

export function splitFrame(paragraphs: SourceParagraph[], options: { fileTitle?: string } = {}): Frame {
  const frame: Frame = { body: [], before: [], after: [], repeated: [] };
  let start = 0;
  // The title, after at most PAGE_LINES short lines of the page.
  let at = 0;
  let found = titleAt(paragraphs, 0);
  while (!found && at < PAGE_LINES && pageLine(paragraphs[at])) found = titleAt(paragraphs, ++at);
  if (found) {
    frame.before = paragraphs.slice(0, at).map((p) => p.text);
    for (const text of frame.before) frame.published ??= pageDate(text);
    start = at + found.lines;
    // A web page shows its own title, then (after a line or two of it) the report's own:
    // "2022年武乡县图书馆年度工作总结…" then "武乡县图书馆" / "2022年工作总结暨…". The report's is the title.
    for (let k = start; k < start + 3 && k < paragraphs.length; k++) {
      const own = titleAt(paragraphs, k);
      if (own) {
        // The same title twice ("X局半年度工作总结" / "X局半年度工作总结"): a copy, not the page's own.
        if (sameTitle(found.text, own.text)) frame.repeated.push(found.text);
        else frame.before.push(found.text);
        frame.before.push(...paragraphs.slice(start, k).map((p) => p.text));
        found = own;
        start = k + own.lines;
        break;
      }
      if (!pageLine(paragraphs[k])) break;
    }
    frame.title = found.text;
    // The page's date under the title ("2025-02-28"): the site's, dropped with the lines above;
    // the title printed again (on its own line, or cut off the first sentence by reflow.ts): dropped too.
    while (paragraphs[start]) {
      const text = paragraphs[start].text;
      if (pageDate(text)) {
        frame.published ??= pageDate(text);
        frame.before.push(text);
      } else if (!paragraphs[start].heading && sameTitle(found.text, text)) frame.repeated.push(text);
      else break;
      start += 1;
    }
    // A copying site's "(2篇)" or "范文" is no part of the report's title.
    const suffix = siteTitleSuffix(found.text);
    if (suffix) {
      frame.title = found.text.slice(0, found.text.length - suffix.length).trim();
      frame.titleSuffix = suffix.trim();
    }
  }
  // No title line, but a document site named the file ("文件名称:2025年眼科工作总结暨工作计划.docx"): its name is the title.
  if (!frame.title && options.fileTitle && readsAsReportTitle(options.fileTitle)) {
    frame.title = options.fileTitle;
    frame.titleFromFileName = true;
  }
  if (frame.title) {
    // A copying site's "20XX年" stands for the year: the organisation ends before it.
    const { span, ...parsed } = parseTitle(frame.title.replace(/20[XxＸｘ×*]{2}\s*年/, ""));
    Object.assign(frame, parsed);
    if (span) frame.yearSpan = span;
    frame.organization ??= organizationAfterYear(frame.title);
    if (frame.organization && isGenericOrganization(frame.organization)) {
      frame.genericOrganization = frame.organization;
      delete frame.organization;
    }
  }
  // A date in brackets right under the title: "（2022年12月28日）".
  if (paragraphs[start] && /^[（(]/.test(paragraphs[start].text) && dateLine(paragraphs[start].text)) {
    frame.date = dateLine(paragraphs[start].text);
    start += 1;
  }

  // The closing date: the last date-only line among the final few paragraphs.
  let end = paragraphs.length;
  for (let i = paragraphs.length - 1; i >= Math.max(start, paragraphs.length - 6); i--) {
    const date = dateLine(paragraphs[i].text);
    if (!date) continue;
    frame.date = date;
    frame.after = paragraphs.slice(i + 1).map((p) => p.text);
    end = i;
    if (end - 1 >= start && looksLikeOrganization(paragraphs[end - 1].text)) {
      frame.signatureOrganization = paragraphs[end - 1].text;
      end -= 1;
    }
    break;
  }
  frame.body = paragraphs.slice(start, end);
  if (frame.halfUnsaid && !frame.period) {
    const half = halfFromText(frame.body, frame.date);
    frame.period = half ?? "first-half";
    if (!half) frame.halfAssumed = true;
  }
  return frame;
}
