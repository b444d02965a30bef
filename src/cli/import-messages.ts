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
  belowBar: {
    en: (bar: string) => `below the ${bar}% bar: compare the YAML with the original`,
    zh: (bar: string) => `低于 ${bar}% 的要求：请对照原文检查 YAML`,
  },
  wrote: { en: (f: string) => `wrote ${f}`, zh: (f: string) => `已生成 ${f}` },
} as const;

export function importMessages(lang: Lang) {
  return inLang(M, lang);
}
