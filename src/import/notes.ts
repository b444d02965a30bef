/**
 * What the importer tells the user: decisions it made (notes) and text it could not
 * place (unplaced). Both go to stderr and into the YAML file as comments, in the
 * user's language; nothing is dropped without a word.
 */
import type { Lang } from "../core/lang.js";

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const NOTES = {
  encoding: { en: (p) => `decoded as ${p.encoding} (not UTF-8)`, zh: (p) => `按 ${p.encoding} 编码读取（不是 UTF-8）` },
  furniture: { en: (p) => `dropped web page line: ${p.text}`, zh: (p) => `已删除网页信息行：${p.text}` },
  "title-again": { en: (p) => `dropped the title printed again: ${p.text}`, zh: (p) => `已删除重复出现的标题：${p.text}` },
  "no-title": { en: () => "no title line found: the default title will be used", zh: () => "未找到标题行，将使用默认标题" },
  "title-composed": {
    en: (p) => `no title line found; the text is a 政府信息公开 annual report, so its title was composed as the format has it: ${p.title}`,
    zh: (p) => `未找到标题行；正文是政府信息公开工作年度报告，按其格式拟定标题：${p.title}`,
  },
  "half-assumed": {
    en: () => "the title says 半年 but not which half, and neither the text nor the date does: taken as the first half (period: first-half); set period: second-half if it is",
    zh: () => "标题只说“半年”，未说明上半年还是下半年，正文和日期也无从判断：按上半年处理（period: first-half），如为下半年请改为 second-half",
  },
  "no-organization": { en: () => "organisation not found in the title or signature: fill in `organization`", zh: () => "未能从标题或落款识别单位名称，请填写 organization" },
  "organization-from-opening": {
    en: (p) => `no organisation in the title or signature: ${p.organization} taken from the opening`,
    zh: (p) => `标题和落款中没有单位名称：按开头取“${p.organization}”`,
  },
  "no-year": {
    en: () => "no year found in the title, the opening, the headings or the date: fill in `year` (left out, so the data does not validate yet)",
    zh: () => "标题、开头、各部分标题和落款日期中都没有年度：请填写 year（暂缺，数据暂不能通过校验）",
  },
  "year-from": {
    en: (p) => `no year in the title: ${p.year} taken from the ${({ opening: "opening", heading: "part headings", date: "closing date" } as Record<string, string>)[p.from]}`,
    zh: (p) => `标题中没有年度：按${({ opening: "开头", heading: "部分标题", date: "落款日期" } as Record<string, string>)[p.from]}取 ${p.year} 年`,
  },
  "half-year": {
    en: (p) => `a half-year report (period: ${p.half}): build, new and diff look for it as data/${p.stem}.yaml`,
    zh: (p) => `这是${p.half === "first-half" ? "上" : "下"}半年报告（period: ${p.half}）：build、new、diff 按 data/${p.stem}.yaml 查找它`,
  },
  "published-ignored": {
    en: (p) => `the web page's publication date ${p.date} was not taken as the report's date`,
    zh: (p) => `网页的发布时间 ${p.date} 不作为报告的成文日期`,
  },
  "no-sections": { en: () => "no numbered part headings (一、二、…) found: all text was put in the summary", zh: () => "未找到“一、二、”等部分标题，全部文字放入了工作总结部分" },
  "moved-heading": {
    en: (p) => `heading "${p.heading}" reads like ${p.wanted} but was placed as ${p.part} to keep the order`,
    zh: (p) => `标题“${p.heading}”像是${p.wanted}部分，为保持顺序放在${p.part}部分`,
  },
  "merged-section": {
    en: (p) => `top-level heading "${p.heading}" names work, not a part (or no part is left for it): a topic of ${p.part}`,
    zh: (p) => `一级标题“${p.heading}”是具体工作而非报告的某一部分（或已无对应部分）：作为${p.part}部分的事项`,
  },
  "part-named-again": {
    en: (p) => `top-level heading "${p.heading}" names ${p.part} again, after "${p.first}": a part prints once, so it is a topic of that part`,
    zh: (p) => `一级标题“${p.heading}”与前面的“${p.first}”同属${p.part}部分：每部分只印一次，作为该部分的事项`,
  },
  "second-reading": {
    en: (p) => `top-level heading "${p.heading}" names ${p.wanted} again, but also results: → ${p.part}`,
    zh: (p) => `一级标题“${p.heading}”与前面同属${p.wanted}部分，但讲的是成效：→ ${p.part}部分`,
  },
  "parts-order": {
    en: (p) => `the parts come in another order than the usual one: \`parts: [${p.parts}]\` keeps the document's order and numbering`,
    zh: (p) => `各部分的顺序与通常顺序不同：已写入 parts: [${p.parts}]，按原文顺序排列和编号`,
  },
  "part-heading": {
    en: (p) => `top-level heading "${p.heading}" → ${p.part}`,
    zh: (p) => `一级标题“${p.heading}”→ ${p.part}部分`,
  },
  "missing-part": {
    en: (p) => `the report has no ${p.part} part: left empty and out of \`parts:\`, so nothing is printed for it (add it there when you write it)`,
    zh: (p) => `原文没有${p.part}部分：已留空，且不列入 parts，生成时不印该部分（补写后请加入 parts）`,
  },
  "too-deep": {
    en: (p) => `${p.count} paragraph(s) numbered deeper than four levels in ${p.part} kept as body text`,
    zh: (p) => `${p.part}部分有 ${p.count} 段超过四级编号，作为正文保留`,
  },
  "moved-to-intro": {
    en: (p) => `"${p.text}" moved to the plan's intro (targets cannot hold it)`,
    zh: (p) => `“${p.text}”移入计划部分导语（目标任务中放不下）`,
  },
  "metrics-table": {
    en: (p) => `key-figures table read as ${p.count} metrics: their ids (metric_1 …) are placeholders, give them stable names`,
    zh: (p) => `主要指标表已读作 ${p.count} 项 metrics：id（metric_1 …）为占位名，请改为稳定的名称`,
  },
  "reflow-split": {
    en: (p) => `lines that held several paragraphs were split in ${p.count} place(s): before ordinal markers that follow a sentence end, after a title or heading run into the text, or at spaces that stood for line breaks`,
    zh: (p) => `原文有的行含多段文字，已分段 ${p.count} 处：在句末之后的序号前、连在正文前的标题之后，或代替换行的空格处`,
  },
  "reflow-joined": {
    en: (p) => `${p.count} line break(s) inside sentences (a PDF copy) joined`,
    zh: (p) => `合并了句子中间的换行 ${p.count} 处（从 PDF 复制的文字）`,
  },
  "phrase-space": {
    en: (p) => `${p.count} space(s) between two Chinese phrases of a heading, a title or a quoted slogan (first: "${p.text}") kept as a full-width space (U+3000); other spaces between Chinese characters (a PDF's spacing) were removed`,
    zh: (p) => `标题或引号内两个短语之间的空格 ${p.count} 处（首处：“${p.text}”）保留为全角空格（U+3000）；汉字之间的其他空格（PDF 排版留下的）已删除`,
  },
  "table-kept": {
    en: (p) => `a table of ${p.rows} rows (${p.header}) is not the key-figures table and has no place in the data: its rows are kept as comments at the end`,
    zh: (p) => `表格（${p.header}，共 ${p.rows} 行）不是主要指标表，数据中没有对应位置：各行以注释保留在文件末尾`,
  },
  "metrics-year-columns": {
    en: (p) => `key-figures table: column ${p.value} read as each metric's value, ${p.previous} as its \`previous\` (last year)`,
    zh: (p) => `主要指标表：“${p.value}”列读作各指标的 value，“${p.previous}”列读作 previous（上年）`,
  },
  "metrics-note-column": {
    en: (p) => `key-figures table: column ${p.column} read as the metrics' \`note\` (the build prints it below the table: 注：…)`,
    zh: (p) => `主要指标表：“${p.column}”列读作各指标的 note（生成时印在表下“注：…”）`,
  },
  "metrics-column-computed": {
    en: (p) => `key-figures table: column ${p.column} agrees with what \`report build\` computes from value and ${p.from}: not kept, the build computes it`,
    zh: (p) => `主要指标表：“${p.column}”列与由 value 和 ${p.from} 计算的结果一致，不再保留，生成时自动计算`,
  },
  "metrics-column-differs": {
    en: (p) => `key-figures table: column ${p.column} is not what \`report build\` computes from value and ${p.from} (${p.rows}): kept as comments at the end`,
    zh: (p) => `主要指标表：“${p.column}”列与由 value 和 ${p.from} 计算的结果不一致（${p.rows}）：以注释保留在文件末尾`,
  },
  "metrics-column-kept": {
    en: (p) => `key-figures table: column ${p.column} is no metric field: kept as comments at the end`,
    zh: (p) => `主要指标表：“${p.column}”列没有对应的指标字段：以注释保留在文件末尾`,
  },
  "metrics-cells-kept": {
    en: (p) => `key-figures table: cells of column ${p.column} that are not numbers (${p.cells}): the column is kept as comments at the end`,
    zh: (p) => `主要指标表：“${p.column}”列有非数字的单元格（${p.cells}）：该列以注释保留在文件末尾`,
  },
  "metrics-unit-from-label": {
    en: (p) => `key-figures table: no unit in a 单位 column: each unit read from the label's brackets (${p.rows}), the label kept without them`,
    zh: (p) => `主要指标表：没有“单位”列，单位按指标名称末尾括号读取（${p.rows}），名称中不再保留括号`,
  },
  "metrics-unit-from-cells": {
    en: (p) => `key-figures table: no unit in a 单位 column: each unit read from the end of the row's figures (${p.rows})`,
    zh: (p) => `主要指标表：没有“单位”列，单位按数字后的单位读取（${p.rows}）`,
  },
  "metrics-no-unit": {
    en: (p) => `key-figures table: no unit for ${p.labels} (no 单位 column, none in the label or after the figures): \`unit\` left empty, fill it in`,
    zh: (p) => `主要指标表：${p.labels}没有单位（无“单位”列，名称和数字中也没有）：unit 暂为空，请填写`,
  },
  "metrics-rows-kept": {
    en: (p) => `key-figures table: rows whose ${p.column} is not a number in the row's unit (${p.rows}) are no metrics: kept as comments at the end`,
    zh: (p) => `主要指标表：“${p.column}”不是数字（或单位不一致）的行（${p.rows}）未读作指标：以注释保留在文件末尾`,
  },
  "title-site-suffix": {
    en: (p) => `"${p.suffix}" after the title is the copying site's, not the report's: dropped`,
    zh: (p) => `标题后的“${p.suffix}”是转载网站加的，不属于报告标题：已删除`,
  },
  "more-reports": {
    en: (p) => `the page holds more than one report: the first was imported; the rest, from "${p.from}" on (${p.paragraphs} paragraphs), was left out — save it as a file of its own to import it`,
    zh: (p) => `原文包含不止一篇报告：只导入了第一篇；从“${p.from}”起的其余部分（共 ${p.paragraphs} 段）未导入，如需要请另存为单独的文件导入`,
  },
  "page-numbers": {
    en: (p) => `${p.count} page numbers of a document site ("1、" "2、" at the head of its pages, which cut sentences) dropped, and the pages cut inside a sentence joined`,
    zh: (p) => `删除了文档网站的页码 ${p.count} 处（各页开头的“1、”“2、”，在句子中间分页），并把句中分开的页重新连接`,
  },
  "title-from-file-name": {
    en: (p) => `no title line: the title "${p.title}" taken from the document site's file name`,
    zh: (p) => `没有标题行：按文档网站的文件名取标题“${p.title}”`,
  },
  "year-span": {
    en: (p) => `the title names the school year (or years) ${p.span}: read as year ${p.year}, the year it begins in (as "${p.year}学年" names it); change \`year\` if you count it otherwise`,
    zh: (p) => `标题写的是学年（或跨年度）“${p.span}”：按起始年份读作 ${p.year} 年（即“${p.year}学年”）；如另有算法请修改 year`,
  },
  "organization-generic": {
    en: (p) => `the title names the organisation only as "${p.organization}" (a copying site may have removed the name): not taken, fill in \`organization\` (and the title)`,
    zh: (p) => `标题中的单位只有“${p.organization}”（可能被转载网站删去了名称）：未采用，请填写 organization（并核对标题）`,
  },
  "organization-from-first-section": {
    en: (p) => `no organisation in the title, the signature or the opening: ${p.organization} taken from the first section's text`,
    zh: (p) => `标题、落款和开头中没有单位名称：按第一部分的正文取“${p.organization}”`,
  },
  "reader-warning": { en: (p) => `Word reader: ${p.text}`, zh: (p) => `Word 读取提示：${p.text}` },
} satisfies Record<string, { en: Template; zh: Template }>;

export type NoteCode = keyof typeof NOTES;

export interface Note {
  code: NoteCode;
  params: Params;
}

const PART_NAMES: Record<string, { en: string; zh: string }> = {
  summary: { en: "summary", zh: "工作开展情况（summary）" },
  highlights: { en: "highlights", zh: "成效亮点（highlights）" },
  problems: { en: "problems", zh: "问题不足（problems）" },
  outlook: { en: "outlook", zh: "形势分析（outlook）" },
  plan: { en: "plan", zh: "工作计划（plan）" },
};

export function noteText(note: Note, lang: Lang): string {
  const params = Object.fromEntries(
    Object.entries(note.params).map(([k, v]) => [k, (k === "part" || k === "wanted") && PART_NAMES[v] ? PART_NAMES[v][lang] : v]),
  );
  return NOTES[note.code][lang](params);
}

export const UNPLACED_HEADER = {
  en: "Text that could not be placed (kept here as comments; move it into the data or delete it):",
  zh: "未能归入数据的文字（以注释保留，请移入相应位置或删除）：",
} as const;
