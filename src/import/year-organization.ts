/**
 * The year and the organisation, from the whole text rather than the title line alone.
 * Year: the title's "20XX年", else the first "20XX年" the opening speaks of ("2023年，我局…"),
 * else a part heading's ("一、2023年工作开展情况"; a plan heading's year less one), else the
 * closing date's (a report signed in January or February looks back on the year before).
 * Never a default: without one the data has no `year`, and validation says so.
 * Organisation: the title's words before the year, without 关于/的 ("…执法局关于" → "…执法局").
 * A 发布时间 in page furniture is the web page's date, not the report's: never used here.
 * Period (data-format.md, `period`): a half-year report says so in its title
 * ("2024年上半年工作总结及下半年工作计划"), else in its opening ("2024年上半年，我局…") or
 * its part headings ("上半年工作开展情况", "下半年工作计划"); nothing said is the whole year.
 */
import type { Period } from "../core/period.js";
import { leadingMarker } from "./markers.js";

export interface Found {
  value?: number;
  /** Where it was found, for the note: title, opening, heading, date. */
  from?: "title" | "opening" | "heading" | "date";
}

const YEAR = /(20\d{2})\s*年/;

/** The opening paragraphs (before the first part heading) that are read for a year. */
const OPENING_CHARS = 400;

export function findYear(input: {
  titleYear?: number;
  opening: string[];
  headings: Array<{ text: string; plan: boolean }>;
  date?: string;
}): Found {
  if (input.titleYear) return { value: input.titleYear, from: "title" };
  const opening = input.opening.join("").slice(0, OPENING_CHARS);
  const m = YEAR.exec(opening);
  if (m) return { value: Number(m[1]), from: "opening" };
  for (const h of input.headings) {
    const hm = YEAR.exec(h.text);
    if (hm) return { value: Number(hm[1]) - (h.plan ? 1 : 0), from: "heading" };
  }
  if (input.date) {
    const [y, month] = input.date.split("-").map(Number);
    return { value: month <= 2 ? y - 1 : y, from: "date" };
  }
  return {};
}

/**
 * "深圳市光明区城市管理和综合执法局关于" → "深圳市光明区城市管理和综合执法局";
 * "关于云溪县科技局" → "云溪县科技局"; "XX局关于报送" → "XX局"; a trailing 的 goes too.
 */
export function cleanOrganization(words: string): string | undefined {
  let org = words.replace(/[\s:：，,—-]+$/, "").trim();
  const about = org.indexOf("关于");
  if (about > 0) org = org.slice(0, about);
  else if (about === 0) org = org.slice(2);
  org = org.replace(/的$/, "").replace(/[\s:：，,—-]+$/, "").trim();
  return org || undefined;
}

/**
 * How a report's title ends: 工作总结, 工作计划, 工作打算, 思路, 要点, 报告…, optionally with a
 * short bracketed note after it ("（讨论稿）").
 */
const TITLE_END = /(?:总结|计划|打算|思路|要点|安排|报告|汇报)(?:[（(][^（）()]{1,12}[）)])?$/u;

/**
 * A line that reads as a report's title: no sentence punctuation, no ordinal marker, at
 * most 80 characters, ending as titles end ("某区发展和改革局2023年工作总结及2024年工作计划").
 * Used for the top lines only: a PDF copy must never join such a line to the body after it
 * (reflow.ts), a title printed on two lines is read as one (header.ts), and `--check` looks
 * for it in the rebuilt body (structure-check.ts).
 */
export function readsAsReportTitle(text: string): boolean {
  const t = text.replace(/[\s\u00a0\u3000]+/g, "");
  if (t.length < 6 || t.length > 80 || /[。，；：！？,;:!?]/.test(t) || leadingMarker(t)) return false;
  // "镇2023上半年工作开展情况": 情况 ends a title only when the year or the half is named before it.
  return TITLE_END.test(t) || (/情况$/.test(t) && namesPeriod(t));
}

/**
 * Whether a line names the year or the half a title is about: "2023年", "2023年度", "2023上半年"
 * (the year with no 年, as some titles write it), or a half after the organisation's words
 * ("XX镇上半年…", "…工作开展情况和下半年…": something stands before the half).
 */
export function namesPeriod(text: string): boolean {
  return /\d{4}\s*(?:年|上半年|下半年)/.test(text) || /^\S{2,}?(?:上半年|下半年)/.test(text);
}

/**
 * A line that says something rather than names it: a sentence ends inside it (。！？) or it
 * introduces what follows (ends in ： or ；). Never a title, however many title words it
 * holds: "今年以来，县民政局全面完成了年度各项工作任务。现将2023年工作总结如下：" is the
 * report's opening (header.ts reads titles more loosely than readsAsReportTitle, commas
 * allowed, but never such a line).
 */
export function readsAsSentence(text: string): boolean {
  const t = text.trim();
  return /[。！？!?]/.test(t) || /[：:；;]$/.test(t);
}

/**
 * What a copying site adds to a report's title: "2024年机关办公室工作总结(2篇)",
 * "…工作总结范文（通用5篇）", "…工作总结范文". Undefined when there is nothing to cut.
 */
export function siteTitleSuffix(title: string): string | undefined {
  const m = /(?:范文)?\s*[（(]\s*(?:通用|精选|优选|热门|推荐|最新)?\s*[\d一二三四五六七八九十]{1,3}\s*篇\s*[)）]\s*$|范文$/u.exec(title);
  return m && m.index > 0 ? m[0] : undefined;
}

/**
 * How many short lines of the page may stand above the report's title: a site's name, its
 * section, navigation ("无障碍 长者助手", "政府信息公开 规章库", "…办公厅政府信息公开").
 * header.ts looks for the title under at most these; reflow.ts and structure-check.ts look
 * as far down (TITLE_LINES: these and the title).
 */
export const PAGE_LINES = 4;
export const TITLE_LINES = PAGE_LINES + 1;

/** Whether line i of the top lines may be the title: within TITLE_LINES, under lines of the page only (none ends a sentence). */
export function atTitlePlace(lines: string[], i: number): boolean {
  return i < TITLE_LINES && lines.slice(0, i).every((l) => !/[。！？；]$/.test(l.trim()));
}

/** A plan alone ("XX局2024年工作要点"): no 总结 in the title, a plan word. */
export const isPlanOnlyTitle = (title: string) => !/总结|回顾|报告|情况/.test(title) && /计划|要点|打算|思路|安排/.test(title);

/** The half a "上半年" / "下半年" names; 半年 and 年中 (a mid-year report) are the first half. */
function halfOf(words: string | undefined): Period | undefined {
  if (!words) return undefined;
  return words === "下半年" ? "second-half" : "first-half";
}

/**
 * A title's school year or span of two years, after the organisation: "2023-2024学年度",
 * "2023—2024学年", "2023学年", "2023-2024年度" ([1] the words before, [2] the first year, [3] the second).
 */
export const SCHOOL_YEAR = /^((?:(?!\d{4}).)*?)(\d{4})\s*(?:[-－—–~～至到]\s*(\d{4})\s*(?:学年度?|年度|年)|学年度?)/u;

/**
 * "云溪县科学技术局2022年工作总结…", "关于XX局2023年上半年工作总结的报告" → organisation, year
 * and, for a half, the period. A plan alone for a second half ("2024年下半年工作要点")
 * follows the first half of its year.
 */
export function parseTitle(title: string): { organization?: string; year?: number; period?: Period; span?: string; halfUnsaid?: boolean } {
  // A school year or two years: "金东小学2023-2024学年度工作总结", "…2023学年…", "…2023-2024年度…".
  const y = SCHOOL_YEAR.exec(title);
  if (y) {
    const organization = cleanOrganization(y[1]);
    // Named by the year it begins in, as "2023学年" is; a plan alone is for it, so the data's year is the one before.
    const year = Number(y[2]) - (isPlanOnlyTitle(title) ? 1 : 0);
    return { year, ...(y[3] ? { span: y[0].slice(y[1].length).trim() } : {}), ...(organization ? { organization } : {}) };
  }
  // "2024年上半年", also "2023上半年" with no 年 after the year.
  const m = /^(.*?)(\d{4})\s*(?:年(?:度)?\s*(上半年|下半年|半年|年中)?|(上半年|下半年))/.exec(title);
  if (!m) {
    // No year in the title ("XX局工作总结"): the words before 工作… are the organisation; a
    // period word before them is none of it ("某县农业农村局半年度工作总结" → 某县农业农村局).
    const w = /^(.*?)(?:上半年度?|下半年度?|半年度?|年中|全年|年度)?(?:工作)?(?:总结|计划|要点|报告|打算|思路|安排|开展情况|完成情况|情况)/.exec(title);
    const organization = w ? cleanOrganization(w[1]) : undefined;
    // "XX局20XX年上半年工作总结…": the half is said even where the year is not.
    const half = isPlanOnlyTitle(title) ? undefined : halfOf(/(上半年|下半年)/.exec(title)?.[1]);
    // "…半年度工作总结": a half, but which one the title does not say (header.ts reads it from the text).
    const halfUnsaid = !half && !isPlanOnlyTitle(title) && /半年|年中/.test(title);
    return { ...(organization ? { organization } : {}), ...(half ? { period: half } : {}), ...(halfUnsaid ? { halfUnsaid } : {}) };
  }
  const organization = cleanOrganization(m[1]);
  const half = halfOf(m[3] ?? m[4]);
  if (isPlanOnlyTitle(title)) {
    // A plan alone ("XX局2024年工作要点") is for N+1: the data's year is the one before it;
    // a plan for a second half follows that year's first half.
    if (half === "second-half") return { year: Number(m[2]), period: "first-half", ...(organization ? { organization } : {}) };
    return { year: Number(m[2]) - 1, ...(organization ? { organization } : {}) };
  }
  return { year: Number(m[2]), ...(half ? { period: half } : {}), ...(organization ? { organization } : {}) };
}

/**
 * The period when the title does not say it: the opening's first year followed by a half
 * ("2024年上半年，我局…"), else a summary heading that opens with 上半年 or a plan heading
 * with 下半年 (a first half; 下半年 opening a summary heading: a second half).
 */
export function findPeriod(input: { opening: string[]; headings: Array<{ text: string; plan: boolean }> }): Period | undefined {
  const opening = /(20\d{2})\s*年\s*(上半年|下半年)?/.exec(input.opening.join("").slice(0, OPENING_CHARS));
  if (opening?.[2]) return halfOf(opening[2]);
  for (const h of input.headings) {
    const text = h.text.replace(/^[一二三四五六七八九十]+\s*[、．.]\s*/, "");
    if (h.plan && /^下半年/.test(text)) return "first-half";
    if (!h.plan && /^上半年/.test(text)) return "first-half";
    if (!h.plan && /^下半年/.test(text)) return "second-half";
  }
  return undefined;
}
