/** Messages of `report import --into`, in both languages. */
import { inLang, type Lang } from "../core/lang.js";
import type { Counts, Ignored, Unplaced } from "../import/into/index.js";

const M = {
  badChanges: {
    en: (v: string) => `--changes must be accept or reject, not "${v}"`,
    zh: (v: string) => `--changes 只能是 accept 或 reject，不能是“${v}”`,
  },
  notWithInto: {
    en: (flag: string) => `${flag} cannot be used with --into`,
    zh: (flag: string) => `${flag} 不能与 --into 同用`,
  },
  intoDocxOnly: {
    en: "--into reads a .docx built by `report build` (and edited in Word or WPS)",
    zh: "--into 只读取由 report build 生成（再经 Word 或 WPS 修改）的 .docx 文件",
  },
  dataInvalid: {
    en: (f: string) => `${f} does not validate: fix it first (report validate), then import into it`,
    zh: (f: string) => `${f} 未通过校验：请先修正（report validate），再导入`,
  },
  tracked: {
    en: (ins: number, del: number, mode: string) => `tracked changes: ${ins} insertion(s), ${del} deletion(s) — ${mode === "accept" ? "accepted" : "rejected"}`,
    zh: (ins: number, del: number, mode: string) => `修订：插入 ${ins} 处，删除 ${del} 处——均已${mode === "accept" ? "接受" : "拒绝"}`,
  },
  edits: { en: (n: number) => `${n} edit(s) to the data`, zh: (n: number) => `数据改动 ${n} 处` },
  applied: {
    en: (c: Counts & { textEdits: number; figures: number }) =>
      `applied: ${c.textEdits} text edit(s), ${c.figures} figure(s); paragraphs +${c.paragraphsAdded} −${c.paragraphsRemoved}; points +${c.pointsAdded} −${c.pointsRemoved}; topics +${c.topicsAdded} −${c.topicsRemoved}, ${c.topicsMoved} moved`,
    zh: (c: Counts & { textEdits: number; figures: number }) =>
      `已应用：文字修改 ${c.textEdits} 处，数字 ${c.figures} 处；段落增 ${c.paragraphsAdded} 删 ${c.paragraphsRemoved}；分项增 ${c.pointsAdded} 删 ${c.pointsRemoved}；事项增 ${c.topicsAdded} 删 ${c.topicsRemoved}，移动 ${c.topicsMoved}`,
  },
  nothing: {
    en: (f: string) => `nothing to change: ${f} already says what the document says`,
    zh: (f: string) => `无需改动：${f} 与文档内容一致`,
  },
  note: { en: "note", zh: "提示" },
  placed: {
    en: (via: string, path: string) => `its bookmark is gone: placed at ${path} by ${via === "ordinal" ? "its ordinal path" : "text similarity"}`,
    zh: (via: string, path: string) => `书签已丢失：按${via === "ordinal" ? "序号位置" : "文字相似度"}归位到 ${path}`,
  },
  comment: { en: "comment", zh: "批注" },
  commentLine: {
    en: (author: string, date: string, where: string, on: string, text: string) => `${author || "(no author)"}, ${date || "(no date)"}${where ? `, at ${where}` : ""}, on “${on}”: ${text}`,
    zh: (author: string, date: string, where: string, on: string, text: string) => `${author || "（无作者）"}，${date || "（无日期）"}${where ? `，位于 ${where}` : ""}，针对“${on}”：${text}`,
  },
  unplacedLabel: { en: "could not place", zh: "无法归位" },
  notWritten: {
    en: (f: string) => `${f} left unchanged: some edits could not be placed (--force writes the others and keeps these as comments at the end)`,
    zh: (f: string) => `${f} 未改动：部分修改无法归位（加 --force 可写入其余修改，并把这些文字作为注释附在文件末尾）`,
  },
  wrote: { en: (f: string) => `updated ${f}`, zh: (f: string) => `已更新 ${f}` },
  resultInvalid: {
    en: (f: string) => `${f} left unchanged: with these edits it would not validate (the problems above); edit the document or the data by hand`,
    zh: (f: string) => `${f} 未改动：写入这些修改后数据将无法通过校验（见上方问题）；请修改文档或手动修改数据`,
  },
  forcedComment: { en: "report import --into could not place", zh: "report import --into 无法归位" },
};

const IGNORED: Record<Ignored["kind"], { en: string; zh: string }> = {
  ordinal: { en: "a changed ordinal is left alone (the tool numbers everything)", zh: "序号由工具自动编排，改动的序号未导入" },
  "part-heading": { en: "a changed part heading is left alone (set `heading:` in the data)", zh: "部分标题由工具生成，未导入（如需改动请在数据中设置 heading）" },
  "generated-heading": { en: "a changed generated heading is left alone", zh: "自动生成的标题改动未导入" },
  "generated-title": { en: "the title is generated: set `title:` in the data to change it", zh: "标题由工具生成，未导入（如需改动请在数据中设置 title）" },
};

const UNPLACED: Record<Unplaced["reason"], { en: string; zh: string }> = {
  outside: { en: "a changed paragraph outside every part and topic", zh: "改动的段落不在任何部分或事项之内" },
  removed: { en: "a paragraph outside every topic was deleted", zh: "事项之外的段落被删除" },
  paragraphs: { en: "paragraphs were added or deleted where they cannot be read (a heading deleted, the 目标任务)", zh: "增删段落后无法识别（标题被删除，或位于目标任务中）" },
  points: { en: "the points' markers (一是…) are no longer all there, in order", zh: "分项标记（一是……）不全或顺序已变" },
  "run-in": { en: "the run-in title no longer ends with 。, so title and body cannot be told apart", zh: "段首标题后没有句号，无法区分标题与正文" },
  "no-body": { en: "text before the points of a topic that has no body", zh: "无正文的事项在分项前增加了文字" },
  "anchor-missing": { en: "a part's heading (or the 导语, 结尾, 目标任务) lost its bookmark and could not be found", zh: "部分标题（或导语、结尾、目标任务）的书签已丢失，无法定位" },
  "unknown-anchor": { en: "a bookmark that names no part or topic of the data file", zh: "书签对应不到数据文件中的部分或事项" },
  targets: { en: "the 目标任务 paragraph no longer has one part (separated by ；) per target", zh: "目标任务段落按“；”分隔的项数与数据中的目标数不一致" },
  "table-cell": { en: "a table cell other than a metric's figure (本年) changed", zh: "表格中除指标“本年”数值以外的单元格有改动" },
  figure: { en: "a metric's figure (本年) that is not a number", zh: "指标“本年”单元格不是数字" },
  "new-topic": { en: "a new heading with no part above it (or its part's heading is gone)", zh: "新增标题之上没有所属部分（或所属部分的标题已删除）" },
  "new-part": { en: "a new part heading (一、…): the parts are the template's; add the part in the data", zh: "新增了一级标题（一、……）：部分由模板决定，请在数据中添加" },
  list: { en: "a list of the data file that cannot be rewritten in place (write it as a block list)", zh: "数据文件中的该列表无法原位改写（请改为分行列表）" },
  "not-scalar": { en: "the value is not a single string in the data file", zh: "数据文件中该值不是单个字符串" },
};

export function importIntoMessages(lang: Lang) {
  return {
    ...inLang(M, lang),
    ignored: (kind: Ignored["kind"]) => IGNORED[kind][lang],
    unplaced: (reason: Unplaced["reason"]) => UNPLACED[reason][lang],
  };
}
