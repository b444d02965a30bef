/** The words of `report diff` output (text and md), in Chinese and English. */
import type { Lang } from "../../core/lang.js";
import type { PartKey } from "../../core/schema.js";
import { periodLabel } from "../../core/period.js";
import type { CoarseLevel, EntryRef, EntryStatus, MetricStatus, TargetStatus, YearSide } from "../../diff/model.js";

const ZH = {
  colon: "：",
  comma: "，",
  semicolon: "；",
  period: "。",
  paren: (text: string) => `（${text}）`,
  /** A side as the labels below name it: 2023年, 2024年上半年. */
  side: (s: YearSide) => periodLabel({ year: s.year, period: s.period ?? "year" }),
  title: (a: string, b: string) => `${a}与${b}对比`,
  periodNote: (a: string, b: string) => `注：两份报告的时段不同（${a}、${b}），指标的增减不是同比`,
  organization: "单位",
  files: "对比文件",
  differences: (n: number) => (n ? `共 ${n} 处变化` : "没有变化"),
  metrics: "主要指标",
  noMetrics: "两年均未填写指标。",
  metricHeader: (a: string, b: string) => ["指标", "单位", a, b, "增减", "增长率", "目标", "完成情况"],
  metricStatus: { new: "新增", dropped: "删除", changed: "", unchanged: "" } as Record<MetricStatus, string>,
  reached: "完成",
  missed: "未完成",
  unitChanged: (u: string) => `单位由${u}改变`,
  followThrough: (a: string, b: string) => `计划落实情况（${a}计划 → ${b}总结）`,
  targets: "目标任务",
  keyWork: "重点工作",
  noTargets: "上年计划未设目标任务。",
  noItems: "上年计划没有工作事项。",
  target: { reached: "已完成", missed: "未完成", "not-reported": "本年未报告该指标", unchecked: "无对应指标，需人工核对" } as Record<TargetStatus, string>,
  actual: (v: string) => `实际${v}`,
  reportedAt: (side: string, where: string) => `见${side}总结 ${where}`,
  notReported: (side: string) => `${side}总结中未见报告`,
  persisting: "连续两年提出的问题",
  noPersisting: "没有连续两年提出的问题。",
  raisedIn: (side: string) => `${side}提出`,
  sections: "各部分变化",
  part: { summary: "工作总结", highlights: "主要成效及亮点", problems: "存在的问题", outlook: "形势分析", plan: "工作计划" } as Record<PartKey, string>,
  counts: (c: Record<EntryStatus, number>) =>
    [c.changed && `修改 ${c.changed} 项`, c.added && `新增 ${c.added} 项`, c.removed && `删除 ${c.removed} 项`, c.unchanged && `未变 ${c.unchanged} 项`].filter(Boolean).join("，") || "无内容",
  status: { added: "新增", removed: "删除", changed: "修改", unchanged: "未变" } as Record<EntryStatus, string>,
  intro: "导语",
  targetEntry: "目标任务",
  byId: "按 id 匹配",
  bySimilarity: (s: number) => `按标题相似度 ${Math.round(s * 100)}% 匹配`,
  titleLine: "标题",
  twoYears: "连续两年提出",
  absent: "无此部分",
  // Said when a diff is coarser than usual (issue #17; src/diff/text-diff.ts, match.ts).
  fallbackNote: (field: "title" | "text", level: CoarseLevel) =>
    `注：${field === "title" ? "标题" : "正文"}过长或改动过多，未逐字比较，${level === "sentences" ? "改为按句比较" : "整段显示为删除和新增"}`,
  windowNote: (w: number) => `注：没有 id 且标题不同的条目过多，未两两比较，每项只与另一年前后 ${w} 项以内的条目比较；既改写又大幅移动的条目可能显示为删除和新增`,
};

export type Labels = typeof ZH;

const EN: Labels = {
  colon: ": ",
  comma: ", ",
  semicolon: "; ",
  period: ".",
  paren: (text) => ` (${text})`,
  side: (s) => (s.period === "first-half" ? `${s.year} H1` : s.period === "second-half" ? `${s.year} H2` : String(s.year)),
  title: (a, b) => `${a} compared with ${b}`,
  periodNote: (a, b) => `note: the two reports cover different periods (${a}, ${b}): the changes in the figures are not year on year`,
  organization: "organization",
  files: "files",
  differences: (n) => (n ? `${n} difference${n === 1 ? "" : "s"}` : "no differences"),
  metrics: "Metrics",
  noMetrics: "Neither year has metrics.",
  metricHeader: (a, b) => ["indicator", "unit", String(a), String(b), "change", "growth", "target", "status"],
  metricStatus: { new: "new", dropped: "dropped", changed: "", unchanged: "" },
  reached: "reached",
  missed: "missed",
  unitChanged: (u) => `unit was ${u}`,
  followThrough: (a, b) => `Plan follow-through (${a} plan → ${b} summary)`,
  targets: "Targets",
  keyWork: "Key work",
  noTargets: "Last year's plan set no targets.",
  noItems: "Last year's plan has no items.",
  target: { reached: "reached", missed: "missed", "not-reported": "metric not reported this year", unchecked: "no metric: check by hand" },
  actual: (v) => `actual ${v}`,
  reportedAt: (year, where) => `${year} summary ${where}`,
  notReported: (year) => `not found in the ${year} summary`,
  persisting: "Problems raised again",
  noPersisting: "No problem was raised in both years.",
  raisedIn: (year) => `raised in ${year}`,
  sections: "Changes by part",
  part: { summary: "Summary", highlights: "Highlights", problems: "Problems", outlook: "Outlook", plan: "Plan" },
  counts: (c) =>
    [c.changed && `${c.changed} changed`, c.added && `${c.added} added`, c.removed && `${c.removed} removed`, c.unchanged && `${c.unchanged} unchanged`].filter(Boolean).join(", ") ||
    "empty",
  status: { added: "added", removed: "removed", changed: "changed", unchanged: "unchanged" },
  intro: "intro",
  targetEntry: "target",
  byId: "matched by id",
  bySimilarity: (s) => `matched by title, ${Math.round(s * 100)}% alike`,
  titleLine: "title",
  twoYears: "raised two years running",
  absent: "absent",
  fallbackNote: (field, level) =>
    `note: the ${field} is too long or too changed to compare character by character; ${level === "sentences" ? "compared sentence by sentence" : "shown as replaced"}`,
  windowNote: (w) =>
    `note: too many entries without an id or an identical title to compare every pair; each was compared with those within ${w} places of it in the other year, so one both reworded and moved far may show as removed and added`,
};

/** With a half on either side "two years running" is not what happened: two reports in a row. */
const HALVES: Record<Lang, Partial<Labels>> = {
  zh: { persisting: "连续两次提出的问题", noPersisting: "没有两份报告都提出的问题。", twoYears: "连续两次提出" },
  en: { noPersisting: "No problem was raised in both reports.", twoYears: "raised in both reports" },
};

export function diffLabels(lang: Lang, halves = false): Labels {
  const labels = lang === "zh" ? ZH : EN;
  return halves ? { ...labels, ...HALVES[lang] } : labels;
}

/** Whether either side of a diff is a half-year report (its `period` is only there for one). */
export const hasHalf = (a: YearSide, b: YearSide) => Boolean(a.period || b.period);

/** How an entry is named in a list: its title, "导语", "目标任务", or its opening words. */
export function entryName(ref: EntryRef, labels: Labels, max = 30): string {
  if (ref.title) return ref.title;
  const first = ref.text.split("\n")[0];
  const chars = [...first];
  const opening = chars.length > max ? `${chars.slice(0, max).join("")}…` : first;
  return ref.kind === "topic" ? opening : `${kindLabel(ref, labels)}${labels.colon}${opening}`;
}

/** "导语" / "目标任务" for intros and targets; "" for topics. */
export function kindLabel(ref: EntryRef, labels: Labels): string {
  return ref.kind === "intro" ? labels.intro : ref.kind === "target" ? labels.targetEntry : "";
}
