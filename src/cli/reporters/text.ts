/** Human-readable diagnostics: "file:line:col  error  message  [code]" plus a hint line. */
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../../core/diagnostics.js";
import type { Lang } from "../../core/lang.js";

export function formatDiagnosticText(d: Diagnostic, c: ChalkInstance, lang: Lang): string {
  const where = c.bold(`${d.file}:${d.line}:${d.column}`);
  const severity = d.severity === "error" ? c.red(lang === "zh" ? "错误" : "error") : c.yellow(lang === "zh" ? "警告" : "warning");
  const lines = [`${where} ${severity} ${d.message} ${c.dim(`[${d.code}]`)}`];
  if (d.hint) lines.push(`  ${c.cyan(lang === "zh" ? "提示" : "hint")}: ${d.hint}`);
  return lines.join("\n");
}

export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], c: ChalkInstance, lang: Lang): string {
  return diagnostics.map((d) => `${formatDiagnosticText(d, c, lang)}\n`).join("");
}
