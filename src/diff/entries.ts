/**
 * A report part as a flat list of comparable entries: the part's intro, the plan's
 * targets, and every topic at every depth with its own text (children are entries of
 * their own). Flat, so a topic keeps its match when it moves under another parent, as
 * "高新技术企业培育" does from one year's structure to the next.
 */
import { ordinal, stripHandOrdinal } from "../core/ordinals.js";
import { printedParts } from "../core/part-content.js";
import type { Part, PartKey, PlanPart, Report, Topic } from "../core/schema.js";
import { paragraphsOf } from "../core/text.js";
import { clampLevel, defaultHeading, joinPoints, withPoints } from "../render/outline.js";

export type EntryKind = "intro" | "target" | "topic";

export interface Entry {
  kind: EntryKind;
  /** Topic id; for a target, the metric it names. */
  id: string | null;
  title: string | null;
  /** The paragraphs as the report prints them (points joined "一是…二是…"), one per line. */
  text: string;
  /** Where it stands in that year's report: "一、（一）1.". */
  location: string;
  /** 0 for a part's own items. */
  depth: number;
}

/** The level-1 ordinal of each part the report prints (absent and empty parts take no number). */
export function partOrdinals(report: Report): Partial<Record<PartKey, string>> {
  return Object.fromEntries(printedParts(report).map((key, i) => [key, ordinal(1, i + 1)]));
}

/** Body paragraphs with the points continuing the last one, as outline.ts renders a topic. */
export function topicText(topic: Topic): string {
  return withPoints(paragraphsOf(topic.body), joinPoints(topic.points, topic.pointStyle)).join("\n");
}

function walk(items: Topic[], prefix: string, level: number, depth: number, out: Entry[]): void {
  items.forEach((topic, i) => {
    const location = prefix + ordinal(clampLevel(level), i + 1);
    const title = topic.title ? stripHandOrdinal(topic.title).trim() : null;
    out.push({ kind: "topic", id: topic.id ?? null, title, text: topicText(topic), location, depth });
    if (topic.items) walk(topic.items, location, level + 1, depth + 1, out);
  });
}

/** The entries of one part of a report, in reading order; [] when the part is absent. */
export function partEntries(report: Report, key: PartKey): Entry[] {
  const part: Part | PlanPart | undefined = report[key];
  const head = partOrdinals(report)[key];
  if (!part || !head) return [];
  const out: Entry[] = [];
  // The intro with the part's points continuing it, as outline.ts prints them.
  const intro = withPoints(paragraphsOf(part.intro), joinPoints(part.points, part.pointStyle)).join("\n");
  if (intro) out.push({ kind: "intro", id: null, title: null, text: intro, location: head, depth: 0 });
  const targets = "targets" in part ? (part.targets ?? []) : [];
  const targetsAt = head + ordinal(2, 1);
  for (const t of targets) out.push({ kind: "target", id: t.metric ?? null, title: null, text: t.text.trim(), location: targetsAt, depth: 0 });
  // With targets, the plan's items sit under （二）重点工作, one level deeper (outline.ts).
  if (targets.length) walk(part.items ?? [], head + ordinal(2, 2), 3, 0, out);
  else walk(part.items ?? [], head, 2, 0, out);
  return out;
}

/** Every topic of a part, the part's own items only (no children): the plan's commitments. */
export function topLevelTopics(report: Report, key: PartKey): Entry[] {
  return partEntries(report, key).filter((e) => e.kind === "topic" && e.depth === 0);
}

/** The text two entries are matched on: the title, or for an untitled topic its opening. */
export function matchKey(entry: Entry): string {
  const raw = entry.title ?? entry.text.split("\n")[0].slice(0, 60);
  return raw.replace(/\s+/g, "").replace(/[。；;，,：:！!？?]+$/u, "");
}

/** The heading a part prints under ("一、2023年主要工作及成效"), for section headers. */
export function partHeading(report: Report, key: PartKey): string | null {
  const part = report[key];
  const head = partOrdinals(report)[key];
  if (!part || !head) return null;
  return `${head}${stripHandOrdinal(part.heading ?? defaultHeading(key, report.year, report.period)).trim()}`;
}
