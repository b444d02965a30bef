/**
 * A numbered paragraph and what follows it → a Topic: an own-line title ("（一）培育壮大
 * 创新主体"), a run-in title split at the first "。" ("（一）企业科技创新能力不强。企业…"),
 * or no title at all (a numbered paragraph "（一）获省级科技进步奖2项。"); then body
 * paragraphs, an enumeration turned into points, and the sub-topics. A part's opening
 * text is read the same way (partOpening): intro, then points.
 */
import type { Part, Topic } from "../core/schema.js";
import { stripMarker } from "./markers.js";
import { findEnumeration } from "./points.js";
import { topicTexts, type RawTopic } from "./structure.js";

export interface Head {
  title?: string;
  runIn?: boolean;
  /** Text of the opening paragraph that is body, not title. */
  first?: string;
}

/**
 * A heading is known by its marker and its shape, not its length: a numbered paragraph
 * with no sentence end in it is a heading however long ("（一）推动构建集中统一、全面覆盖、
 * 权威高效的审计监督体系，审计工作运行机制持续优化" is 38 characters and a heading).
 */
export function isOwnLineTitle(text: string): boolean {
  return !/[。！？；;!?]/.test(text);
}

/**
 * Longer than this, a first sentence is a statement, not a run-in title. Run-in titles in
 * the corpus's real reports are under 40 characters; a 72-character first sentence with
 * three commas ("规定每周二下午为政治学习时间，组织集中学习…") is text.
 */
const RUN_IN_MAX = 50;

/**
 * Where a run-in title ends: the first 。！？ (or a half-width "." after Chinese text,
 * not in "2.5"), or the first ： — "1. 主动公开信息：…" is titled at its colon; a half-width
 * ":" too ("1.主动公开:2023年，…"), unless it stands between digits as in a time (10:30).
 */
const TITLE_STOP = /[。！？!?：]|(?<=[^\x00-\x7f])\.(?!\d)|(?<!\d):|:(?!\d)/u;

/** A sentence ends here: 。！？； (full- or half-width), or a half-width "." after Chinese text. */
const SENTENCE_END = /[。！？；!?;]|(?<=[^\x00-\x7f])\.(?!\d)/u;

/** "全县新增高新技术企业9家": a figure (not a year) makes a first sentence a statement, not a title. */
const isStatement = (sentence: string) => /\d/.test(sentence.replace(/\d{4}年/g, ""));

export function splitHead(raw: RawTopic, _inProblems: boolean): Head {
  const text = raw.marker ? raw.head.text.slice(raw.marker.text.length).trim() : raw.head.text;
  if (raw.head.heading) return { title: text };
  // Bold (Word, Markdown) marks the title exactly.
  const lead = raw.head.lead ? stripMarker(raw.head.lead).trim() : "";
  if (lead && text.startsWith(lead)) {
    const rest = text.slice(lead.length).trim();
    if (!rest) return { title: text };
    return { title: lead.replace(/。$/, ""), runIn: true, first: rest };
  }
  // A line of its own with no sentence end is a heading at its marker's level, whatever it
  // holds: "（一）干部队伍建设：夯实管理核心" is one title, not "干部队伍建设：" run into a body.
  if (!SENTENCE_END.test(text)) return { title: text };
  const stop = text.search(TITLE_STOP);
  if (stop < 0) return { first: text };
  const rest = text.slice(stop + 1).trim();
  const sentence = text.slice(0, stop);
  // "（二）提高教育教学质量。" alone on its line, with text or sub-topics under it: a heading.
  if (!rest && (raw.body.length || raw.children.length) && isOwnLineTitle(sentence) && !/\d/.test(sentence)) return { title: text };
  // A colon keeps its place in the title (the build adds no "。" after it).
  if (rest && sentence.length <= RUN_IN_MAX && !/[；;]/.test(sentence) && (text[stop] === "：" || !isStatement(sentence))) {
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

/**
 * "一是…" / "二是…" each on a line of its own (a web copy, or a PDF's break before each
 * point) at the end of the body: the same enumeration as inside one paragraph. The lines
 * are joined into one so the paragraph test below finds it; a lead before them must end
 * in a colon (else the points would continue an unrelated paragraph).
 */
function pointsOnLines(paragraphs: string[]) {
  let k = paragraphs.length;
  while (k > 0 && /^[一二三四五六七八九十]{1,3}是/.test(paragraphs[k - 1])) k--;
  const run = paragraphs.slice(k);
  if (run.length < 2 || !run[0].startsWith("一是") || (k > 0 && !/[：:]$/.test(paragraphs[k - 1]))) return undefined;
  const joined = findEnumeration((k > 0 ? paragraphs[k - 1] : "") + run.join(""));
  if (!joined || joined.points.length !== run.length) return undefined;
  paragraphs.splice(k > 0 ? k - 1 : k);
  paragraphs.push(joined.lead || "");
  return joined;
}

/** A topic's body or a part's intro, with the enumeration that ends it as points (pointStyle only when not 一是). */
export interface TextWithPoints {
  text?: string | string[];
  points?: string[];
  pointStyle?: Topic["pointStyle"];
}

/**
 * Paragraphs → text and points, as the build prints them back: points continue the last
 * paragraph, so only an enumeration there, with a lead or alone, can become points. The
 * same for a topic's body and a part's intro ("存在的问题" written as one paragraph
 * "一是…；二是…"). `paragraphs` is not changed.
 */
export function withPoints(paragraphs: readonly string[]): TextWithPoints {
  const rest = [...paragraphs];
  const enumeration = pointsOnLines(rest) ?? (rest.length ? findEnumeration(rest[rest.length - 1]) : undefined);
  const usePoints = enumeration !== undefined && (enumeration.lead !== "" || rest.length === 1);
  if (usePoints) {
    rest.pop();
    if (enumeration.lead) rest.push(enumeration.lead);
  }
  const out: TextWithPoints = {};
  const text = asText(usePoints ? rest : [...paragraphs]);
  if (text !== undefined) out.text = text;
  if (usePoints) {
    out.points = enumeration.points;
    if (enumeration.style !== "一是") out.pointStyle = enumeration.style;
  }
  return out;
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
  const { text, points, pointStyle } = withPoints(paragraphs);
  if (text !== undefined) topic.body = text;
  if (points) topic.points = points;
  if (pointStyle) topic.pointStyle = pointStyle;
  if (raw.children.length) topic.items = raw.children.map((child) => toTopic(child, inProblems));
  return topic;
}

/** A part's opening paragraphs → `intro`, `points` and `pointStyle`, in the data format's key order; {} when there are none. */
export function partOpening(paragraphs: readonly string[]): Pick<Part, "intro" | "points" | "pointStyle"> {
  const { text, points, pointStyle } = withPoints(paragraphs);
  return { ...(text !== undefined ? { intro: text } : {}), ...(points ? { points } : {}), ...(pointStyle ? { pointStyle } : {}) };
}
