/**
 * `report new <year>`: next year's data file started from this year's report, as YAML
 * text with comments saying what to fill in. Pure: report and options in, text out.
 *
 * - metrics: every id, label, unit and note carried over; `previous` = last year's value,
 *   `target` = what last year's plan.targets set for the id. `value: null` marks the
 *   figure to fill in. The file therefore fails validation on exactly those lines
 *   (with a "fill in" hint) until the figures are in — deliberately: a report must never
 *   go out with a placeholder figure, and a 0 would pass silently as a real one.
 * - summary: last year's plan items become this year's summary topics, same ids and
 *   titles (so `report diff` can check the plan was followed through); the plan's text
 *   is a comment above each, to write the results against.
 * - problems: last year's problems as comments, to revisit one by one.
 * - Headings and a custom title keep their wording with the years moved on by one.
 * - A period (core/period.ts): a first half is followed by the second half of its year, a
 *   year or a second half by the next year or its first half. Across periods `previous`
 *   is left out (a half compares with the same half a year before, which the build reads
 *   from that file), and a heading or title that names a year or a half is left to its
 *   default, which names the new period.
 * - parts and extra (the bureau's house choices) are carried as they are, extra with a
 *   comment to check it; attachments belong to their year and are not.
 */
import { Document, isScalar, type Pair, type Scalar, type YAMLMap } from "yaml";
import { planTarget } from "../core/metrics.js";
import { periodLabel, periodOf, periodStem, planPeriodLabel, type Period, type PeriodKey } from "../core/period.js";
import type { Metric, Report, Target, Topic } from "../core/schema.js";
import { paragraphsOf } from "../core/text.js";
import { topicText } from "./entries.js";

export interface NextYearOptions {
  /** The year to start (normally last year's + 1; a second half: the first half's). */
  year: number;
  /** The period to start; default the whole year. */
  period?: Period;
  /** Last year's file as the user should see it, for the header comment. */
  from: string;
  /** Last year's first line when it is a yaml-language-server schema comment. */
  schemaComment?: string;
}

const DEFAULT_SCHEMA_COMMENT = " yaml-language-server: $schema=../schema/report.schema.json";

/** Move every year P (last year) and P+1 in a text on by one: "2024年工作计划" → "2025年工作计划". */
export function shiftYears(text: string, lastYear: number): string {
  return text.replace(/\d{4}/g, (y) => (Number(y) === lastYear || Number(y) === lastYear + 1 ? String(Number(y) + 1) : y));
}

/**
 * A heading or title carried into the next report: the years moved on when the period is
 * the same; across periods kept only when it names no year and no half (else undefined:
 * the default heading names the new period).
 */
function carried(text: string | undefined, last: PeriodKey, next: PeriodKey): string | undefined {
  if (text === undefined) return undefined;
  if (last.period === next.period) return shiftYears(text, last.year);
  return /上半年|下半年|\d{4}\s*年/.test(text) ? undefined : text;
}

/** `previous` is last report's value only when that report is the same period a year before. */
function nextMetrics(last: Report, sameTimeLastYear: boolean): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = (last.metrics ?? []).map((m: Metric) => {
    const target = planTarget(last.plan, m.id, m.unit);
    return { id: m.id, label: m.label, value: null, unit: m.unit, ...(sameTimeLastYear ? { previous: m.value } : {}), ...(target !== null ? { target } : {}), ...(m.note ? { note: m.note } : {}) };
  });
  // A target naming a metric last year did not report: this year it must be reported.
  for (const t of last.plan.targets ?? []) {
    if (!t.metric || t.value === undefined || out.some((m) => m.id === t.metric)) continue;
    out.push({ id: t.metric, label: t.text, value: null, unit: t.unit ?? "", target: t.value });
  }
  return out;
}

/** The plan text of an item, for the comment above the summary topic that reports on it. */
function planNote(topic: Topic, label: string): string {
  const lines = paragraphsOf(topicText(topic)).map((p, i) => (i === 0 ? `${label}计划：${p}` : `  ${p}`));
  if (!lines.length) lines.push(`${label}计划：${topic.title ?? ""}`);
  const subs = (topic.items ?? []).map((s) => s.title ?? paragraphsOf(s.body)[0] ?? "").filter(Boolean);
  if (subs.length) lines.push(`  其中：${subs.join("；")}`);
  return lines.map((l) => ` ${l}`).join("\n");
}

function header(last: Report, options: NextYearOptions, next: PeriodKey, sameTimeLastYear: boolean): string {
  const label = periodLabel(next);
  const lastLabel = periodLabel({ year: last.year, period: periodOf(last) });
  const arg = periodStem(next);
  return [
    options.schemaComment ?? DEFAULT_SCHEMA_COMMENT,
    ` ${last.organization} ${label}工作总结及${planPeriodLabel(next)}工作计划`,
    ` 由 report new ${arg} 根据 ${options.from} 生成。需要填写的地方：`,
    `   1. metrics：每项的 value（${label}数值），现为 null，填写前 report build 会报错并指出行号。`,
    sameTimeLastYear
      ? `      previous（上年数值）和 target（${label}目标，来自上年计划）已填好；同比增长、是否完成由工具计算。`
      : `      target（${label}目标，来自${lastLabel}计划）已填好；上年同期数值取自上年同期的数据文件（也可写 previous）；同比增长、是否完成由工具计算。`,
    `   2. summary：${label}计划（${lastLabel}报告制定）的各项工作已列为总结事项（id 不变，report diff 据此核对落实情况），`,
    "      计划原文以注释列在事项上方；在每项下写 body（完成情况），没做的删去，新做的添加。",
    `   3. problems：${lastLabel}提出的问题以注释列出，逐条回顾；仍然存在的保留原 id，report diff 会标注“连续两年提出”。`,
    `   4. plan：${planPeriodLabel(next)}工作打算（targets 目标任务、items 重点工作）。`,
  ].join("\n");
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, unknown> {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, unknown>;
}

function commentedYaml(value: unknown): string {
  return new Document(value)
    .toString({ lineWidth: 0 })
    .trimEnd()
    .split("\n")
    .map((l) => `   ${l}`)
    .join("\n");
}

export function nextYearYaml(last: Report, options: NextYearOptions): string {
  const y = options.year;
  const next: PeriodKey = { year: y, period: options.period ?? "year" };
  const before: PeriodKey = { year: last.year, period: periodOf(last) };
  const sameTimeLastYear = before.period === next.period && before.year === y - 1;
  const label = periodLabel(next);
  const lastLabel = periodLabel(before);
  const carry = (text: string | undefined) => carried(text, before, next);
  const plan = last.plan;
  const unchecked = (plan.targets ?? []).filter((t: Target) => !t.metric || t.value === undefined);
  const title = carry(last.title);
  const data: Record<string, unknown> = {
    year: y,
    ...(next.period !== "year" ? { period: next.period } : {}),
    organization: last.organization,
    ...(title ? { title } : {}),
  };
  const metrics = nextMetrics(last, sameTimeLastYear);
  if (metrics.length) data.metrics = metrics;
  const headings = { summary: carry(last.summary.heading), problems: carry(last.problems.heading), plan: carry(plan.heading) };
  data.summary = {
    ...(headings.summary ? { heading: headings.summary } : {}),
    items: (plan.items ?? []).map((t) => ({ ...(t.id ? { id: t.id } : {}), title: t.title ?? paragraphsOf(t.body)[0] ?? "" })),
  };
  data.problems = { ...(headings.problems ? { heading: headings.problems } : {}), items: [] };
  data.plan = { ...(headings.plan ? { heading: headings.plan } : {}), items: [] };
  if (last.signature?.organization && last.signature.organization !== last.organization) data.signature = { organization: last.signature.organization };
  // The bureau's house choices stay from year to year; attachments are the year's own, so they are not carried.
  if (last.parts) data.parts = [...last.parts];
  if (last.extra) data.extra = { ...last.extra };

  const doc = new Document(data);
  doc.commentBefore = header(last, options, next, sameTimeLastYear);
  const root = doc.contents as YAMLMap;
  // Optional keys to add by hand, as comments above the first key after organization.
  const afterOrganization = root.items[root.items.findIndex((p) => isScalar(p.key) && p.key.value === "organization") + 1];
  // The trailing "" leaves a blank line between these and the key they stand above.
  // A first half is usually signed in July; a year or a second half at the year's end.
  const [month, day] = next.period === "first-half" ? ["07", "15"] : ["12", "31"];
  (afterOrganization.key as Scalar).commentBefore = [` date: ${y}-${month}-${day}        # 成文日期（落款处写作 ${y}年${Number(month)}月${day}日）`, " intro: 导语……", ""].join("\n");

  metrics.forEach((m, i) => {
    const node = doc.getIn(["metrics", i], true) as YAMLMap;
    (node.get("value", true) as Scalar).comment = ` ← 填写${label}数值（${m.unit || "单位"}）`;
    if (!(last.metrics ?? []).some((old) => old.id === m.id)) node.commentBefore = " 上年计划新设的指标：请核对名称（label）和单位（unit）";
  });

  const summary = doc.get("summary", true) as YAMLMap;
  (plan.items ?? []).forEach((topic, i) => {
    const item = doc.getIn(["summary", "items", i], true) as YAMLMap;
    item.commentBefore = planNote(topic, label);
    item.comment = " body: 在此写完成情况";
  });
  const summaryItems = pairOf(summary, "items");
  const notes = [`${label}计划（${lastLabel}报告制定）的重点工作，逐项写完成情况：`];
  if (unchecked.length) notes.push(`${label}目标任务中无对应指标、需在总结中说明完成情况的：${unchecked.map((t) => t.text.trim()).join("；")}`);
  // A plan written as one paragraph (points: 一是…) has commitments too, though no items to carry.
  const planPoints = (plan.points ?? []).map((p) => paragraphsOf(p).join("").trim()).filter(Boolean);
  if (planPoints.length) notes.push(`${label}计划中以列举（points）写的工作，也请写明完成情况：${planPoints.join("；")}`);
  summaryItems.key.commentBefore = notes.map((n) => ` ${n}`).join("\n");

  const problems = doc.get("problems", true) as YAMLMap;
  const lastProblems = last.problems.items ?? [];
  // Problems written as one paragraph (points: 一是…二是…) are listed too, as points to revisit.
  const lastPoints = last.problems.points ?? [];
  const review = [
    ...(lastProblems.length ? [` ${lastLabel}提出的问题（逐条回顾：已解决的删去，仍然存在的取消注释并更新表述，保留原 id）：`, commentedYaml(lastProblems)] : []),
    ...(lastPoints.length ? [` ${lastLabel}提出的问题（列举，逐条回顾；仍然存在的可写入 points）：`, commentedYaml(lastPoints)] : []),
  ];
  pairOf(problems, "items").key.commentBefore = review.length ? review.join("\n") : ` ${label}存在的问题与不足（problems 默认标题与正文同段）`;

  const planMap = doc.get("plan", true) as YAMLMap;
  pairOf(planMap, "items").key.commentBefore = [
    ` ${planPeriodLabel(next)}工作打算。目标任务写在 targets，如：`,
    `   targets:`,
    `     - { text: 高新技术企业总数达到50家, metric: hitech_firms, value: 50, unit: 家 }`,
    ` 重点工作写在 items（写上 id，下一年 report new 会把它们列为总结事项）。`,
  ].join("\n");

  const extra = pairOf(root, "extra");
  if (extra) extra.key.commentBefore = ` 上年的 extra（本单位模板使用的字段），原样带入：请逐项核对${label}是否仍然适用`;

  for (const key of ["metrics", "summary", "problems", "plan", "parts", "extra"]) {
    const pair = pairOf(root, key);
    if (pair && pair !== afterOrganization) pair.key.spaceBefore = true;
  }
  return doc.toString({ lineWidth: 0 });
}
