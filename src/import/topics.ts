/**
 * A numbered paragraph and what follows it → a Topic: an own-line title ("（一）培育壮大
 * 创新主体"), a run-in title split at the first "。" ("（一）企业科技创新能力不强。企业…"),
 * or no title at all (a numbered paragraph "（一）获省级科技进步奖2项。"); then body
 * paragraphs, an enumeration turned into points, and the sub-topics.
 */
import type { Topic } from "../core/schema.js";
import { stripMarker } from "./markers.js";
import { findEnumeration } from "./points.js";
import { topicTexts, type RawTopic } from "./structure.js";

export interface Head {
  title?: string;
  runIn?: boolean;
  /** Text of the opening paragraph that is body, not title. */
  first?: string;
}

const commas = (text: string) => (text.match(/[，,]/g) ?? []).length;

/** A heading standing alone: short, no sentence end, at most one comma. */
function isOwnLineTitle(text: string): boolean {
  return text.length <= 30 && !/[。！？；;]/.test(text) && commas(text) <= 1;
}

/** A first sentence that reads as a run-in title: short, no figures (those are statements). */
function isRunInTitle(sentence: string, inProblems: boolean): boolean {
  if (inProblems) return sentence.length <= 40 && commas(sentence) <= 2;
  return sentence.length <= 25 && commas(sentence) <= 1 && !/\d/.test(sentence);
}

export function splitHead(raw: RawTopic, inProblems: boolean): Head {
  const text = raw.marker ? raw.head.text.slice(raw.marker.text.length).trim() : raw.head.text;
  if (raw.head.heading) return { title: text };
  // Bold (Word, Markdown) marks the title exactly.
  const lead = raw.head.lead ? stripMarker(raw.head.lead).trim() : "";
  if (lead && text.startsWith(lead)) {
    const rest = text.slice(lead.length).trim();
    if (!rest) return { title: text };
    return { title: lead.replace(/。$/, ""), runIn: true, first: rest };
  }
  // A half-width "." ends a sentence after Chinese text ("取得突破.全年…"), not in "2.5".
  const stop = text.search(/[。！？!?]|(?<=[^\x00-\x7f])\.(?!\d)/u);
  if (stop < 0) return isOwnLineTitle(text) ? { title: text } : { first: text };
  const rest = text.slice(stop + 1).trim();
  const sentence = text.slice(0, stop);
  // "（二）提高教育教学质量。" alone on its line, with text or sub-topics under it: a heading.
  if (!rest && (raw.body.length || raw.children.length) && isOwnLineTitle(sentence) && !/\d/.test(sentence)) return { title: text };
  if (rest && isRunInTitle(sentence, inProblems)) {
    return { title: text[stop] === "。" ? sentence : text.slice(0, stop + 1), runIn: true, first: rest };
  }
  return { first: text };
}

/** Paragraphs as Text: one string, or a list when there are several. */
export function asText(paragraphs: string[]): string | string[] | undefined {
  if (!paragraphs.length) return undefined;
  return paragraphs.length === 1 ? paragraphs[0] : paragraphs;
}

/** Numbered topics nested deeper than the outline has levels become body text of their parent. */
export function flattenBeyond(topics: RawTopic[], maxDepth: number, depth = 1): number {
  let flattened = 0;
  for (const topic of topics) {
    if (depth >= maxDepth && topic.children.length) {
      const moved = topic.children.flatMap(topicTexts);
      topic.body = topic.body.concat(moved); // not push(...moved): 100,000 arguments overflow the stack
      flattened += moved.length;
      topic.children = [];
    } else flattened += flattenBeyond(topic.children, maxDepth, depth + 1);
  }
  return flattened;
}

export function toTopic(raw: RawTopic, inProblems: boolean): Topic {
  const head = splitHead(raw, inProblems);
  const paragraphs = [...(head.first ? [head.first] : []), ...raw.body];
  const topic: Topic = {};
  if (head.title) {
    topic.title = head.title;
    const runIn = Boolean(head.runIn);
    // In problems titles run in by default; elsewhere they stand alone.
    if (runIn !== inProblems) topic.runIn = runIn;
  }
  // Points continue the last paragraph, so only an enumeration there, with a lead or alone, can become points.
  const enumeration = paragraphs.length ? findEnumeration(paragraphs[paragraphs.length - 1]) : undefined;
  const usePoints = enumeration !== undefined && (enumeration.lead !== "" || paragraphs.length === 1);
  if (usePoints) {
    paragraphs.pop();
    if (enumeration.lead) paragraphs.push(enumeration.lead);
  }
  const body = asText(paragraphs);
  if (body !== undefined) topic.body = body;
  if (usePoints) {
    topic.points = enumeration.points;
    if (enumeration.style !== "一是") topic.pointStyle = enumeration.style;
  }
  if (raw.children.length) topic.items = raw.children.map((child) => toTopic(child, inProblems));
  return topic;
}
