/** CLI-level messages (I/O, usage) in both languages. */
import { inLang, type Lang } from "../core/lang.js";

const M = {
  notFound: { en: (f: string) => `cannot read ${f}: no such file`, zh: (f: string) => `无法读取 ${f}：文件不存在` },
  notRegular: {
    en: (f: string) => `cannot read ${f}: it is not a regular file (a device or a socket)`,
    zh: (f: string) => `无法读取 ${f}：这不是普通文件（而是设备或套接字）`,
  },
  isDirectory: { en: (f: string) => `cannot read ${f}: it is a directory, not a file`, zh: (f: string) => `无法读取 ${f}：这是目录，不是文件` },
  unreadable: { en: (f: string, why: string) => `cannot read ${f}: ${why}`, zh: (f: string, why: string) => `无法读取 ${f}：${why}` },
  unwritable: { en: (f: string, why: string) => `cannot write ${f}: ${why}`, zh: (f: string, why: string) => `无法写入 ${f}：${why}` },
  badYear: { en: (y: string) => `"${y}" is not a year (expected e.g. 2023)`, zh: (y: string) => `“${y}”不是年份（应为如 2023 的四位数字）` },
  halfYearHint: {
    en: "a half of a year is written 2024-h1 (first half) or 2024-h2 (second half)",
    zh: "半年报告写作 2024-h1（上半年）或 2024-h2（下半年）",
  },
  yearOutOfRange: {
    en: (y: string, min: number, max: number) => `${y} is outside the years a report can be for (${min}–${max})`,
    zh: (y: string, min: number, max: number) => `${y} 超出报告年度的范围（${min}–${max}）`,
  },
  badFormat: {
    en: (f: string, all: string) => `unknown format "${f}" (available: ${all})`,
    zh: (f: string, all: string) => `未知的输出格式“${f}”（可用：${all}）`,
  },
  wrote: { en: (f: string, size: string) => `wrote ${f} (${size})`, zh: (f: string, size: string) => `已生成 ${f}（${size}）` },
  outputLocked: {
    en: (dir: string, pid: number | undefined) => `another report build (process ${pid ?? "?"}) is still writing to ${dir}`,
    zh: (dir: string, pid: number | undefined) => `另一个 report build（进程 ${pid ?? "?"}）仍在写入 ${dir}`,
  },
  outputLockedHint: {
    en: (lock: string) => `wait for it to finish and run again; if no build is running, delete ${lock}`,
    zh: (lock: string) => `请等待其完成后重试；如确无其他生成任务在运行，可删除 ${lock}`,
  },
  noFormats: {
    en: (all: string) => `--format names no format (available: ${all})`,
    zh: (all: string) => `--format 未给出任何格式（可用：${all}）`,
  },
  draftBuilt: {
    en: "a draft: placeholders are printed as they are and the title is marked （草稿）; build without --draft for the final report",
    zh: "这是草稿：占位文字按原样印出，标题标有“（草稿）”；定稿请不加 --draft 重新生成",
  },
  fileOpenElsewhere: {
    en: (f: string) => `${f} may be open in Word or WPS: close it and run the command again`,
    zh: (f: string) => `${f} 可能正在 Word 或 WPS 中打开，请关闭后重试`,
  },
  notWritten: {
    en: "no output written: fix the errors above",
    zh: "未生成任何文件：请先修正以上错误",
  },
  internal: {
    en: (msg: string) => `internal error: ${msg}\nThis is a bug in work-report. Please report it with the command you ran (run again with --debug for the stack trace).`,
    zh: (msg: string) => `内部错误：${msg}\n这是 work-report 的缺陷，请附上所执行的命令反馈给我们（加 --debug 可显示调用栈）。`,
  },
  previousInvalid: {
    en: (f: string, first: string) => `last year's file ${f} is invalid (${first}); the metrics table is built without it`,
    zh: (f: string, first: string) => `上年数据文件 ${f} 有错误（${first}），主要指标表不使用其中数据`,
  },
  hintYearFile: {
    en: (dir: string) => `data files are looked up as ${dir}/<year>.yaml; use --data <file> or --data-dir <dir>`,
    zh: (dir: string) => `数据文件按 ${dir}/<年份>.yaml 查找；可用 --data <文件> 或 --data-dir <目录> 指定`,
  },
} as const;

export function cliMessages(lang: Lang) {
  return inLang(M, lang);
}
