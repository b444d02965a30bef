/**
 * The frame around the body: the title at the top (with the organisation and the year
 * in it: "<单位><N>年…总结…<N+1>年…计划"), the signature and date at the bottom, and
 * what follows the date (attachments, page footers), which has no place in the data.
 */
import { isoDate } from "./lines.js";
import { leadingMarker, parseChineseNumber } from "./markers.js";
import type { SourceParagraph } from "./source.js";
import type { Period } from "../core/period.js";
import { parseTitle } from "./year-organization.js";

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
  /** Paragraphs after the closing date: nowhere to put them. */
  after: string[];
}

const TITLE_WORDS = /总结|计划|打算|报告|要点|情况/;

function looksLikeTitle(p: SourceParagraph): boolean {
  if (p.title) return true;
  const t = p.text;
  if (t.length > 80 || /[。；]$/.test(t) || leadingMarker(t) || !TITLE_WORDS.test(t)) return false;
  // With a year, or a short "XX局工作总结" with none (the year is then read from the text).
  return /\d{4}\s*年|年度/.test(t) || (t.length <= 40 && !/[。，；]/.test(t) && /工作(?:总结|计划|要点)/.test(t));
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

export function splitFrame(paragraphs: SourceParagraph[]): Frame {
  const frame: Frame = { body: [], after: [] };
  let start = 0;
  // The title may be wrapped over two lines ("云溪县科学技术局" / "2022年工作总结及2023年工作计划").
  if (paragraphs[0] && looksLikeTitle(paragraphs[0])) {
    frame.title = paragraphs[0].text;
    start = 1;
  } else if (paragraphs[1] && looksLikeOrganization(paragraphs[0].text) && looksLikeTitle(paragraphs[1]) && !/\d{4}\s*年/.test(paragraphs[0].text)) {
    frame.title = paragraphs[0].text + paragraphs[1].text;
    start = 2;
  }
  if (frame.title) Object.assign(frame, parseTitle(frame.title));
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
  return frame;
}
