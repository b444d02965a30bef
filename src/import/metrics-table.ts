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
import type { KeyFiguresTable } from "./figures-check.js";
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

/** "2023年", "2023年度", "2023年完成", "2023年数据", "2022年同期": a column named by its year. */
const YEAR_COLUMN = /^(\d{4})年(?:度)?(完成|实际|完成值|完成数|实绩|数据|数值|数|同期)?$/;

/**
 * A unit, as a label's brackets ("门诊人次（万人次）") or a figure's end ("12万", "5.8天",
 * "95%") give it: a known measure, perhaps scaled (万/亿…) or per another ("元/人"). Only
 * these, so "地区生产总值（可比价）" keeps its brackets and "20余人" or "12左右" is no figure.
 */
const MEASURE = String.raw`(?:(?:[十百千万亿]|十万|百万|千万)?(?:元|人次|人|户|家|个|项|件|例|台|辆|套|吨|千瓦时|千瓦|度|公里|千米|米|平方米|平方公里|立方米|方|亩|公顷|床|张|所|座|天|日|小时|分钟|分|次|篇|册|场|批|名|份|处|条|宗|笔|艘|株|只|头|岁|倍|千克|公斤|克|升|间|栋|幢|位|班|部|本|课时|学时|标箱|辆次|人日|床日|户次|件次)|万|亿|千|百|十万|百万|千万|kWh|MW|kW|km|kg|t|m²|m³|㎡|GB|TB)`;
const UNIT = new RegExp(String.raw`^(?:[%％‰]|个百分点|${MEASURE}(?:/(?:${MEASURE}))?)$`, "u");
/** A figure and what ends it: "12万" → 12, 万; "7,800" → 7800, ""; "95%" → 95, %. */
const FIGURE = /^([+-]?\d+(?:\.\d+)?)(\D*)$/u;
/** "门诊人次（万人次）", "财政收入(亿元)": a label and the unit in its trailing brackets. */
const LABEL_UNIT = /^(.+?)\s*[（(]([^（()）]+)[)）]$/u;

const NOTE = /^注\s*[:：]/;
/** A cell that holds nothing: empty or a dash. */
const BLANK = /^(?:[—–\-－/／]+|无)?$/;

const sameUnit = (a: string, b: string) => a === b || (isPercentUnit(a) && isPercentUnit(b));

/** A cell's figure and the unit written after it ("" for none); undefined when it is no figure with a unit. */
function figureOf(cell: string | undefined): { n: number; unit: string } | undefined {
  const m = FIGURE.exec((cell ?? "").replace(/[,，\s]/g, ""));
  if (!m || (m[2] && !UNIT.test(m[2]))) return undefined;
  return { n: Number(m[1].replace(/^\+/, "")), unit: m[2] };
}

/** A cell's number in the row's unit: a bare figure, or one that ends in that very unit ("12万" in a row of 万). */
function numberOf(cell: string | undefined, unit = ""): number | undefined {
  const figure = figureOf(cell);
  return figure && (figure.unit === "" || sameUnit(figure.unit, unit)) ? figure.n : undefined;
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
  /**
   * What is not read into the data, as rows for the comments at the end: the kept columns
   * (a header row first: the label column and the kept ones), then the rows kept whole
   * (the header, then each row whose figure is no number).
   */
  kept: string[][];
  /** A column is named by its year: the report's year may read it otherwise (takeMetricsTable's forYear). */
  yearColumns: boolean;
  /** The table as it came and which of its cells the metrics hold, for `--check` (figures-check.ts). */
  figures: KeyFiguresTable;
}

/**
 * Which column is which: by name, else by year — the report's year, when known and a
 * column has it, else the table's latest ("2023年数据 | 2024年数据") is `value`, and the
 * year before it `previous`; beside a value named 本年, the year before the report's
 * ("2022年" in a 2023 report) is `previous`.
 */
function columnsOf(header: string[], year?: number) {
  const cells = header.map((h) => h.replace(/\s+/g, ""));
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([name, re]) => [name, cells.findIndex((h) => re.test(h))])) as Record<keyof typeof COLUMNS, number>;
  const years = cells.map((h) => YEAR_COLUMN.exec(h)).map((m, i) => (m ? { i, year: Number(m[1]), same: m[2] === "同期" } : undefined)).filter((y) => y !== undefined);
  const own = years.filter((y) => !y.same).sort((a, b) => b.year - a.year);
  let valueYear = col.value >= 0 ? year : undefined;
  let byYear = false;
  if (col.value < 0) {
    const chosen = own.find((y) => y.year === year) ?? own[0];
    if (chosen) {
      col.value = chosen.i;
      valueYear = chosen.year;
      byYear = true;
    }
  }
  if (col.previous < 0 && valueYear !== undefined) {
    const previous = years.find((y) => y.year === valueYear - 1 && y.i !== col.value);
    if (previous) {
      col.previous = previous.i;
      byYear = true;
    }
  }
  return { ...col, byYear, yearColumns: years.length > 0 };
}

/** Where a row's unit came from: the 单位 column, the label's brackets, the figures' ends, or nowhere. */
type UnitSource = "column" | "label" | "cells" | "none";

/** Metrics from a table and what became of its other columns, or undefined when it is not a key-figures table. */
export function readMetricsTable(table: { header: string[]; rows: string[][] }, options: { year?: number } = {}): MetricsTableReading | undefined {
  const col = columnsOf(table.header, options.year);
  if (col.label < 0 || col.value < 0 || !table.rows.length) return undefined;
  const metrics: Metric[] = [];
  /** The rows read as metrics, each with its unit's source: a bare figure is in a unit a column or the label names, not beside figures that carry theirs. */
  const read: Array<{ row: string[]; metric: Metric; from: UnitSource }> = [];
  const keptRows: string[][] = [];
  for (const row of table.rows) {
    const written = row[col.label]?.trim() ?? "";
    const unitCell = col.unit >= 0 ? (row[col.unit]?.trim() ?? "") : "";
    const bracket = unitCell ? null : LABEL_UNIT.exec(written);
    const labelUnit = bracket && UNIT.test(bracket[2].trim()) ? bracket[2].trim() : undefined;
    const label = labelUnit ? bracket![1].trim() : written;
    const cellUnit = figureOf(row[col.value])?.unit ?? "";
    const from: UnitSource = unitCell ? "column" : labelUnit ? "label" : cellUnit ? "cells" : "none";
    const unit = unitCell || labelUnit || cellUnit;
    const numberIn = (cell: string | undefined) => (from === "cells" && figureOf(cell)?.unit === "" ? undefined : numberOf(cell, unit));
    const value = numberIn(row[col.value]);
    if (value === undefined || !label) {
      keptRows.push(row);
      continue;
    }
    const previous = col.previous >= 0 ? numberIn(row[col.previous]) : undefined;
    const target = col.target >= 0 ? numberIn(row[col.target]) : undefined;
    const note = col.note >= 0 && !BLANK.test(row[col.note]?.trim() ?? "") ? row[col.note].trim() : undefined;
    const metric: Metric = {
      // Placeholder ids: the same id across years is the same indicator, so the user names them.
      id: `metric_${metrics.length + 1}`,
      label,
      value,
      unit,
      ...(previous !== undefined ? { previous } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(note ? { note } : {}),
    };
    metrics.push(metric);
    read.push({ row, metric, from });
  }
  // A table most of whose rows hold no figure is not the key-figures table.
  if (!metrics.length || keptRows.length > metrics.length) return undefined;
  const notes: Note[] = [];
  const name = (c: number) => table.header[c]?.trim() || `${c + 1}`;
  if (col.byYear && col.previous >= 0) notes.push({ code: "metrics-year-columns", params: { value: name(col.value), previous: name(col.previous) } });
  const byUnit = (from: UnitSource) => read.filter((r) => r.from === from);
  if (byUnit("label").length) notes.push({ code: "metrics-unit-from-label", params: { rows: byUnit("label").map((r) => r.row[col.label].trim()).join("、") } });
  if (byUnit("cells").length) notes.push({ code: "metrics-unit-from-cells", params: { rows: byUnit("cells").map((r) => `${r.metric.label} ${r.row[col.value].trim()}`).join("、") } });
  if (byUnit("none").length) notes.push({ code: "metrics-no-unit", params: { labels: byUnit("none").map((r) => r.metric.label).join("、") } });
  if (keptRows.length) notes.push({ code: "metrics-rows-kept", params: { column: name(col.value), rows: keptRows.map((r) => `${r[col.label]?.trim() || "—"} ${r[col.value]?.trim() || "—"}`).join("、") } });
  if (col.note >= 0 && metrics.some((m) => m.note)) notes.push({ code: "metrics-note-column", params: { column: name(col.note) } });
  // Every other column is kept unless the data holds all of it: a growth column the build computes alike,
  // a previous or target column whose every cell is a number or empty.
  const keptColumns: number[] = [];
  const computed: number[] = [];
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (c === col.label || c === col.unit || c === col.value || c === col.note) continue;
    const cells = read.map((r) => (r.row[c] ?? "").trim());
    if (c === col.previous || c === col.target) {
      const field = c === col.previous ? "previous" : "target";
      const unread = cells.filter((cell, r) => !BLANK.test(cell) && read[r].metric[field] === undefined);
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
        computed.push(c);
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
  const kept = [
    ...(keptColumns.length ? [table.header, ...read.map((r) => r.row)].map((row) => [row[col.label] ?? "", ...keptColumns.map((c) => row[c] ?? "")]) : []),
    ...(keptRows.length ? [table.header, ...keptRows] : []),
  ];
  const figures: KeyFiguresTable = {
    header: table.header,
    rows: table.rows,
    columns: { label: col.label, unit: col.unit, value: col.value, previous: col.previous, target: col.target, note: col.note },
    computed,
    read: table.rows.map((row) => {
      const metric = read.find((r) => r.row === row)?.metric;
      return metric ? { previous: metric.previous !== undefined, target: metric.target !== undefined } : null;
    }),
  };
  return { metrics, notes, kept, yearColumns: col.yearColumns, figures };
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

export interface TakenMetricsTable {
  paragraphs: SourceParagraph[];
  metrics?: Metric[];
  notes: Note[];
  kept: string[][];
  /**
   * The same table read with the report's year, known only once the report is assembled:
   * "本年 | 2022年" in a 2023 report has 2022年 as `previous`, and of "2023年 | 2024年" in a
   * 2023 report 2023年 is `value`. This reading when the year changes nothing.
   */
  forYear(year: number | undefined): { metrics?: Metric[]; notes: Note[]; kept: string[][]; figures?: KeyFiguresTable };
}

export function takeMetricsTable(paragraphs: SourceParagraph[]): TakenMetricsTable {
  const index = paragraphs.findIndex((p) => p.table && metricsOf(p.table));
  if (index < 0) return { paragraphs, notes: [], kept: [], forYear: () => ({ notes: [], kept: [] }) };
  const table = paragraphs[index].table!;
  let from = index;
  let to = index + 1;
  if (index > 0 && TABLE_CAPTION.test(paragraphs[index - 1].text) && paragraphs[index - 1].text.length <= 40) from -= 1;
  const noteLine = paragraphs[to] && NOTE.test(paragraphs[to].text) ? paragraphs[to].text : undefined;
  const readWith = (year: number | undefined) => {
    const reading = readMetricsTable(table, { year });
    return reading && { ...reading, noted: noteLine !== undefined && applyNotes(noteLine, reading.metrics) };
  };
  const first = readWith(undefined)!;
  if (first.noted) to += 1;
  const forYear = (year: number | undefined) => {
    const again = year !== undefined && Number.isFinite(year) && first.yearColumns ? readWith(year) : undefined;
    const { metrics, notes, kept, figures } = again ?? first;
    return { metrics, notes, kept, figures };
  };
  return { paragraphs: [...paragraphs.slice(0, from), ...paragraphs.slice(to)], metrics: first.metrics, notes: first.notes, kept: first.kept, forYear };
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
