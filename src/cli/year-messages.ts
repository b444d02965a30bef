/** Messages of `report diff` and `report new`, in both languages. */
import { inLang, type Lang } from "../core/lang.js";
import { planPeriodLabel, type PeriodKey } from "../core/period.js";

const M = {
  diffArgs: {
    en: "give two years (report diff 2022 2023), one year to compare with the year before, or files with --a <file> --b <file>",
    zh: "请给出两个年份（report diff 2022 2023）、一个年份（与上一年对比），或用 --a <文件> --b <文件> 指定文件",
  },
  badSection: {
    en: (s: string, all: string) => `unknown section "${s}" (available: ${all})`,
    zh: (s: string, all: string) => `未知的部分“${s}”（可用：${all}）`,
  },
  badDiffFormat: {
    en: (f: string) => `unknown format "${f}" (available: text, md, json)`,
    zh: (f: string) => `未知的输出格式“${f}”（可用：text、md、json）`,
  },
  cannotCompare: {
    en: "cannot compare: fix the errors above",
    zh: "无法对比：请先修正以上错误",
  },
  newExists: {
    en: (f: string) => `${f} already exists; report new never overwrites a file`,
    zh: (f: string) => `${f} 已存在；report new 不会覆盖已有文件`,
  },
  newExistsHint: {
    en: "rename or delete it first if you really want a fresh one",
    zh: "如确需重新生成，请先改名或删除该文件",
  },
  newFromInvalid: {
    en: (f: string) => `cannot start the new year from ${f}: fix the errors above`,
    zh: (f: string) => `无法根据 ${f} 生成新年度文件：请先修正以上错误`,
  },
  newWrote: {
    en: (f: string, from: string) => `wrote ${f} (from ${from})`,
    zh: (f: string, from: string) => `已生成 ${f}（根据 ${from}）`,
  },
  newTodo: {
    en: (n: number, lines: string) => `fill in ${n} metric value${n === 1 ? "" : "s"} (value: null, line${lines.includes(",") ? "s" : ""} ${lines}): until then build and diff report them as errors`,
    zh: (n: number, lines: string) => `请填写 ${n} 项指标的本年数值（value: null，第 ${lines} 行）；填写前 build 和 diff 会报错提示`,
  },
  /** The closing line names the span the new report's plan is for: the next year, or the second half. */
  newNext: {
    en: (key: PeriodKey) =>
      `then write the summary (bodies under the previous plan's items), the problems and the plan for ${key.period === "first-half" ? "the second half" : key.year + 1}`,
    zh: (key: PeriodKey) => `然后撰写工作总结（各事项下已注明上期计划）、存在的问题和${planPeriodLabel(key)}工作计划`,
  },
} as const;

export function yearMessages(lang: Lang) {
  return inLang(M, lang);
}
