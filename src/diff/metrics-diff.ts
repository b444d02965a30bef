/**
 * Metrics of two years side by side, by id: every id of either year, in B's order with
 * the ids B dropped after them. Change, growth and "reached" come from core/metrics.ts,
 * the same functions the report's own table uses. A's plan sets the targets only when
 * it was for B's period (core/period.ts): not across a year between two first halves.
 */
import { growthPercent, isReached, metricChange, planTarget, sameUnit } from "../core/metrics.js";
import { periodOf, planSetsTargetsOf } from "../core/period.js";
import type { Metric, Report } from "../core/schema.js";
import type { MetricDiff, MetricStatus } from "./model.js";

function compare(id: string, ma: Metric | undefined, mb: Metric | undefined, a: Report, aPlanSetsTargets: boolean): MetricDiff {
  const shown = (mb ?? ma)!;
  const comparable = sameUnit(ma, mb);
  const va = ma ? ma.value : null;
  const vb = mb ? mb.value : null;
  const planned = aPlanSetsTargets ? planTarget(a.plan, id, shown.unit) : null;
  const target = mb?.target ?? planned;
  const status: MetricStatus = !ma ? "new" : !mb ? "dropped" : va === vb && comparable ? "unchanged" : "changed";
  return {
    id,
    label: shown.label,
    unit: shown.unit,
    status,
    a: va,
    b: vb,
    change: comparable ? metricChange(va, vb) : null,
    growthPercent: comparable ? growthPercent(va, vb) : null,
    target,
    targetFrom: mb?.target !== undefined ? "b" : planned !== null ? "a-plan" : null,
    reached: isReached(vb, target),
    unitChangedFrom: comparable || !ma ? null : ma.unit,
  };
}

export function diffMetrics(a: Report, b: Report): MetricDiff[] {
  const inA = new Map((a.metrics ?? []).map((m) => [m.id, m]));
  const inB = new Map((b.metrics ?? []).map((m) => [m.id, m]));
  const ids = [...inB.keys(), ...[...inA.keys()].filter((id) => !inB.has(id))];
  const aPlanSetsTargets = planSetsTargetsOf({ year: a.year, period: periodOf(a) }, { year: b.year, period: periodOf(b) });
  return ids.map((id) => compare(id, inA.get(id), inB.get(id), a, aPlanSetsTargets));
}
