/**
 * The body's shape: paragraphs → top-level sections (the 一、 headings) → trees of
 * numbered topics. A level is known by the kind of its marker, not by a fixed table:
 * a kind not yet open nests one deeper, a kind already open closes back to it. Unnumbered
 * paragraphs belong to the innermost open topic (or the section's intro).
 */
import { leadingMarker, markerVariants, type Marker } from "./markers.js";
import { partForHeading } from "./parts.js";
import { headingAtSpace, type SourceParagraph } from "./source.js";

export interface RawTopic {
  key: string;
  marker?: Marker;
  /** The opening paragraph (with its marker). */
  head: SourceParagraph;
  /** Unnumbered paragraphs that follow it. */
  body: string[];
  children: RawTopic[];
}

/** Every paragraph of a topic and its sub-topics, in reading order. */
export function topicTexts(topic: RawTopic): string[] {
  return [topic.head.text, ...topic.body, ...topic.children.flatMap(topicTexts)];
}

export interface RawSection {
  head: SourceParagraph;
  /** Heading text without its marker. */
  heading: string;
  intro: string[];
  topics: RawTopic[];
}

export interface RawBody {
  intro: string[];
  sections: RawSection[];
}

/**
 * "（1）A。（2）B。" in one paragraph is an enumeration, not a numbered topic: its
 * marker is followed by the next one of the same kind inside the paragraph.
 */
export function isInlineEnumeration(text: string, marker: Marker): boolean {
  return markerVariants(marker.kind, marker.n + 1).test(text.slice(marker.text.length));
}

/** The level key of a paragraph: its marker kind, its Word list depth or its heading depth. */
export function levelKey(p: SourceParagraph): { key: string; marker?: Marker } | undefined {
  const marker = leadingMarker(p.text);
  if (marker && !(p.heading === undefined && isInlineEnumeration(p.text, marker))) return { key: marker.kind, marker };
  if (p.list) return { key: `list${p.list}` };
  if (p.heading) return { key: `h${p.heading}` };
  return undefined;
}

/**
 * A heading-like paragraph: no sentence inside, whatever its length (a trailing "。" is
 * allowed). A colon inside ends a run-in heading only when a sentence follows it
 * ("一、总体情况：2023年，…。"); with no sentence end anywhere the line is one heading
 * ("一、干部队伍建设：夯实管理核心").
 */
export function isHeadingLike(text: string): boolean {
  if (/[。！？；]./.test(text)) return false;
  return !/[：:]./.test(text) || !/[。！？；!?;]/.test(text);
}

/** The kind of marker that opens the parts: the one whose headings name parts most often. */
export function sectionKey(paragraphs: SourceParagraph[]): string | undefined {
  const votes = new Map<string, number>();
  for (const p of paragraphs) {
    const level = levelKey(p);
    if (!level) continue;
    const rest = level.marker ? p.text.slice(level.marker.text.length) : p.text;
    const named = isHeadingLike(rest) && partForHeading(rest) ? 1 : 0;
    votes.set(level.key, (votes.get(level.key) ?? 0) + named);
  }
  let best: string | undefined;
  for (const [key, count] of votes) if (count > 0 && (best === undefined || count > votes.get(best)!)) best = key;
  return best ?? (votes.has("cn") ? "cn" : undefined);
}

/**
 * "（一）强基固本，忠诚教育筑基石　学校将…。" (a Word or Markdown paragraph whose heading and
 * text a web copy put on one line, parted by a space that tidy() kept): two paragraphs, the
 * heading and its text, as a plain text's line is split in reflow.ts.
 */
function splitHeadingSpace(p: SourceParagraph): SourceParagraph[] {
  if (p.heading || p.title || p.table || p.lead) return [p];
  const at = headingAtSpace(p.text);
  return at ? [{ ...p, text: at.head }, { text: at.rest }] : [p];
}

export function buildBody(source: SourceParagraph[]): RawBody {
  const paragraphs = source.flatMap(splitHeadingSpace);
  const top = sectionKey(paragraphs);
  const body: RawBody = { intro: [], sections: [] };
  let section: RawSection | undefined;
  let stack: RawTopic[] = [];
  for (const p of paragraphs) {
    const level = levelKey(p);
    if (level && level.key === top) {
      const heading = level.marker ? p.text.slice(level.marker.text.length) : p.text;
      section = { head: p, heading, intro: [], topics: [] };
      body.sections.push(section);
      stack = [];
      continue;
    }
    if (!section) {
      body.intro.push(p.text);
      continue;
    }
    if (!level) {
      if (stack.length) stack[stack.length - 1].body.push(p.text);
      else section.intro.push(p.text);
      continue;
    }
    const open = stack.findIndex((t) => t.key === level.key);
    if (open >= 0) stack = stack.slice(0, open);
    const topic: RawTopic = { key: level.key, marker: level.marker, head: p, body: [], children: [] };
    (stack.length ? stack[stack.length - 1].children : section.topics).push(topic);
    stack.push(topic);
  }
  return body;
}
