/**
 * A key-figures table (主要指标完成情况, as `report build` writes one) → `metrics`, with
 * its caption ("表1　…") and its "注：…（口径）" line taken along: the build writes them
 * again from the metrics. Any other table has no place in the data and stays in the
 * stream as a table paragraph (the caller lists it as unplaced).
 */
import type { Metric, Target } from "../core/schema.js";
import { TABLE_CAPTION } from "../document/model.js";
import type { SourceParagraph } from "./source.js";

const COLUMNS = {
  label: /^(?:指标|指标名称|项目|主要指标)$/,
  unit: /^(?:单位|计量单位)$/,
  value: /^(?:本年|本年度|今年|\d{4}\s*年(?:度)?|完成值|实际完成|完成数)$/,
  previous: /^(?:上年|上年度|去年|上年同期)$/,
  target: /^(?:目标|目标值|计划|计划目标|年度目标)$/,
};

const NOTE = /^注\s*[:：]/;

function numberOf(cell: string | undefined): number | undefined {
  const t = (cell ?? "").replace(/[,，\s]/g, "");
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** Metrics from a table, or undefined when it is not a key-figures table. */
export function metricsOf(table: { header: string[]; rows: string[][] }): Metric[] | undefined {
  const col = Object.fromEntries(
    Object.entries(COLUMNS).map(([name, re]) => [name, table.header.findIndex((h) => re.test(h.replace(/\s+/g, "")))]),
  ) as Record<keyof typeof COLUMNS, number>;
  if (col.label < 0 || col.unit < 0 || col.value < 0 || !table.rows.length) return undefined;
  const metrics: Metric[] = [];
  for (const [i, row] of table.rows.entries()) {
    const value = numberOf(row[col.value]);
    const label = row[col.label]?.trim();
    if (value === undefined || !label) return undefined;
    const previous = col.previous >= 0 ? numberOf(row[col.previous]) : undefined;
    const target = col.target >= 0 ? numberOf(row[col.target]) : undefined;
    metrics.push({
      // Placeholder ids: the same id across years is the same indicator, so the user names them.
      id: `metric_${i + 1}`,
      label,
      value,
      unit: row[col.unit]?.trim() ?? "",
      ...(previous !== undefined ? { previous } : {}),
      ...(target !== undefined ? { target } : {}),
    });
  }
  return metrics;
}

/** "注：全社会研发经费支出（统计年报口径）。" → notes by label. */
function applyNotes(text: string, metrics: Metric[]): boolean {
  const entries = text.replace(NOTE, "").replace(/。$/, "").split(/[；;]/);
  let applied = false;
  for (const entry of entries) {
    const m = /^(.+?)[（(](.+)[）)]$/.exec(entry.trim());
    const metric = m && metrics.find((x) => x.label === m[1].trim());
    if (metric && m) {
      metric.note = m[2].trim();
      applied = true;
    }
  }
  return applied;
}

export function takeMetricsTable(paragraphs: SourceParagraph[]): { paragraphs: SourceParagraph[]; metrics?: Metric[] } {
  const index = paragraphs.findIndex((p) => p.table && metricsOf(p.table));
  if (index < 0) return { paragraphs };
  const metrics = metricsOf(paragraphs[index].table!)!;
  let from = index;
  let to = index + 1;
  if (index > 0 && TABLE_CAPTION.test(paragraphs[index - 1].text) && paragraphs[index - 1].text.length <= 40) from -= 1;
  if (paragraphs[to] && NOTE.test(paragraphs[to].text) && applyNotes(paragraphs[to].text, metrics)) to += 1;
  return { paragraphs: [...paragraphs.slice(0, from), ...paragraphs.slice(to)], metrics };
}

/** A target whose text names a metric (and has its unit) is linked to it; key order as the contract. */
export function linkTargets(targets: Target[], metrics: Metric[]): Target[] {
  return targets.map((target) => {
    const metric = metrics
      .filter((m) => target.text.includes(m.label) && (!target.unit || target.unit === m.unit))
      .sort((a, b) => b.label.length - a.label.length)[0];
    return metric ? { text: target.text, metric: metric.id, ...(target.value !== undefined ? { value: target.value } : {}), ...(target.unit ? { unit: target.unit } : {}) } : target;
  });
}
