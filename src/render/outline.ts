/**
 * The outline: a report as numbered nodes, ready for a template to print. This is
 * where the rules of data-format.md become text: default headings, ordinals that
 * continue over absent parts, run-in titles, points joined into paragraphs, the plan's
 * 目标任务/重点工作 split. Every string here is Markdown: the input was escaped first.
 */
import type { HeadingLevel } from "../document/model.js";
import { emphasisThen, escapeBlockStart } from "../document/escape.js";
import { anchorName, type DataPath } from "./anchors.js";
import { outlineAttachments, type OutlineAttachment } from "./attachments.js";
import { periodLabel, periodOf, planPeriodLabel, summaryPeriodLabel, type Period } from "../core/period.js";
import { ordinal, pointMarker, stripHandOrdinal, type Level3Style, type PointStyle } from "../core/ordinals.js";
import { printedParts } from "../core/part-content.js";
import type { PartKey } from "../core/schema-constants.js";
import type { Part, PlanPart, Report, Target, Topic } from "../core/schema.js";
import { chineseDate, closeSentence, paragraphsOf, type Text } from "../core/text.js";

export interface OutlineNode {
  level: HeadingLevel;
  ordinal: string;
  /** Title without ordinal; null for an untitled (numbered paragraph) topic. */
  title: string | null;
  runIn: boolean;
  /** Own-line heading text with its ordinal ("一、2022年工作开展情况"), or null when run-in or untitled. */
  heading: string | null;
  /** Whole Markdown paragraphs; the run-in lead or untitled ordinal is already in the first. */
  paragraphs: string[];
  children: OutlineNode[];
  id: string | null;
  /** For parts: summary, highlights, …; null for topics. */
  part: PartKey | null;
  /** The bookmark around the node's own heading and paragraphs (anchors.ts); null on 重点工作, which has none. */
  anchor: string | null;
}

export interface Outline {
  title: string;
  /** The period summarised (`period`, "year" when absent) and its words: 2024年上半年 / 下半年 (core/period.ts). */
  period: Period;
  periodLabel: string;
  planPeriodLabel: string;
  intro: string[];
  parts: OutlineNode[];
  closing: string[];
  /** 附件说明 lines ("附件：1.…", "2.…"), printed before the signature; empty without attachments. */
  attachmentNote: string[];
  signature: { organization: string; date: string | null };
  /** Every attachment, numbered; those with paragraphs get a page after the signature. */
  attachments: OutlineAttachment[];
}

export interface OutlineOptions {
  level3: Level3Style;
  /** The parts to print, in order (report.config.yaml's `parts:`); the data's own `parts:` wins. */
  parts?: readonly PartKey[];
}

export function defaultHeading(part: PartKey, year: number, period: Period = "year"): string {
  switch (part) {
    case "summary":
      return `${summaryPeriodLabel({ year, period })}工作开展情况`;
    case "highlights":
      return "主要成效及亮点工作";
    case "problems":
      return "存在的问题与不足";
    case "outlook":
      return "形势分析";
    case "plan":
      return `${planPeriodLabel({ year, period })}工作打算`;
  }
}

/** 2023年工作总结及2024年工作计划 · 2024年上半年工作总结及下半年工作计划 · 2024年下半年工作总结及2025年工作计划. */
export function defaultTitle(organization: string, year: number, period: Period = "year"): string {
  const key = { year, period };
  return `${organization}${periodLabel(key)}工作总结及${planPeriodLabel(key)}工作计划`;
}

/** "一是A。二是B。" — each point closed with "。" unless it already ends a sentence. */
export function joinPoints(points: Text[] | undefined, style: PointStyle = "一是"): string {
  return (points ?? [])
    .map((point, i) => pointMarker(style, i + 1) + closeSentence(paragraphsOf(point).join("")))
    .join("");
}

/** The 目标任务 paragraph: targets joined with "；", closed with "。". */
export function joinTargets(targets: Target[] | undefined): string {
  const texts = (targets ?? []).map((t) => t.text.trim().replace(/[。；;，,]+$/, "")).filter(Boolean);
  return texts.length ? `${texts.join("；")}。` : "";
}

/** A standalone paragraph must not start with Markdown block syntax. */
const standalone = (paragraphs: string[]) => paragraphs.map(escapeBlockStart);

/** A nesting depth as a numbering level: deeper than four prints as four (the rules flag it). */
export function clampLevel(level: number): HeadingLevel {
  return Math.min(4, Math.max(1, level)) as HeadingLevel;
}

/** A topic's body (or a part's intro) paragraphs with its joined points continuing the last one (or alone). */
export function withPoints(paragraphs: string[], points: string): string[] {
  if (points) {
    if (paragraphs.length) paragraphs[paragraphs.length - 1] += points;
    else paragraphs.push(points);
  }
  return paragraphs;
}

function topicNode(topic: Topic, level: number, n: number, runInDefault: boolean, options: OutlineOptions, path: DataPath): OutlineNode {
  const lvl = clampLevel(level);
  const mark = ordinal(lvl, n, options.level3);
  const title = topic.title ? stripHandOrdinal(topic.title).trim() : null;
  const runIn = Boolean(title) && (topic.runIn ?? runInDefault);
  const paragraphs = withPoints(standalone(paragraphsOf(topic.body)), joinPoints(topic.points, topic.pointStyle));
  if (runIn) paragraphs[0] = emphasisThen(mark + closeSentence(title!), "**", paragraphs[0] ?? "");
  // "1." alone (an untitled topic with no text) would be an empty Markdown list item.
  else if (!title) paragraphs[0] = escapeBlockStart(mark + (paragraphs[0] ?? ""));
  const children = (topic.items ?? []).map((child, i) => topicNode(child, level + 1, i + 1, runInDefault, options, [...path, "items", i]));
  return {
    level: lvl,
    ordinal: mark,
    title,
    runIn,
    heading: title && !runIn ? mark + title : null,
    paragraphs,
    children,
    id: topic.id ?? null,
    part: null,
    anchor: anchorName(topic.id, path),
  };
}

function headingNode(level: HeadingLevel, n: number, title: string, paragraphs: string[], children: OutlineNode[], options: OutlineOptions, part: PartKey | null = null, anchor: string | null = part ? anchorName(null, [part]) : null): OutlineNode {
  const mark = ordinal(level, n, options.level3);
  return { level, ordinal: mark, title, runIn: false, heading: mark + title, paragraphs, children, id: null, part, anchor };
}

function partNode(key: PartKey, part: Part | PlanPart, n: number, year: number, period: Period, options: OutlineOptions): OutlineNode {
  const runInDefault = key === "problems";
  const items = part.items ?? [];
  const targets = "targets" in part ? part.targets : undefined;
  let children: OutlineNode[];
  if (key === "plan" && targets?.length) {
    const keyWork = items.map((topic, i) => topicNode(topic, 3, i + 1, runInDefault, options, [key, "items", i]));
    children = [headingNode(2, 1, "目标任务", standalone([joinTargets(targets)]), [], options, null, anchorName(null, ["plan", "targets"]))];
    if (keyWork.length) children.push(headingNode(2, 2, "重点工作", [], keyWork, options));
  } else {
    children = items.map((topic, i) => topicNode(topic, 2, i + 1, runInDefault, options, [key, "items", i]));
  }
  const heading = stripHandOrdinal(part.heading ?? defaultHeading(key, year, period)).trim();
  // A part's points continue its intro's last paragraph, as a topic's continue its body.
  const paragraphs = withPoints(standalone(paragraphsOf(part.intro)), joinPoints(part.points, part.pointStyle));
  return headingNode(1, n, heading, paragraphs, children, options, key);
}

/** Build the outline of a report whose strings are already Markdown-escaped. */
export function buildOutline(report: Report, options: OutlineOptions): Outline {
  const parts: OutlineNode[] = [];
  const period = periodOf(report);
  // Numbered after the choice: a part left out, absent or empty takes no number.
  for (const key of printedParts(report, options.parts)) parts.push(partNode(key, report[key]!, parts.length + 1, report.year, period, options));
  const signatureDate = report.signature?.date ?? report.date;
  return {
    title: report.title ?? defaultTitle(report.organization, report.year, period),
    period,
    periodLabel: periodLabel({ year: report.year, period }),
    planPeriodLabel: planPeriodLabel({ year: report.year, period }),
    intro: standalone(paragraphsOf(report.intro)),
    parts,
    closing: standalone(paragraphsOf(report.closing)),
    ...outlineAttachments(report.attachments),
    signature: {
      // A paragraph of its own: "1. 某局" or "- 某局" would be a Markdown list, lost from the signature.
      organization: escapeBlockStart(report.signature?.organization ?? report.organization),
      date: signatureDate ? chineseDate(signatureDate) : null,
    },
  };
}
