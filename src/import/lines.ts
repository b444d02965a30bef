/**
 * Plain text → paragraphs, and the web page's furniture taken out. A report copied
 * from a government website carries lines that are not the report: 发布时间, 信息来源,
 * 初审/复审/终审, 浏览次数, 【打印】【关闭】, breadcrumbs, the site's footer. They are
 * dropped here, but returned so the caller can list them: nothing vanishes unseen.
 */
import { isRealDate } from "../core/text.js";
import { parseChineseNumber } from "./markers.js";
import { splitCollapsed } from "./reflow.js";
import type { ReaderResult, SourceParagraph } from "./source.js";
import { linesWithTables } from "./text-tables.js";

/**
 * One paragraph per non-blank line: web text and Notepad files put one paragraph on a
 * line; lines that form a table copied as text become one table (text-tables.ts).
 */
export function textParagraphs(text: string): SourceParagraph[] {
  return readText(text).paragraphs;
}

/** The .txt reader: its paragraphs, and how many it cut out of lines that held several (reflow.ts). */
export function readText(text: string): ReaderResult {
  const raw = text.split(/\r\n?|\n|\u2028|\u2029/);
  const lines = raw.flatMap(splitCollapsed);
  return { paragraphs: linesWithTables(lines, isFurniture).paragraphs, skipped: [], split: lines.length - raw.length };
}

const LABELS = [
  "发布时间", "发布日期", "发文日期", "更新时间", "成文日期", "时间", "日期",
  "信息来源", "文章来源", "来源", "作者", "撰稿", "供稿", "编辑", "责任编辑", "审核",
  "初审", "复审", "终审", "审签", "校对", "摄影",
  "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "点击次数", "访问次数", "访问量",
  "字号", "字体", "索引号", "发布机构", "发文机关", "主题分类", "信息类别", "公开方式", "公开范围", "公开时限", "文号",
  "组配分类", "体裁分类", "生成日期", "效力状态", "有效性", "标签", "点击率", "名称", "主题词", "关键词",
  "分享到", "分享", "当前位置", "您当前的位置", "您现在的位置", "您的位置", "所在位置",
].sort((a, b) => b.length - a.length);

/** A page's date (and time) before its labels, unlabelled: "2024-01-15 来源：…", "2024年01月15日 10:30 浏览次数：…". */
const PAGE_DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*`;

/**
 * A line that opens with a furniture label and a colon: "发布时间：2022-12-30 来源：…", also
 * in a list ("• 发布时间:…", "- 时间:…") or as a row of the page's metadata table
 * ("索引号 | K16059504/2024-117342 |"), also after the page's date ("2024-01-15 来源：…").
 */
const LABELLED = new RegExp(`^(?:[•·▪●◆■*-]\\s*)?(?:${PAGE_DATE})?[【\\[（(]?(?:${LABELS.join("|")})[】\\]]?\\s*[:：|]`);
const DATED = new RegExp(`^${PAGE_DATE}`);

/** Whole lines that are page chrome, not report text. */
const CHROME = [
  /^(?:[【\[]\s*(?:打印|打印本页|打印此页|关闭|关闭窗口|收藏|返回|返回顶部|字体\s*[:：]?\s*大\s*中\s*小|大|中|小|[A-Z]+\+?|[A-Z]-)\s*[】\]]\s*)+$/,
  /^(?:[【\[]?\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|加入收藏|我的收藏|收藏|设为首页|网站地图|联系我们|无障碍|长者模式|长者助手|关怀版|适老化)\s*[】\]]?\s*)+$/,
  // The same buttons with a font-size button cut off at the line's end: "【打印】 【字体:".
  /^(?:[【\[]\s*(?:打印|关闭|收藏|返回)\s*[】\]]\s*)+[【\[]\s*(?:字体|字号)\s*[:：]?[^】\]]{0,8}[】\]]?$/,
  /^(?:相关链接|相关文章|相关阅读|相关新闻|附件下载)[:：]?$/,
  /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]/,
  /^扫一扫/,
  // A line of table borders or list bullets with nothing in it: "||||||", "• |".
  /^[|｜•·▪●\s]+$/,
  // The site's word on the document, not the document: "文件已失效".
  /^(?:本?文件)?已(?:失效|废止)$/,
  // Markup left by a copy from the page's source, and a 范文 site's 【概述】/【正文】 labels.
  /^<\/?[a-zA-Z][^>]*>$/,
  /^【(?:概述|正文|导读|全文)】$/,
  // A 范文 or document site's label and its word on the file: "【医院年度工作总结范文】",
  // "《…docx》由会员分享，可在线阅读，更多相关《…》请在课桌文档上搜索。".
  /^【[^【】]{2,30}范文[^【】]{0,10}】$/,
  /由会员分享|请在.{1,12}上搜索。?$|(?:可在线阅读|免费在线阅读)[，,]\s*更多相关/,
  // The site's name above the article: "临川县人民政府门户网站".
  /^.{2,24}(?:门户网站|政府网站|政务网|信息网|公众网|网站)$/,
  /^首页\s*[>＞»›]/,
  /[>＞»›]\s*(?:正文|详情|内容)$/,
  /^版权所有/,
  /^(?:主办单位|承办单位|主办|承办|技术支持|网站标识码|政府网站标识码)\s*[:：]/,
  /ICP备|公网安备|网安备/,
  /^(?:字号|字体)\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小/,
];

/** Furniture lines are short; a long line that happens to start with "时间：" is report text. */
const MAX_FURNITURE = 120;

export function isFurniture(line: string): boolean {
  // Borders of the page's layout table around it ("… | |||||") do not count.
  const text = line.replace(/[\s|｜]+$/, "").trim();
  if (!text) return /[|｜]/.test(line);
  if (text.length > MAX_FURNITURE) return false;
  return LABELLED.test(text) || CHROME.some((re) => re.test(text));
}

/** "发布时间：2022-12-30 10:12" → "2022-12-30" (when the line carries a date label). */
export function furnitureDate(text: string): string | undefined {
  // A date label, or the page's date standing before its other labels (a furniture line).
  if (!/(?:发布|发文|成文|更新)?(?:时间|日期)/.test(text) && !DATED.test(text)) return undefined;
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  return m ? isoDate(m[1], m[2], m[3]) : undefined;
}

export function isoDate(y: string | number, m: string | number, d: string | number): string | undefined {
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isRealDate(iso) ? iso : undefined;
}

export interface WithoutFurniture {
  paragraphs: SourceParagraph[];
  furniture: string[];
  /** The first date a furniture line gave (发布时间), if any. */
  published?: string;
  /** A 范文 page with several reports ("篇1" … "篇2" …): the second's marker line and how many paragraphs, from it on, were left out. */
  rest?: { from: string; paragraphs: number };
}

/** A 范文 site's label run into the report's first line: "【医院年度工作总结范文】2024年，…". */
const SITE_LABEL = /^【[^【】]{2,30}范文[^【】]{0,10}】(?=\S)/u;

/** A 范文 page's marker of one of its reports: "篇1", "篇二", "第2篇", "篇1：". */
const PIECE = /^(?:篇\s*([\d一二三四五六七八九十]{1,3})|第\s*([\d一二三四五六七八九十]{1,3})\s*篇)\s*[:：.、]?$/u;

function pieceNumber(text: string): number | undefined {
  const m = PIECE.exec(text.trim());
  if (!m) return undefined;
  const raw = m[1] ?? m[2];
  return /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
}

export function dropFurniture(paragraphs: SourceParagraph[]): WithoutFurniture {
  const kept: SourceParagraph[] = [];
  const furniture: string[] = [];
  let published: string | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const piece = p.title || p.heading ? undefined : pieceNumber(p.text);
    // "篇1" opens the page's first report: a marker, dropped; "篇2" opens another report,
    // which is left out (said in a note: it is imported on its own).
    if (piece === 1) {
      furniture.push(p.text);
      continue;
    }
    if (piece !== undefined && piece > 1 && kept.length) return { paragraphs: kept, furniture, published, rest: { from: p.text, paragraphs: paragraphs.length - i } };
    const label = p.title || p.heading ? null : SITE_LABEL.exec(p.text);
    if (label) {
      furniture.push(label[0]);
      kept.push({ ...p, text: p.text.slice(label[0].length).trim() });
      continue;
    }
    if (p.title || p.heading || !isFurniture(p.text)) {
      kept.push(p);
      continue;
    }
    furniture.push(p.text);
    published ??= furnitureDate(p.text);
  }
  return { paragraphs: kept, furniture, published };
}
