/**
 * The 主要指标完成情况 table of the report: one row per metric, with last year's value,
 * growth, target and whether it was reached (all resolved and computed by
 * core/metrics.ts), written as Markdown — a caption line "表1　…" and a GFM table —
 * for the template's `metricsTable` helper. The caption convention (a "表N" paragraph
 * right above a table) is read back by document/parse-markdown.ts.
 */
import { DASH, formatGrowth, formatNumber } from "../core/metric-format.js";
import { resolveMetrics } from "../core/metrics.js";
import { periodLabel, periodOf } from "../core/period.js";
import type { Report } from "../core/schema.js";
import { escapeInline, escapeLineStart } from "../document/escape.js";

export interface MetricsTable {
  caption: string;
  header: string[];
  rows: string[][];
  /** "注：…" below the table, from the metrics' `note` (口径); null when none has one. */
  note: string | null;
}

/** The column of 本年 (the metric's `value`): its cells carry the metrics' anchors. */
export const METRIC_VALUE_COLUMN = 2;

/** The table of a report, or null when it has no metrics. Plain text, not yet escaped. */
export function metricsTable(report: Report, lastYear?: Report): MetricsTable | null {
  const rows = resolveMetrics(report, lastYear);
  if (!rows.length) return null;
  const period = periodOf(report);
  const notes = (report.metrics ?? []).filter((m) => m.note?.trim()).map((m) => `${m.label}（${m.note!.trim()}）`);
  return {
    caption: `表1　${periodLabel({ year: report.year, period })}主要指标完成情况`,
    // 本年/上年 rather than "2023年": two characters keep the seven columns on one line each in Word.
    // A half's figures are set against the same half a year before: 本期/上年同期.
    header: period === "year" ? ["指标", "单位", "本年", "上年", "同比增长", "目标", "完成情况"] : ["指标", "单位", "本期", "上年同期", "同比增长", "目标", "完成情况"],
    rows: rows.map((r) => [
      r.label,
      r.unit,
      formatNumber(r.value),
      formatNumber(r.previous),
      formatGrowth(r),
      formatNumber(r.target),
      r.reached == null ? DASH : r.reached ? "完成" : "未完成",
    ]),
    note: notes.length ? `注：${notes.join("；")}。` : null,
  };
}

/** Caption paragraph, GFM table (label column left, figures centred), note paragraph. */
export function metricsTableMarkdown(table: MetricsTable): string {
  const cell = (text: string) => escapeInline(text).replace(/\n/g, " ");
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `| ${table.header.map((_, i) => (i === 0 ? ":---" : ":---:")).join(" | ")} |`;
  const parts = [escapeLineStart(table.caption), [line(table.header), rule, ...table.rows.map(line)].join("\n")];
  if (table.note) parts.push(escapeLineStart(table.note));
  return `${parts.join("\n\n")}\n`;
}
