/**
 * A key-figures table (主要指标完成情况, as `report build` writes one) → `metrics`, with
 * its caption ("表1　…") and its "注：…（口径）" line taken along: the build writes them
 * again from the metrics. Any other table has no place in the data and stays in the
 * stream as a table paragraph (the caller lists it as unplaced).
 *
 * No column of the key-figures table is dropped unsaid: those the metrics hold are read
 * (the previous year also from "2022年" beside "2023年"), a growth or 完成情况 column is
 * checked against what the build computes and left out only when it agrees, and every
 * other column is returned as `kept` rows for the comments at the end, each with a note.
 */
import { growthPercent, metricChange } from "../core/metrics.js";
import { isPercentUnit } from "../core/metric-format.js";
import type { Metric, Target } from "../core/schema.js";
import { TABLE_CAPTION } from "../document/model.js";
import type { Note } from "./notes.js";
import type { SourceParagraph } from "./source.js";

const COLUMNS = {
  label: /^(?:指标|指标名称|项目|主要指标)$/,
  unit: /^(?:单位|计量单位)$/,
  value: /^(?:本年|本年度|今年|本期|完成值|实际完成|完成数|本年完成|本年实际)$/,
  previous: /^(?:上年|上年度|去年|上年同期|去年同期|同期|上年完成|上年实际|上年数|上年值)$/,
  target: /^(?:目标|目标值|计划|计划目标|年度目标)$/,
  /** A remark per row is the metric's `note` (口径 or source), printed below the build's table. */
  note: /^(?:备注|说明|口径|统计口径|数据来源|来源)$/,
  /** What the build computes from value and previous (同比增长): checked, not kept. */
  growth: /^(?:同比|同比增长|同比增减|增长|增减|增幅|增速|增长率|增长幅度|比上年增长|比上年增减|较上年增长)(?:[(（](?:%|％|百分比)[)）])?(?:%|％)?$/,
  /** 完成/未完成 from value and target, as the build writes it: checked, not kept. */
  reached: /^(?:完成情况|是否完成)$/,
};

/** "2023年", "2023年度", "2023年完成", "2022年同期": a column named by its year. */
const YEAR_COLUMN = /^(\d{4})年(?:度)?(完成|实际|完成值|完成数|实绩|同期)?$/;

const NOTE = /^注\s*[:：]/;
/** A cell that holds nothing: empty or a dash. */
const BLANK = /^(?:[—–\-－/／]+|无)?$/;

function numberOf(cell: string | undefined, unit = ""): number | undefined {
  let t = (cell ?? "").replace(/[,，\s]/g, "");
  if (isPercentUnit(unit)) t = t.replace(/[%％]$/, "");
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** A growth cell: "6.7", "6.7%", "-3.2%", "下降3.2%", "提高1.5个百分点" → signed number and its decimals. */
function growthOf(cell: string): { n: number; decimals: number } | undefined {
  const m = /^(增长|提高|上升|增加|下降|降低|减少|回落)?([+-]?)(\d+(?:\.\d+)?)(?:%|％|个百分点|pp)?$/.exec(cell.replace(/[\s,，]/g, ""));
  if (!m) return undefined;
  const negative = m[2] === "-" || /下降|降低|减少|回落/.test(m[1] ?? "");
  const n = Number(m[3]) * (negative ? -1 : 1);
  return { n, decimals: (m[3].split(".")[1] ?? "").length };
}

/** The growth the build prints for a row (percent, or percentage points for a % unit), unrounded for the comparison. */
function computedGrowth(value: number, previous: number | undefined, unit: string): { exact: number; shown: number } | undefined {
  if (previous === undefined) return undefined;
  if (isPercentUnit(unit)) return { exact: value - previous, shown: metricChange(previous, value)! };
  const shown = growthPercent(previous, value);
  return shown === null ? undefined : { exact: ((value - previous) / Math.abs(previous)) * 100, shown };
}

/** A growth cell agrees when it is the computed growth rounded as the cell is written (with 0.05 for figures rounded themselves). */
function growthAgrees(cell: string, value: number, previous: number | undefined, unit: string): boolean {
  const computed = computedGrowth(value, previous, unit);
  if (BLANK.test(cell.trim())) return computed === undefined;
  const written = growthOf(cell);
  if (!written || !computed) return false;
  return Math.abs(written.n - computed.exact) <= 0.5 * 10 ** -written.decimals + 0.05 + 1e-9;
}

/** 完成/未完成 agrees with value ≥ target; a dash with no target. */
function reachedAgrees(cell: string, metric: Metric): boolean {
  const t = cell.replace(/\s+/g, "");
  if (metric.target === undefined) return BLANK.test(t);
  return metric.value >= metric.target ? /^(?:完成|已完成|超额完成|是)$/.test(t) : /^(?:未完成|否)$/.test(t);
}

export interface MetricsTableReading {
  metrics: Metric[];
  /** What was made of the columns other than label, unit and value: said, never silent. */
  notes: Note[];
  /** Columns not read into the data, as rows (a header row first: the label column and the kept ones), for the comments at the end. */
  kept: string[][];
}

/** Which column is which: by name, else "2023年 | 2022年" by year (the latest is this year, the year before it last year). */
function columnsOf(header: string[]): Record<keyof typeof COLUMNS, number> & { byYear: boolean } {
  const cells = header.map((h) => h.replace(/\s+/g, ""));
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([name, re]) => [name, cells.findIndex((h) => re.test(h))])) as Record<keyof typeof COLUMNS, number>;
  const years = cells.map((h) => YEAR_COLUMN.exec(h)).map((m, i) => (m ? { i, year: Number(m[1]), same: m[2] === "同期" } : undefined)).filter((y) => y !== undefined);
  let byYear = false;
  if (col.value < 0) {
    const latest = years.filter((y) => !y.same).sort((a, b) => b.year - a.year)[0];
    if (latest) {
      col.value = latest.i;
      byYear = true;
      if (col.previous < 0) col.previous = years.find((y) => y.year === latest.year - 1)?.i ?? -1;
    }
  }
  return { ...col, byYear };
}

/** Metrics from a table and what became of its other columns, or undefined when it is not a key-figures table. */
export function readMetricsTable(table: { header: string[]; rows: string[][] }): MetricsTableReading | undefined {
  const col = columnsOf(table.header);
  if (col.label < 0 || col.unit < 0 || col.value < 0 || !table.rows.length) return undefined;
  const metrics: Metric[] = [];
  for (const [i, row] of table.rows.entries()) {
    const unit = row[col.unit]?.trim() ?? "";
    const value = numberOf(row[col.value], unit);
    const label = row[col.label]?.trim();
    if (value === undefined || !label) return undefined;
    const previous = col.previous >= 0 ? numberOf(row[col.previous], unit) : undefined;
    const target = col.target >= 0 ? numberOf(row[col.target], unit) : undefined;
    const note = col.note >= 0 && !BLANK.test(row[col.note]?.trim() ?? "") ? row[col.note].trim() : undefined;
    metrics.push({
      // Placeholder ids: the same id across years is the same indicator, so the user names them.
      id: `metric_${i + 1}`,
      label,
      value,
      unit,
      ...(previous !== undefined ? { previous } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(note ? { note } : {}),
    });
  }
  const notes: Note[] = [];
  const name = (c: number) => table.header[c]?.trim() || `${c + 1}`;
  if (col.byYear && col.previous >= 0) notes.push({ code: "metrics-year-columns", params: { value: name(col.value), previous: name(col.previous) } });
  if (col.note >= 0 && metrics.some((m) => m.note)) notes.push({ code: "metrics-note-column", params: { column: name(col.note) } });
  // Every other column is kept unless the data holds all of it: a growth column the build computes alike,
  // a previous or target column whose every cell is a number or empty.
  const keptColumns: number[] = [];
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (c === col.label || c === col.unit || c === col.value || c === col.note) continue;
    const cells = table.rows.map((r) => (r[c] ?? "").trim());
    if (c === col.previous || c === col.target) {
      const unread = cells.filter((cell, r) => !BLANK.test(cell) && numberOf(cell, metrics[r].unit) === undefined);
      if (unread.length) {
        keptColumns.push(c);
        notes.push({ code: "metrics-cells-kept", params: { column: name(c), cells: unread.join("  ") } });
      }
      continue;
    }
    if (!cells.some((cell) => !BLANK.test(cell)) && !table.header[c]?.trim()) continue;
    if (c === col.growth || c === col.reached) {
      const growth = c === col.growth;
      const differ = metrics.filter((m, r) => !(growth ? growthAgrees(cells[r], m.value, m.previous, m.unit) : reachedAgrees(cells[r], m)));
      if (!differ.length) {
        notes.push({ code: "metrics-column-computed", params: { column: name(c), from: growth ? "previous" : "target" } });
        continue;
      }
      keptColumns.push(c);
      const rows = differ.map((m) => {
        const cell = cells[metrics.indexOf(m)] || "—";
        const shown = growth ? computedGrowth(m.value, m.previous, m.unit)?.shown : undefined;
        return `${m.label} ${cell}${shown === undefined ? "" : ` ≠ ${shown}`}`;
      });
      notes.push({ code: "metrics-column-differs", params: { column: name(c), from: growth ? "previous" : "target", rows: rows.join("; ") } });
      continue;
    }
    keptColumns.push(c);
    notes.push({ code: "metrics-column-kept", params: { column: name(c) } });
  }
  const kept = keptColumns.length ? [table.header, ...table.rows].map((row) => [row[col.label] ?? "", ...keptColumns.map((c) => row[c] ?? "")]) : [];
  return { metrics, notes, kept };
}

/** Metrics from a table, or undefined when it is not a key-figures table. */
export function metricsOf(table: { header: string[]; rows: string[][] }): Metric[] | undefined {
  return readMetricsTable(table)?.metrics;
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

export function takeMetricsTable(paragraphs: SourceParagraph[]): { paragraphs: SourceParagraph[]; metrics?: Metric[]; notes: Note[]; kept: string[][] } {
  const index = paragraphs.findIndex((p) => p.table && metricsOf(p.table));
  if (index < 0) return { paragraphs, notes: [], kept: [] };
  const { metrics, notes, kept } = readMetricsTable(paragraphs[index].table!)!;
  let from = index;
  let to = index + 1;
  if (index > 0 && TABLE_CAPTION.test(paragraphs[index - 1].text) && paragraphs[index - 1].text.length <= 40) from -= 1;
  if (paragraphs[to] && NOTE.test(paragraphs[to].text) && applyNotes(paragraphs[to].text, metrics)) to += 1;
  return { paragraphs: [...paragraphs.slice(0, from), ...paragraphs.slice(to)], metrics, notes, kept };
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
