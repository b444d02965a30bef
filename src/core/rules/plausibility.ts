/**
 * Figures that are probably wrong: a metric whose value changed by more than 80% from
 * last year's, or differs from it by a factor of about 10,000 — 2.35 万元 against 22,180
 * 元 printed "-100.0%" without a word. Last year's figure is the metric's `previous:`, or
 * (in a build) the same metric in last year's file, whose unit may differ. A warning:
 * a new programme can triple a figure, and the writer knows. Whole numbers under 10 on
 * both sides (1 → 2 labs) are not questioned for their change, only for their unit.
 */
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { locate } from "../yaml-position.js";
import { list, record, str, type Rule } from "./rule.js";

/** Beyond this relative change (either way) a figure is questioned. */
export const CHANGE_LIMIT = 0.8;
/** Whole numbers below this on both sides are small counts. */
const SMALL_COUNT = 10;
/** 元 vs 万元: a ratio within this band of 10,000 (either way). */
const TEN_THOUSAND = [5_000, 20_000] as const;

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const shown = (n: number) => n.toLocaleString("en", { maximumFractionDigits: 4 });

export const metricPlausibility: Rule = ({ data, parsed, lang, options }) => {
  const out: Diagnostic[] = [];
  list(record(data)?.metrics).forEach((item, index) => {
    const metric = record(item);
    const value = num(metric?.value);
    const id = str(metric?.id);
    if (!metric || value === undefined) return;
    const unit = str(metric.unit) ?? "";
    const lastYear = options.lastYear?.find((m) => m.id === id);
    const last = num(metric.previous) !== undefined ? { value: num(metric.previous)!, unit } : num(lastYear?.value) !== undefined ? { value: num(lastYear!.value)!, unit: lastYear!.unit } : undefined;
    if (!last || last.value === 0 || value === 0) return;
    const ratio = Math.max(Math.abs(value / last.value), Math.abs(last.value / value));
    const units = ratio >= TEN_THOUSAND[0] && ratio <= TEN_THOUSAND[1];
    const change = (value - last.value) / Math.abs(last.value);
    // Small counts move in big steps (1 → 2 labs is +100%): only the unit check applies to them.
    const smallCount = Number.isInteger(value) && Number.isInteger(last.value) && Math.max(Math.abs(value), Math.abs(last.value)) < SMALL_COUNT;
    if (!units && (smallCount || Math.abs(change) <= CHANGE_LIMIT)) return;
    const path = ["metrics", index, "value"];
    const params = {
      label: str(metric.label) ?? id ?? "",
      value: shown(value),
      unit,
      previous: shown(last.value),
      previousUnit: last.unit ?? unit,
      change: `${change > 0 ? "+" : ""}${(change * 100).toFixed(1)}%`,
      // The units as written when they differ; else the usual suspects.
      ...(last.unit && last.unit !== unit ? { unitA: last.unit, unitB: unit } : { unitA: "元", unitB: "万元" }),
    };
    out.push({
      severity: "warning",
      code: "rule/metric-change",
      message: message("rule/metric-change", lang, params),
      file: parsed.file,
      ...locate(parsed, path),
      path,
      hint: hint(units ? "metric-units" : "metric-change", lang, params),
    });
  });
  return out;
};
