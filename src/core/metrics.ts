/**
 * Key figures across years: where "last year" and "target" come from, and the numbers
 * computed from them (change, growth rate, reached). Shared by `report diff` and the
 * build's 主要指标完成情况 table, so both always agree. Growth and "reached" are computed
 * here, never typed in the data.
 *
 * Resolution (data-format.md, "Metric"): a metric's own `previous` / `target` win; else
 * last year's file gives `previous` (its value of the same id) and `target` (its
 * `plan.targets` entry naming the id). A value in another unit is not comparable and is
 * not used (万元 last year, 亿元 this year gives no growth rather than a wrong one).
 *
 * "Reached" is value ≥ target. There is no "lower is better" in the data format (energy
 * use, accident counts): such an indicator reads as missed when it beats its target.
 * Write such targets as text only (no `metric`) until the format says which way is good.
 */
import type { Metric, PlanPart, Report } from "./schema.js";

export interface MetricRow {
  id: string;
  label: string;
  unit: string;
  value: number;
  previous: number | null;
  /** "file": the metric's own `previous`; "previous-year": last year's file. */
  previousFrom: "file" | "previous-year" | null;
  target: number | null;
  /** "file": the metric's own `target`; "previous-plan": last year's plan.targets. */
  targetFrom: "file" | "previous-plan" | null;
  change: number | null;
  /** Growth over last year in percent, to 0.1; null without a non-zero last-year value. */
  growthPercent: number | null;
  reached: boolean | null;
}

/** Digits after the decimal point as written ("2.15" → 2). */
function decimals(n: number): number {
  const text = String(n);
  if (/e/i.test(text)) return 6;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Round half away from zero; the epsilon absorbs binary noise (1.25 stored as 1.2499…). */
function roundTo(n: number, places: number): number {
  const f = 10 ** places;
  const r = (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** b − a, to the precision the figures were written with (2.6 − 2.1 = 0.5, not 0.5000000000000004). */
export function metricChange(a: number | null, b: number | null): number | null {
  if (a == null || b == null) return null;
  return roundTo(b - a, Math.max(decimals(a), decimals(b)));
}

/** (b − a) / |a| in percent, to 0.1 %; null when a is missing or zero (no growth rate from nothing). */
export function growthPercent(a: number | null, b: number | null): number | null {
  if (a == null || b == null || a === 0) return null;
  return roundTo(((b - a) / Math.abs(a)) * 100, 1);
}

export function isReached(value: number | null, target: number | null): boolean | null {
  if (value == null || target == null) return null;
  return value >= target;
}

/** The target last year's plan set for a metric id (first one with a value, in a compatible unit). */
export function planTarget(plan: PlanPart | undefined, id: string, unit: string | undefined): number | null {
  for (const t of plan?.targets ?? []) {
    if (t.metric !== id || t.value === undefined) continue;
    if (unit !== undefined && t.unit !== undefined && t.unit.trim() !== unit.trim()) continue;
    return t.value;
  }
  return null;
}

/** Same unit, or no way to tell: the two figures can be compared. */
export function sameUnit(a: Metric | undefined, b: Metric | undefined): boolean {
  return !a || !b || a.unit.trim() === b.unit.trim();
}

function metricRow(metric: Metric, lastYear: Report | undefined, planFollowed: boolean): MetricRow {
  const before = lastYear?.metrics?.find((m) => m.id === metric.id);
  const fromFile = metric.previous !== undefined;
  const fromLastYear = !fromFile && before !== undefined && sameUnit(before, metric);
  const previous = fromFile ? metric.previous! : fromLastYear ? before!.value : null;
  const planned = metric.target === undefined && planFollowed ? planTarget(lastYear?.plan, metric.id, metric.unit) : null;
  const target = metric.target ?? planned;
  return {
    id: metric.id,
    label: metric.label,
    unit: metric.unit,
    value: metric.value,
    previous,
    previousFrom: fromFile ? "file" : fromLastYear ? "previous-year" : null,
    target,
    targetFrom: metric.target !== undefined ? "file" : planned !== null ? "previous-plan" : null,
    change: metricChange(previous, metric.value),
    growthPercent: growthPercent(previous, metric.value),
    reached: isReached(metric.value, target),
  };
}

/**
 * The report's metrics with last year's value and the target resolved. `lastYear` is the
 * file of the same period of year − 1, when there is one; it is ignored when it is not
 * that. Its plan sets this report's targets only for a year: a half's plan a year ago
 * was for another half (a half's targets are its own `target`, which report new fills in).
 */
export function resolveMetrics(report: Report, lastYear?: Report): MetricRow[] {
  const period = report.period ?? "year";
  const usable = lastYear && lastYear.year === report.year - 1 && (lastYear.period ?? "year") === period ? lastYear : undefined;
  return (report.metrics ?? []).map((metric) => metricRow(metric, usable, period === "year"));
}
