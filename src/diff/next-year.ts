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
 * - parts and extra (the bureau's house choices) are carried as they are, extra with a
 *   comment to check it; attachments belong to their year and are not.
 */
import { Document, isScalar, type Pair, type Scalar, type YAMLMap } from "yaml";
import { planTarget } from "../core/metrics.js";
import type { Metric, Report, Target, Topic } from "../core/schema.js";
import { paragraphsOf } from "../core/text.js";
import { topicText } from "./entries.js";

export interface NextYearOptions {
  /** The year to start (normally last year's + 1). */
  year: number;
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

function nextMetrics(last: Report): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = (last.metrics ?? []).map((m: Metric) => {
    const target = planTarget(last.plan, m.id, m.unit);
    return { id: m.id, label: m.label, value: null, unit: m.unit, previous: m.value, ...(target !== null ? { target } : {}), ...(m.note ? { note: m.note } : {}) };
  });
  // A target naming a metric last year did not report: this year it must be reported.
  for (const t of last.plan.targets ?? []) {
    if (!t.metric || t.value === undefined || out.some((m) => m.id === t.metric)) continue;
    out.push({ id: t.metric, label: t.text, value: null, unit: t.unit ?? "", target: t.value });
  }
  return out;
}

/** The plan text of an item, for the comment above the summary topic that reports on it. */
function planNote(topic: Topic, year: number): string {
  const lines = paragraphsOf(topicText(topic)).map((p, i) => (i === 0 ? `${year}年计划：${p}` : `  ${p}`));
  if (!lines.length) lines.push(`${year}年计划：${topic.title ?? ""}`);
  const subs = (topic.items ?? []).map((s) => s.title ?? paragraphsOf(s.body)[0] ?? "").filter(Boolean);
  if (subs.length) lines.push(`  其中：${subs.join("；")}`);
  return lines.map((l) => ` ${l}`).join("\n");
}

function header(last: Report, options: NextYearOptions): string {
  const y = options.year;
  return [
    options.schemaComment ?? DEFAULT_SCHEMA_COMMENT,
    ` ${last.organization} ${y} 年工作总结及 ${y + 1} 年工作计划`,
    ` 由 report new ${y} 根据 ${options.from} 生成。需要填写的地方：`,
    `   1. metrics：每项的 value（${y}年数值），现为 null，填写前 report build 会报错并指出行号。`,
    `      previous（上年数值）和 target（${y}年目标，来自上年计划）已填好；同比增长、是否完成由工具计算。`,
    `   2. summary：${y}年计划（${y - 1}年报告制定）的各项工作已列为总结事项（id 不变，report diff 据此核对落实情况），`,
    "      计划原文以注释列在事项上方；在每项下写 body（完成情况），没做的删去，新做的添加。",
    `   3. problems：${y - 1}年提出的问题以注释列出，逐条回顾；仍然存在的保留原 id，report diff 会标注“连续两年提出”。`,
    `   4. plan：${y + 1}年工作打算（targets 目标任务、items 重点工作）。`,
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
  const P = last.year;
  const plan = last.plan;
  const unchecked = (plan.targets ?? []).filter((t: Target) => !t.metric || t.value === undefined);
  const data: Record<string, unknown> = {
    year: y,
    organization: last.organization,
    ...(last.title ? { title: shiftYears(last.title, P) } : {}),
  };
  const metrics = nextMetrics(last);
  if (metrics.length) data.metrics = metrics;
  data.summary = {
    ...(last.summary.heading ? { heading: shiftYears(last.summary.heading, P) } : {}),
    items: (plan.items ?? []).map((t) => ({ ...(t.id ? { id: t.id } : {}), title: t.title ?? paragraphsOf(t.body)[0] ?? "" })),
  };
  data.problems = { ...(last.problems.heading ? { heading: shiftYears(last.problems.heading, P) } : {}), items: [] };
  data.plan = { ...(plan.heading ? { heading: shiftYears(plan.heading, P) } : {}), items: [] };
  if (last.signature?.organization && last.signature.organization !== last.organization) data.signature = { organization: last.signature.organization };
  // The bureau's house choices stay from year to year; attachments are the year's own, so they are not carried.
  if (last.parts) data.parts = [...last.parts];
  if (last.extra) data.extra = { ...last.extra };

  const doc = new Document(data);
  doc.commentBefore = header(last, options);
  const root = doc.contents as YAMLMap;
  // Optional keys to add by hand, as comments above the first key after organization.
  const afterOrganization = root.items[root.items.findIndex((p) => isScalar(p.key) && p.key.value === "organization") + 1];
  // The trailing "" leaves a blank line between these and the key they stand above.
  (afterOrganization.key as Scalar).commentBefore = [` date: ${y}-12-31        # 成文日期（落款处写作 ${y}年12月31日）`, " intro: 导语……", ""].join("\n");

  metrics.forEach((m, i) => {
    const node = doc.getIn(["metrics", i], true) as YAMLMap;
    (node.get("value", true) as Scalar).comment = ` ← 填写${y}年数值（${m.unit || "单位"}）`;
    if (!(last.metrics ?? []).some((old) => old.id === m.id)) node.commentBefore = " 上年计划新设的指标：请核对名称（label）和单位（unit）";
  });

  const summary = doc.get("summary", true) as YAMLMap;
  (plan.items ?? []).forEach((topic, i) => {
    const item = doc.getIn(["summary", "items", i], true) as YAMLMap;
    item.commentBefore = planNote(topic, y);
    item.comment = " body: 在此写完成情况";
  });
  const summaryItems = pairOf(summary, "items");
  const notes = [`${y}年计划（${P}年报告制定）的重点工作，逐项写完成情况：`];
  if (unchecked.length) notes.push(`${y}年目标任务中无对应指标、需在总结中说明完成情况的：${unchecked.map((t) => t.text.trim()).join("；")}`);
  summaryItems.key.commentBefore = notes.map((n) => ` ${n}`).join("\n");

  const problems = doc.get("problems", true) as YAMLMap;
  const lastProblems = last.problems.items ?? [];
  pairOf(problems, "items").key.commentBefore = lastProblems.length
    ? [` ${y - 1}年提出的问题（逐条回顾：已解决的删去，仍然存在的取消注释并更新表述，保留原 id）：`, commentedYaml(lastProblems)].join("\n")
    : ` ${y}年存在的问题与不足（problems 默认标题与正文同段）`;

  const planMap = doc.get("plan", true) as YAMLMap;
  pairOf(planMap, "items").key.commentBefore = [
    ` ${y + 1}年工作打算。目标任务写在 targets，如：`,
    `   targets:`,
    `     - { text: 高新技术企业总数达到50家, metric: hitech_firms, value: 50, unit: 家 }`,
    ` 重点工作写在 items（写上 id，下一年 report new 会把它们列为总结事项）。`,
  ].join("\n");

  const extra = pairOf(root, "extra");
  if (extra) extra.key.commentBefore = ` 上年的 extra（本单位模板使用的字段），原样带入：请逐项核对${y}年是否仍然适用`;

  for (const key of ["metrics", "summary", "problems", "plan", "parts", "extra"]) {
    const pair = pairOf(root, key);
    if (pair && pair !== afterOrganization) pair.key.spaceBefore = true;
  }
  return doc.toString({ lineWidth: 0 });
}
