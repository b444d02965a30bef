/** Messages of `report import`, in both languages (kept apart from the shared messages.ts). */
import { inLang, type Lang } from "../core/lang.js";

const M = {
  unknownType: {
    en: (f: string) => `cannot import ${f}: expected a .docx, .md or .txt file`,
    zh: (f: string) => `无法导入 ${f}：只支持 .docx、.md、.txt 文件`,
  },
  hintOldWord: {
    en: "an old .doc/.wps file: open it in Word or WPS and save it as .docx first",
    zh: "这是旧版 .doc/.wps 文件：请先用 Word 或 WPS 打开，另存为 .docx",
  },
  notDocx: {
    en: (f: string, why: string) => `cannot read ${f} as a Word document: ${why}`,
    zh: (f: string, why: string) => `无法按 Word 文档读取 ${f}：${why}`,
  },
  // Why not, by DocxProblem code (src/import/docx-problems.ts).
  docxNotZip: { en: "it is not a .docx (zip) file, or it is damaged", zh: "不是 .docx（zip）文件，或文件已损坏" },
  docxEncrypted: { en: "it is encrypted", zh: "文件已加密" },
  docxNoDocument: { en: "it has no main document part (word/document.xml)", zh: "缺少正文部分（word/document.xml）" },
  docxBadXml: { en: "its XML is damaged (not well-formed)", zh: "其中的 XML 内容已损坏（格式不正确）" },
  hintResave: {
    en: "open it in Word or WPS and save it again as .docx (without a password)",
    zh: "请用 Word 或 WPS 打开，重新另存为 .docx（不设密码）",
  },
  zipBombEntries: {
    en: (f: string, limit: string) => `cannot import ${f}: it holds more than ${limit} files (a zip bomb?)`,
    zh: (f: string, limit: string) => `无法导入 ${f}：压缩包内文件超过 ${limit} 个，疑似压缩炸弹`,
  },
  zipBombPart: {
    en: (f: string, part: string, mb: number) => `cannot import ${f}: its part ${part} inflates to more than ${mb} MB (a zip bomb?)`,
    zh: (f: string, part: string, mb: number) => `无法导入 ${f}：其中的 ${part} 解压后超过 ${mb} MB，疑似压缩炸弹`,
  },
  zipBombTotal: {
    en: (f: string, mb: number) => `cannot import ${f}: it inflates to more than ${mb} MB (a zip bomb?)`,
    zh: (f: string, mb: number) => `无法导入 ${f}：解压后超过 ${mb} MB，疑似压缩炸弹`,
  },
  exists: {
    en: (f: string) => `${f} already exists; not overwriting it`,
    zh: (f: string) => `${f} 已存在，不会覆盖`,
  },
  hintForce: { en: "use --force to replace it, or -o <another file>", zh: "如需替换请加 --force，或用 -o 指定其他文件" },
  note: { en: "note", zh: "说明" },
  unplaced: { en: "not placed (kept as a comment at the end of the YAML)", zh: "未能归入（已作为注释保留在 YAML 末尾）" },
  invalid: {
    en: "the imported data does not validate: fix the YAML by hand (it was still written)",
    zh: "导入的数据未通过校验：请手工修改 YAML（文件仍已输出）",
  },
  score: {
    en: (pct: string, matched: number, total: number) => `round trip: ${pct}% of the original text comes back in order (${matched} of ${total} characters)`,
    zh: (pct: string, matched: number, total: number) => `往返核对：重新生成的 Markdown 按顺序保留了原文 ${pct}% 的文字（${total} 字中的 ${matched} 字）`,
  },
  scoreAtLeast: {
    en: (pct: string, matched: number, total: number) => `round trip: at least ${pct}% of the original text comes back in order (${matched} of ${total} characters)`,
    zh: (pct: string, matched: number, total: number) => `往返核对：重新生成的 Markdown 按顺序至少保留了原文 ${pct}% 的文字（${total} 字中的 ${matched} 字）`,
  },
  scoreApproximate: {
    en: "the texts are long and differ in many places, so they were aligned on identical paragraphs first: the score is a lower bound",
    zh: "原文较长且改动处较多，先按相同段落对齐再逐字比较，得分为下限",
  },
  belowBar: {
    en: (bar: string) => `below the ${bar}% bar: compare the YAML with the original`,
    zh: (bar: string) => `低于 ${bar}% 的要求：请对照原文检查 YAML`,
  },
  structure: {
    en: (original: string, rebuilt: string) => `structure: numbered headings per level and points — original ${original}; rebuilt ${rebuilt}`,
    zh: (original: string, rebuilt: string) => `结构核对：各级编号标题数和“一是…”要点数——原文 ${original}；重新生成 ${rebuilt}`,
  },
  structureLevel: {
    en: (level: number, original: number, rebuilt: number) => `the structure differs: level ${level} (${["一、", "（一）", "1.", "（1）"][level - 1]}) has ${original} in the original, ${rebuilt} in the rebuilt Markdown`,
    zh: (level: number, original: number, rebuilt: number) => `结构不一致：第 ${level} 级（${["一、", "（一）", "1.", "（1）"][level - 1]}）原文 ${original} 个，重新生成 ${rebuilt} 个`,
  },
  structurePoints: {
    en: (original: number, rebuilt: number) => `the structure differs: ${original} points (一是…) in the original, ${rebuilt} in the rebuilt Markdown`,
    zh: (original: number, rebuilt: number) => `结构不一致：原文有 ${original} 个“一是…”要点，重新生成 ${rebuilt} 个`,
  },
  structureTitle: {
    en: (title: string) => `the structure differs: the original's title "${title}" opens a paragraph of the rebuilt Markdown's body (run into the text after it)`,
    zh: (title: string) => `结构不一致：原文标题“${title}”在重新生成的 Markdown 中成了正文段落的开头（与下文连在了一起）`,
  },
  keyFigures: {
    en: (back: number, rows: number) => `key figures: ${back} of ${rows} rows, every figure back`,
    zh: (back: number, rows: number) => `主要指标核对：${rows} 行中 ${back} 行的数字全部对上`,
  },
  keyFiguresMismatch: {
    en: (back: number, rows: number, where: string, column: string, original: string, rebuilt: string) =>
      `key figures: ${back} of ${rows} rows, every figure back; first mismatch: ${where}, ${column}: ${original} in the original, ${rebuilt} in the rebuilt table`,
    zh: (back: number, rows: number, where: string, column: string, original: string, rebuilt: string) =>
      `主要指标核对：${rows} 行中 ${back} 行的数字全部对上；第一处不符：${where}，“${column}”原文 ${original}，重新生成 ${rebuilt}`,
  },
  structureFigures: {
    en: "the structure differs: a figure of the key-figures table does not come back as the original has it",
    zh: "结构不一致：主要指标表中有数字与原文不符",
  },
  wrote: { en: (f: string) => `wrote ${f}`, zh: (f: string) => `已生成 ${f}` },
} as const;

export function importMessages(lang: Lang) {
  return inLang(M, lang);
}
