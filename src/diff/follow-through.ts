/**
 * Did B do what A promised? A's plan targets checked against B's metrics, and each item
 * of A's plan (its own items, not their sub-items) looked up in B's summary — by id, else
 * by title similarity (match.ts) — as a checklist.
 */
import { planTarget } from "../core/metrics.js";
import type { Report, Target } from "../core/schema.js";
import { partEntries, topLevelTopics } from "./entries.js";
import { matchEntries } from "./match.js";
import type { FollowItem, FollowTarget, FollowThrough } from "./model.js";
import { entryRef } from "./sections.js";

function checkTarget(t: Target, b: Report): FollowTarget {
  const base = { text: t.text.trim(), metric: t.metric ?? null, unit: t.unit ?? null, target: t.value ?? null };
  if (!t.metric || t.value === undefined) return { status: "unchecked", ...base, value: null };
  const metric = b.metrics?.find((m) => m.id === t.metric);
  if (!metric) return { status: "not-reported", ...base, value: null };
  // A target in another unit than B's figure cannot be checked by machine.
  if (planTarget({ targets: [t] }, t.metric, metric.unit) === null) return { status: "unchecked", ...base, value: metric.value };
  return { status: metric.value >= t.value ? "reached" : "missed", ...base, unit: base.unit ?? metric.unit, value: metric.value };
}

export function followThrough(a: Report, b: Report): FollowThrough {
  const promised = topLevelTopics(a, "plan");
  const reported = partEntries(b, "summary").filter((e) => e.kind === "topic");
  const { pairs, window } = matchEntries(promised, reported);
  const byA = new Map(pairs.map((m) => [m.a, m]));
  const items: FollowItem[] = promised.map((e, i) => {
    const m = byA.get(i);
    return m
      ? { status: "reported", match: m.by, similarity: m.similarity, a: entryRef(e), b: entryRef(reported[m.b]) }
      : { status: "not-reported", match: null, similarity: null, a: entryRef(e), b: null };
  });
  return { targets: (a.plan.targets ?? []).map((t) => checkTarget(t, b)), items, ...(window !== null ? { matchWindow: window } : {}) };
}
