/**
 * Cross-references inside one file: plan targets that name a metric id the file does
 * not define.
 *
 * A warning, not an error: a target is checked against NEXT year's metrics, and a plan
 * may introduce an indicator this year's file does not track yet. Most of the time,
 * though, an unknown id is a typo that would silently break next year's check.
 */
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { didYouMean } from "../schema-walk.js";
import { locate } from "../yaml-position.js";
import { list, record, str, type Rule } from "./rule.js";

export const unknownMetric: Rule = ({ data, parsed, lang }) => {
  const report = record(data);
  if (!report) return [];
  const ids = list(report.metrics).flatMap((m) => str(record(m)?.id) ?? []);
  const out: Diagnostic[] = [];
  list(record(report.plan)?.targets).forEach((target, index) => {
    const metric = str(record(target)?.metric);
    if (!metric || ids.includes(metric)) return;
    const path = ["plan", "targets", index, "metric"];
    const suggestion = didYouMean(metric, ids);
    out.push({
      severity: "warning",
      code: "rule/unknown-metric",
      message: message("rule/unknown-metric", lang, { id: metric }),
      file: parsed.file,
      ...locate(parsed, path),
      path,
      received: metric,
      expected: ids.length ? ids.join(", ") : undefined,
      hint: suggestion ? hint("did-you-mean", lang, { key: suggestion }) : hint("new-metric", lang),
    });
  });
  return out;
};
