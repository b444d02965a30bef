/** Messages of `report validate` and `report init` (usage, fixes), in both languages. */
import { inLang, type Lang } from "../../core/lang.js";

const M = {
  dryRunNeedsFix: { en: () => "--dry-run only works together with --fix", zh: () => "--dry-run 须与 --fix 一起使用" },
  fixNeedsFile: {
    en: () => "--fix rewrites files in place and cannot rewrite standard input (-)",
    zh: () => "--fix 直接修改文件，不能用于标准输入（-）",
  },
  noDataDir: { en: (d: string) => `no data directory ${d}`, zh: (d: string) => `数据目录 ${d} 不存在` },
  noDataDirHint: {
    en: () => "name the files to check, use --data-dir <dir>, or start a project with report init",
    zh: () => "请指定要检查的文件，或用 --data-dir <目录> 指定数据目录，或用 report init 新建项目",
  },
  noMatch: { en: (g: string) => `no file matches ${g}`, zh: (g: string) => `没有与 ${g} 匹配的文件` },
  noDataFiles: { en: (d: string) => `no *.yaml files in ${d}`, zh: (d: string) => `${d} 中没有 *.yaml 文件` },
  fixed: {
    en: (f: string, n: number) => `fixed ${n} ${n === 1 ? "problem" : "problems"} in ${f}`,
    zh: (f: string, n: number) => `已修正 ${f} 中的 ${n} 处问题`,
  },
  wouldFix: {
    en: (f: string, n: number) => `would fix ${n} ${n === 1 ? "problem" : "problems"} in ${f} (dry run: nothing written)`,
    zh: (f: string, n: number) => `将修正 ${f} 中的 ${n} 处问题（试运行，未写入文件）`,
  },
  fixRefused: {
    en: (f: string) => `could not fix ${f} safely, so it was left unchanged; this is a bug, please report it`,
    zh: (f: string) => `无法安全地修正 ${f}，文件未改动；这是工具的缺陷，请反馈`,
  },
  initWrote: { en: (f: string) => `created ${f}`, zh: (f: string) => `已创建 ${f}` },
  initKept: { en: (f: string) => `${f} already exists; left unchanged`, zh: (f: string) => `${f} 已存在，未改动` },
  initNext: {
    en: (f: string) => `next: fill in ${f}, then run report validate and report build`,
    zh: (f: string) => `下一步：填写 ${f}，然后运行 report validate 检查、report build 生成报告`,
  },
  notDirectory: { en: (d: string) => `${d} exists and is not a directory`, zh: (d: string) => `${d} 已存在且不是目录` },
} as const;

export function validateMessages(lang: Lang) {
  return inLang(M, lang);
}
