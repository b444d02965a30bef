/** Human-readable diagnostics: "file:line:col  error  message  [code]" plus a hint line. */
import type { ChalkInstance } from "chalk";
import { formatPath, type Diagnostic } from "../../core/diagnostics.js";
import type { Lang } from "../../core/lang.js";
import { codeFrame } from "./code-frame.js";
import { summaryLine } from "./summary.js";
import { cut, type Reporter } from "./types.js";

export function formatDiagnosticText(d: Diagnostic, c: ChalkInstance, lang: Lang): string {
  const where = c.bold(`${d.file}:${d.line}:${d.column}`);
  const severity = d.severity === "error" ? c.red(lang === "zh" ? "错误" : "error") : c.yellow(lang === "zh" ? "警告" : "warning");
  const lines = [`${where} ${severity} ${d.message} ${c.dim(`[${d.code}]`)}`, ...codeFrame(d, c)];
  if (d.hint) lines.push(`  ${c.cyan(lang === "zh" ? "提示" : "hint")}${lang === "zh" ? "：" : ": "}${d.hint}`);
  return lines.join("\n");
}

export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], c: ChalkInstance, lang: Lang): string {
  return diagnostics.map((d) => `${formatDiagnosticText(d, c, lang)}\n`).join("");
}

/** The validate report: each diagnostic with where, what was expected and received, then the summary. */
export const formatText: Reporter = ({ diagnostics, summary }, { colors: c, lang }) => {
  const zh = lang === "zh";
  const out: string[] = [];
  for (const d of diagnostics) {
    const [head, ...rest] = formatDiagnosticText(d, c, lang).split("\n");
    out.push(head);
    const frame = rest.splice(0, d.sourceLine === undefined ? 0 : 2);
    const details: string[] = [];
    if (d.path.length) details.push(`${zh ? "位置：" : "at "}${formatPath(d.path)}`);
    if (d.expected !== undefined) details.push(`${zh ? "应为：" : "expected "}${cut(d.expected)}`);
    if (d.received !== undefined) details.push(`${zh ? "实际：" : "received "}${cut(d.received)}`);
    if (details.length) out.push(c.dim(`  ${details.join(zh ? "；" : " · ")}`));
    out.push(...frame, ...rest);
  }
  const line = summaryLine(summary, lang);
  out.push(summary.errors ? c.red(line) : summary.warnings ? c.yellow(line) : c.green(line));
  return out.map((l) => `${l}\n`).join("");
};
