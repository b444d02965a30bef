/**
 * Diagnostics as build, import and diff print them: errors in full, warnings summed up
 * per rule. The seed's punctuation once gave ~340 lines; now each rule shows its first
 * three places and one line with the count, the fix when there is one, and how to see
 * them all (`--verbose`, or `report validate`, which always lists every one).
 */
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../../core/diagnostics.js";
import type { Lang } from "../../core/lang.js";
import { asInvoked } from "./as-invoked.js";
import { formatDiagnosticText } from "./text.js";

/** Places shown per rule before the summary line. */
export const SHOWN_PER_RULE = 3;

/** Rules `report validate --fix` corrects. */
const FIXABLE = new Set(["rule/half-width-punctuation", "rule/hand-numbered-title"]);

/** What a rule's warnings are, counted: "137 处半角标点". */
const LABELS: Record<string, Record<Lang, string>> = {
  "rule/half-width-punctuation": { en: "half-width punctuation marks", zh: "半角标点" },
  "rule/mixed-quotes": { en: "half-width quotes", zh: "半角引号" },
  "rule/hand-numbered-title": { en: "hand-written ordinals", zh: "手写序号" },
  "rule/date-range": { en: "dates outside the year", zh: "日期不在本年度" },
  "rule/unknown-metric": { en: "targets naming no metric", zh: "目标引用了不存在的指标" },
};

export interface SummaryOptions {
  lang: Lang;
  colors: ChalkInstance;
  /** The command as the user ran it (io.invokedAs). */
  invoked: string;
  /** --verbose: every warning in full. */
  verbose?: boolean;
}

function summaryLine(code: string, count: number, { lang, invoked }: SummaryOptions): string {
  const hidden = count - SHOWN_PER_RULE;
  const label = LABELS[code]?.[lang];
  const fix = FIXABLE.has(code);
  if (lang === "zh") {
    const what = label ? `共 ${count} 处${label}` : `[${code}] 共 ${count} 处`;
    const how = fix ? `，可运行 ${invoked} validate --fix 自动修正` : "";
    return `${what}（另有 ${hidden} 处未列出${how}；加 --verbose 或运行 ${invoked} validate 可列出全部）`;
  }
  const what = label ? `${count} ${label} in all` : `${count} × [${code}]`;
  const how = fix ? `; ${invoked} validate --fix corrects them` : "";
  return `${what} (${hidden} more not listed${how}; --verbose or ${invoked} validate lists them all)`;
}

export function formatSummarized(diagnostics: readonly Diagnostic[], options: SummaryOptions): string {
  const { colors: c, lang, invoked } = options;
  const shown = diagnostics.map((d) => asInvoked(d, invoked));
  const counts = new Map<string, number>();
  for (const d of shown) if (d.severity === "warning") counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const d of shown) {
    if (d.severity === "warning" && !options.verbose) {
      const n = (seen.get(d.code) ?? 0) + 1;
      seen.set(d.code, n);
      if (n > SHOWN_PER_RULE) continue;
      out.push(formatDiagnosticText(d, c, lang));
      const total = counts.get(d.code)!;
      if (n === SHOWN_PER_RULE && total > SHOWN_PER_RULE) out.push(c.yellow(`  … ${summaryLine(d.code, total, options)}`));
      continue;
    }
    out.push(formatDiagnosticText(d, c, lang));
  }
  return out.map((l) => `${l}\n`).join("");
}

/** The options a command prints its diagnostics with. */
export function summaryOptions(ctx: { lang: Lang; colors: ChalkInstance; io: { invokedAs?: string } }, verbose: unknown): SummaryOptions {
  return { lang: ctx.lang, colors: ctx.colors, invoked: ctx.io.invokedAs ?? "report", verbose: Boolean(verbose) };
}
