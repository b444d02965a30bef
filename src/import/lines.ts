/**
 * Plain text → paragraphs, and the web page's furniture taken out. A report copied
 * from a government website carries lines that are not the report: 发布时间, 信息来源,
 * 初审/复审/终审, 浏览次数, 【打印】【关闭】, breadcrumbs, the site's footer. They are
 * dropped here, but returned so the caller can list them: nothing vanishes unseen.
 */
import { isRealDate } from "../core/text.js";
import { leadingMarker, parseChineseNumber } from "./markers.js";
import { splitCollapsed } from "./reflow.js";
import { dropPdfSpaces, hasPdfSpacing, type ReaderResult, type SourceParagraph } from "./source.js";
import { linesWithTables } from "./text-tables.js";
import { atTitlePlace, readsAsReportTitle, TITLE_LINES } from "./year-organization.js";

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
  const split = raw.flatMap(splitCollapsed);
  // A PDF's copy: its spacing around numbers and placeholders goes (source.ts), once the spaces that stood for line breaks were cut at.
  const lines = hasPdfSpacing(text) ? split.map(dropPdfSpaces) : split;
  return { paragraphs: linesWithTables(joinTitleLines(lines), isFurniture).paragraphs, skipped: [], split: split.length - raw.length };
}

/** A piece of a title a PDF's text extraction broke up: short, no sentence punctuation, no ordinal marker. */
const titlePiece = (line: string) => {
  const t = line.trim();
  return t.length > 0 && t.length <= 24 && !/[。，；：！？,;:!?]/.test(t) && !leadingMarker(t);
};

/** The most lines one title is read from ("县农业农村局" / "2023" / "年工作总结和" / "2024" / "年工作思路"). */
const MAX_TITLE_PIECES = 8;

/**
 * A title a PDF's text extraction printed on several short lines, every number on a line of
 * its own: "县农业农村局" / "2023" / "年工作总结和" / "2024" / "年工作思路". Top lines (under
 * lines of the page only) that together read as a report's title, one of them a bare number
 * or opening with 年 (the break inside "2023年"), are joined into one line before anything
 * else reads them; the longest such run is taken. Other lines are left as they are.
 */
export function joinTitleLines(lines: string[]): string[] {
  const at = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0).slice(0, TITLE_LINES + MAX_TITLE_PIECES);
  const texts = at.map((i) => lines[i].trim());
  for (let s = 0; s < TITLE_LINES && s < texts.length; s++) {
    if (!atTitlePlace(texts, s)) break;
    let best = -1;
    for (let e = s + 1; e < texts.length && e - s < MAX_TITLE_PIECES && titlePiece(texts[e]) && titlePiece(texts[s]); e++) {
      const pieces = texts.slice(s, e + 1);
      if (pieces.some((t) => /^\d{1,4}$/.test(t) || /^年/.test(t)) && readsAsReportTitle(pieces.join(""))) best = e;
    }
    if (best < 0) continue;
    const drop = new Set(at.slice(s + 1, best + 1));
    return lines.flatMap((l, i) => (i === at[s] ? [texts.slice(s, best + 1).join("")] : drop.has(i) ? [] : [l]));
  }
  return lines;
}

const LABELS = [
  "发布时间", "发布日期", "发文日期", "更新时间", "成文日期", "时间", "日期",
  "信息来源", "文章来源", "来源", "作者", "撰稿", "供稿", "编辑", "责任编辑", "审核",
  "初审", "复审", "终审", "审签", "校对", "摄影",
  "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "点击次数", "访问次数", "访问量",
  "字号", "字体", "索引号", "发布机构", "发文机关", "主题分类", "信息类别", "公开方式", "公开范围", "公开时限", "文号",
  "组配分类", "体裁分类", "生成日期", "效力状态", "有效性", "标签", "点击率", "名称", "主题词", "关键词",
  "分享到", "分享", "当前位置", "您当前的位置", "您现在的位置", "您的位置", "所在位置",
  // A document site's block on the file: "文件名称:….docx", "文件大小:29.13 KB", "总页数:11 页".
  "文件名称", "文档名称", "文件大小", "文档大小", "文件格式", "文档格式", "总页数", "页数", "总字数", "字数",
  "上传时间", "上传者", "上传人", "贡献者", "下载次数", "下载量", "文档分类", "所属分类",
].sort((a, b) => b.length - a.length);

/** A page's date (and time) before its labels, unlabelled: "2024-01-15 来源：…", "2024年01月15日 10:30 浏览次数：…". */
const PAGE_DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*`;

/**
 * A line that opens with a furniture label and a colon: "发布时间：2022-12-30 来源：…", also
 * in a list ("• 发布时间:…", "- 时间:…") or as a row of the page's metadata table
 * ("索引号 | K16059504/2024-117342 |"), also after the page's date ("2024-01-15 来源：…").
 */
const LABELLED = new RegExp(`^(?:[•·▪●◆■*-]\\s*)?(?:${PAGE_DATE})?[【\\[（(]?(?:${LABELS.join("|")})[】\\]]?\\s*[:：|]`);
const DATED = new RegExp(`^(?:[•·▪●◆■*-]\\s*)?${PAGE_DATE}`);
/** "发布 2020-06-05 08:26:28 阅读 8498": the page's date after a label with no colon. */
const PUBLISHED_DATE = /^(?:发布于|发表于|更新于|发布|发表|更新)\s*\d{4}\s*[-/.年]/;

/**
 * The page's own date line, not the report's: with a time ("2025-02-28 14:50"), as a list
 * item ("• 2025-02-28 14:50"), or with the page's count of readers after it ("2024-04-04
 * 393", "2025-10-18人已围观"). A bare "2022-12-30" or "2022年12月30日" is left to header.ts:
 * at the end it is the report's date.
 */
const DAY = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const SEEN = "(?:人已围观|人围观|次浏览|次阅读|次点击|人阅读|阅读|浏览)";
const PUBLISHED = "(?:发布于|发表于|更新于|发布|发表|更新)";
const COUNTED = "(?:阅读量|阅读数|浏览量|浏览数|点击量|阅读|浏览|点击|围观)";
const PAGE_DATE_LINE = new RegExp(
  [
    String.raw`[•·▪●◆■*-]\s*${DAY}(?:\s*${CLOCK})?(?:\s+\d{1,9})?\s*${SEEN}?`,
    String.raw`${DAY}\s*${CLOCK}(?:\s+\d{1,9})?\s*${SEEN}?`,
    String.raw`${DAY}(?:\s*${CLOCK})?\s*\d{0,9}\s*${SEEN}`,
    String.raw`${DAY}\s+\d{1,9}`,
    // With its labels but no colons: "发布 2020-06-05 08:26:28 阅读 8498", "发表于 2024-01-15 浏览 120".
    String.raw`${PUBLISHED}\s*${DAY}(?:\s*${CLOCK})?(?:\s*${COUNTED}\s*[:：]?\s*\d{1,9}\s*次?)?`,
  ]
    .map((alt) => `^(?:${alt})$`)
    .join("|"),
);

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
  // A document site's block on the file ("基本信息", "文档摘要") and its word on it ("文档评论(0)", "1亿VIP精品文档").
  /^(?:基本信息|文档摘要|文档简介|内容简介|文档信息|文件信息|文档介绍|文档预览)\s*[:：]?$/,
  /^(?:文档评论|评论)\s*[（(]\s*\d+\s*[)）]$|^\d*亿?\s*VIP\s*精品文档$/i,  // A document site's buttons and top bar: "加入Vip免费下载 立即下载", "购物车", "我的足迹".
  /^(?:(?:加入\s*VIP\s*(?:免费)?下载|开通\s*VIP|VIP\s*免费下载|免费下载|立即下载|下载文档|下载本文档|在线预览|购物车|加入购物车|我的足迹|我的文档|我的下载|收藏文档)[\s\u3000|｜]*)+$/i,
];

/** A file's name standing alone ("2025年中心医院工作总结及2026年工作计划.docx"): a document site's, not the report's text. */
const FILE_NAME = /^(?:(?:文件名称|文档名称)\s*[:：]\s*)?([^。！？!?：:]{2,80}?)\s*\.(?:docx?|wps|pdf|txt|pptx?|xlsx?)$/i;

/** The report's title a file name gives ("文件名称:2025年眼科工作总结暨工作计划.docx" → 2025年眼科工作总结暨工作计划), if the line is one. */
export function fileNameTitle(line: string): string | undefined {
  return FILE_NAME.exec(line.trim())?.[1].trim();
}

/** The words of a site's navigation bar, however its cells are spaced or barred: "智能问答 | 无障碍浏览 | 长者专区 | ENGLISH". */
const NAV_WORDS = new Set([
  "首页", "网站首页", "智能问答", "无障碍", "无障碍浏览", "无障碍阅读", "长者专区", "长者模式", "长者助手", "关怀版", "适老化", "ENGLISH", "English", "EN",
  "繁体", "繁體", "简体", "简体版", "繁体版", "登录", "注册", "个人登录", "法人登录", "网站地图", "移动版", "手机版", "微信", "微博", "政务微博", "政务微信",
  "我的收藏", "收藏", "设为首页", "加入收藏", "联系我们", "邮箱", "政务邮箱", "智能客服", "搜索", "站内搜索",
]);

/** A line of two or more cells, each short and none a figure, at least two of them words of a navigation bar. */
export function isNavigationBar(line: string): boolean {
  const cells = line.split(/[\s\u3000|｜]+/).filter(Boolean);
  if (cells.length < 2 || cells.some((c) => c.length > 10 || /\d|[。，；：！？,;:]/.test(c))) return false;
  return cells.filter((c) => NAV_WORDS.has(c)).length >= 2;
}

/**
 * Where a document site's list after the text begins ("您可能关注的文档", "相关文档"): from
 * there to the end the page is the site's, not the report's.
 */
const TAIL_MARKER = /^(?:您可能关注的文档|您可能感兴趣的文档|相关文档|相关推荐|相关资源|猜你喜欢|热门文档|推荐文档|最新文档|相关搜索|相关文档推荐)\s*[:：]?$/;

/** Furniture lines are short; a long line that happens to start with "时间：" is report text. */
const MAX_FURNITURE = 120;

export function isFurniture(line: string): boolean {
  // Borders of the page's layout table around it ("… | |||||") do not count.
  const text = line.replace(/[\s|｜]+$/, "").trim();
  if (!text) return /[|｜]/.test(line);
  if (text.length > MAX_FURNITURE) return false;
  return LABELLED.test(text) || PAGE_DATE_LINE.test(text) || FILE_NAME.test(text) || isNavigationBar(text) || CHROME.some((re) => re.test(text));
}

/** "发布时间：2022-12-30 10:12" → "2022-12-30" (when the line carries a date label). */
export function furnitureDate(text: string): string | undefined {
  // A date label, or the page's date standing before its other labels (a furniture line).
  if (!/(?:发布|发文|成文|更新)?(?:时间|日期)/.test(text) && !DATED.test(text) && !PUBLISHED_DATE.test(text)) return undefined;
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
  /** The title a file name among the furniture gives ("文件名称:….docx"), for a page with no title line of its own. */
  fileTitle?: string;
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

/** The page's foot: a lone dot among its last lines is a list's, not the text's. */
const FOOT_LINES = 4;

/** A line holding only a middle dot or bullet: "•", "·", "・". */
const LONE_DOT = /^[•·・‧∙⋅]$/u;

/**
 * A lone middle dot between two lines of a PDF copy's text, inside a sentence: the text's
 * ("东尽山海" / "•" / "牧心蓝湾"), joined to both with no space. Not at the top (the page's lines and the
 * title), not at the end, not after a sentence end nor before a numbered line or a line of furniture.
 */
function joinsText(kept: SourceParagraph[], p: SourceParagraph, next: SourceParagraph | undefined): boolean {
  const prev = kept[kept.length - 1];
  if (!LONE_DOT.test(p.text.trim()) || !prev || !next || kept.length < TITLE_LINES) return false;
  const plain = (q: SourceParagraph) => !q.table && !q.heading && !q.title && !q.list && q.text.trim() !== "";
  if (!plain(prev) || !plain(next) || isFurniture(next.text) || leadingMarker(next.text.trim())) return false;
  return !/[。！？；：:!?;]$/.test(prev.text.trim()) && /^[\p{Script=Han}“‘《（(\w]/u.test(next.text.trim());
}

export function dropFurniture(paragraphs: SourceParagraph[]): WithoutFurniture {
  const kept: SourceParagraph[] = [];
  const furniture: string[] = [];
  let published: string | undefined;
  let fileTitle: string | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // A document site's list after the text: the rest of the page is the site's.
    if (kept.length && !p.title && !p.heading && TAIL_MARKER.test(p.text.trim())) {
      furniture.push(...paragraphs.slice(i).map((q) => q.text).filter((t) => t.trim()));
      break;
    }
    const piece = p.title || p.heading ? undefined : pieceNumber(p.text);
    // "篇1" opens the page's first report: a marker, dropped; "篇2" opens another report,
    // which is left out (said in a note: it is imported on its own).
    if (piece === 1) {
      furniture.push(p.text);
      continue;
    }
    if (piece !== undefined && piece > 1 && kept.length) return { paragraphs: kept, furniture, published, ...(fileTitle ? { fileTitle } : {}), rest: { from: p.text, paragraphs: paragraphs.length - i } };
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
    // "“百年灯塔" / "•" / "蓝海牧场岛村记忆之旅”": a PDF's middle dot between two names, on a line of its own.
    const next = paragraphs[i + 1];
    if (i + FOOT_LINES < paragraphs.length && joinsText(kept, p, next)) {
      const prev = kept[kept.length - 1];
      kept[kept.length - 1] = { ...prev, text: prev.text.trimEnd() + p.text.trim() + next!.text.trim() };
      i += 1;
      continue;
    }
    furniture.push(p.text);
    published ??= furnitureDate(p.text);
    fileTitle ??= fileNameTitle(p.text);
  }
  return { paragraphs: kept, furniture, published, ...(fileTitle ? { fileTitle } : {}) };
}
