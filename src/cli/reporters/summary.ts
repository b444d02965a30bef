/** The closing line of every validate run: files checked, errors, warnings. */
import type { Lang } from "../../core/lang.js";
import type { ValidationSummary } from "./types.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryLine({ files, errors, warnings }: ValidationSummary, lang: Lang): string {
  if (lang === "zh") {
    const found = errors || warnings ? `${errors} 个错误，${warnings} 个警告` : "未发现问题";
    return `共检查 ${files} 个文件：${found}`;
  }
  const found = errors || warnings ? `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}` : "no problems";
  return `${plural(files, "file", "files")} checked: ${found}`;
}
