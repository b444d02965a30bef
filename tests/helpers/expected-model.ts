/**
 * The document model a report should become, computed straight from data-format.md
 * (not from src/render): the oracle of the property tests. It only has to be right for
 * the data tests/helpers/arbitraries.ts generates (paragraphs already normalised, titles
 * without hand-written ordinals).
 */
import type { Part, PlanPart, Report, Target, Topic } from "../../src/core/schema.js";
import { closeSentence } from "../../src/core/text.js";
import type { Block, HeadingLevel, Run } from "../../src/document/model.js";
import { expectedParagraphs } from "./arbitraries.js";

const DIGITS = "零一二三四五六七八九";

/** 1-99 in Chinese numerals. */
export function cn(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens] : ""}十${n % 10 ? DIGITS[n % 10] : ""}`;
}

export function ordinalOf(level: HeadingLevel, n: number, level3: "1." | "1、"): string {
  return [`${cn(n)}、`, `（${cn(n)}）`, level3 === "1." ? `${n}.` : `${n}、`, `（${n}）`][level - 1];
}

function marker(style: Topic["pointStyle"], n: number): string {
  if (style === "（1）") return `（${n}）`;
  if (style === "①") {
    const base = n <= 20 ? 0x2460 + n - 1 : n <= 35 ? 0x3251 + n - 21 : 0x32b1 + n - 36;
    return String.fromCodePoint(base);
  }
  return `${cn(n)}是`;
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const para = (...runs: Run[]): Block => ({ type: "paragraph", runs });

/** data-format.md: points ("一是…。二是…。") continue the last paragraph of a topic's body or a part's intro, or stand alone. */
function withPoints(text: Topic["body"], owner: Pick<Topic, "points" | "pointStyle">): string[] {
  const paragraphs = expectedParagraphs(text);
  const points = (owner.points ?? []).map((p, i) => marker(owner.pointStyle, i + 1) + closeSentence(expectedParagraphs(p).join(""))).join("");
  if (points) {
    if (paragraphs.length) paragraphs[paragraphs.length - 1] += points;
    else paragraphs.push(points);
  }
  return paragraphs;
}

function topicBlocks(topic: Topic, level: HeadingLevel, n: number, runInDefault: boolean, level3: "1." | "1、"): Block[] {
  const mark = ordinalOf(level, n, level3);
  const paragraphs = withPoints(topic.body, topic);
  const blocks: Block[] = [];
  const runIn = Boolean(topic.title) && (topic.runIn ?? runInDefault);
  if (topic.title && !runIn) {
    blocks.push({ type: "heading", level, ordinal: mark, text: topic.title }, ...paragraphs.map((p) => para({ text: p })));
  } else if (runIn) {
    const [first, ...rest] = paragraphs;
    const lead: Run = { text: mark + closeSentence(topic.title!), runIn: level };
    blocks.push(first ? para(lead, { text: first }) : para(lead), ...rest.map((p) => para({ text: p })));
  } else {
    const [first = "", ...rest] = paragraphs;
    blocks.push(para({ text: mark + first }), ...rest.map((p) => para({ text: p })));
  }
  (topic.items ?? []).forEach((child, i) => blocks.push(...topicBlocks(child, (level + 1) as HeadingLevel, i + 1, runInDefault, level3)));
  return blocks;
}

function targetsParagraph(targets: Target[]): string {
  const texts = targets.map((t) => t.text.trim().replace(/[。；;，,]+$/, "")).filter(Boolean);
  return texts.length ? `${texts.join("；")}。` : "";
}

type Period = NonNullable<Report["period"]>;

/** data-format.md's "Half-year reports" table, as written there. */
const DEFAULT_HEADINGS = {
  summary: (year: number, period: Period) => (period === "first-half" ? "上半年工作开展情况" : period === "second-half" ? "下半年工作开展情况" : `${year}年工作开展情况`),
  highlights: () => "主要成效及亮点工作",
  problems: () => "存在的问题与不足",
  outlook: () => "形势分析",
  plan: (year: number, period: Period) => (period === "first-half" ? "下半年工作打算" : `${year + 1}年工作打算`),
};

function defaultTitle({ organization, year, period = "year" }: Report): string {
  if (period === "first-half") return `${organization}${year}年上半年工作总结及下半年工作计划`;
  if (period === "second-half") return `${organization}${year}年下半年工作总结及${year + 1}年工作计划`;
  return `${organization}${year}年工作总结及${year + 1}年工作计划`;
}

/** data-format.md: a part with no opening text, no points, no items and no targets prints nothing, not even its heading. */
function printsNothing(part: Part | PlanPart): boolean {
  return expectedParagraphs(part.intro).length === 0 && !part.points?.length && !part.items?.length && !("targets" in part && part.targets?.length);
}

export function expectedBlocks(report: Report, level3: "1." | "1、" = "1."): Block[] {
  const blocks: Block[] = [{ type: "title", text: report.title ?? defaultTitle(report) }];
  const paragraphs = (text: Report["intro"]) => expectedParagraphs(text).map((p) => para({ text: p }));
  blocks.push(...paragraphs(report.intro));
  let n = 0;
  for (const key of report.parts ?? (["summary", "highlights", "problems", "outlook", "plan"] as const)) {
    const part = report[key];
    if (!part || printsNothing(part)) continue;
    blocks.push({ type: "heading", level: 1, ordinal: ordinalOf(1, ++n, level3), text: part.heading ?? DEFAULT_HEADINGS[key](report.year, report.period ?? "year") });
    blocks.push(...withPoints(part.intro, part).map((p) => para({ text: p })));
    const runIn = key === "problems";
    const targets = key === "plan" ? report.plan.targets : undefined;
    if (targets?.length) {
      blocks.push({ type: "heading", level: 2, ordinal: ordinalOf(2, 1, level3), text: "目标任务" });
      const joined = targetsParagraph(targets);
      if (joined) blocks.push(para({ text: joined }));
      if (part.items?.length) {
        blocks.push({ type: "heading", level: 2, ordinal: ordinalOf(2, 2, level3), text: "重点工作" });
        part.items.forEach((t, i) => blocks.push(...topicBlocks(t, 3, i + 1, runIn, level3)));
      }
    } else {
      (part.items ?? []).forEach((t, i) => blocks.push(...topicBlocks(t, 2, i + 1, runIn, level3)));
    }
  }
  blocks.push(...paragraphs(report.closing));
  const date = report.signature?.date ?? report.date;
  // Attachments (GB/T 9704 7.3.4, 7.4): the 附件说明 before the signature; a page for each with a body after it.
  const attachments = report.attachments ?? [];
  const several = attachments.length > 1;
  if (attachments.length) {
    blocks.push({ type: "attachmentNote", lines: attachments.map((a, i) => (i === 0 ? "附件：" : "") + (several ? `${i + 1}.` : "") + a.title) });
  }
  blocks.push({ type: "signature", organization: report.signature?.organization ?? report.organization, ...(date ? { date: chineseDate(date) } : {}) });
  attachments.forEach((a, i) => {
    const body = expectedParagraphs(a.body);
    if (body.length) blocks.push({ type: "attachment", label: several ? `附件${i + 1}` : "附件" }, { type: "title", text: a.title }, ...body.map((p) => para({ text: p })));
  });
  return blocks;
}

/** How many numbered things the report has: parts, topics, and the plan's two fixed headings. */
export function numberedCount(report: Report): number {
  const count = (items: Topic[] | undefined): number => (items ?? []).reduce((sum, t) => sum + 1 + count(t.items), 0);
  let total = 0;
  for (const key of report.parts ?? (["summary", "highlights", "problems", "outlook", "plan"] as const)) {
    const part = report[key];
    if (!part || printsNothing(part)) continue;
    total += 1 + count(part.items);
    if (key === "plan" && report.plan.targets?.length) total += part.items?.length ? 2 : 1;
  }
  return total;
}
