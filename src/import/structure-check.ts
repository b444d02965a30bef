/**
 * `--check` measures structure too, not only text: the numbered headings per level and the
 * points (一是/二是…) of the original against those of the rebuilt Markdown. A text score
 * of 100% can hide a report whose 38-character headings became body text, or whose
 * unbroken text gained a second 一、: counting markers per level shows both.
 * One counter for both sides: a numbered block counts at its depth, found as the import
 * nests (structure.ts): the first kind of marker is level 1, a kind not yet open one
 * deeper, a kind already open closes back to its level. So a report that goes 一、 → 1.
 * (skipping （一）, as many real ones do) has its 1. at level 2, where the build prints
 * them as （一）; in the build's own numbering 一、（一）1.（1） are levels 1 to 4. A Word
 * list paragraph with no typed marker counts one level below its list depth's part (depth
 * 1 → level 2); every "N是" that opens a block or follows punctuation is a point.
 */
import { leadingMarker, type MarkerKind } from "./markers.js";
import { atTitlePlace, readsAsReportTitle, TITLE_LINES } from "./year-organization.js";

export interface Shape {
  /** Numbered headings and paragraphs per level, 1…4. */
  levels: [number, number, number, number];
  points: number;
  /** The original only: the line at its top that reads as the report's title, if any (titleInBody). */
  title?: string;
  /**
   * The original only: the part headings the build prints that the original did not have,
   * when it has none of its own (a plan alone's "2024年工作打算"): not counted on the
   * rebuilt side, and what stands beneath them counted one level up (assemble.ts).
   */
  generatedHeadings?: string[];
}

/** Kinds that number the outline (① and the like are points in a paragraph); 1） is a 1. */
const OUTLINE: Partial<Record<MarkerKind, MarkerKind>> = { cn: "cn", pcn: "pcn", num: "num", rnum: "num", pnum: "pnum" };
const POINT = /(?:^|[。；;！？!?：:，,])[一二三四五六七八九十]{1,3}是/gu;

export interface ShapeBlock {
  text: string;
  list?: number;
  /** A part heading the build generated (Shape.generatedHeadings): not counted; what follows it, up to the next level 1, one level up. */
  generated?: true;
}

export function shapeOf(blocks: ShapeBlock[]): Shape {
  const shape: Shape = { levels: [0, 0, 0, 0], points: 0 };
  let open: MarkerKind[] = [];
  const depthOf = (kind: MarkerKind) => {
    const at = open.indexOf(kind);
    open = at >= 0 ? open.slice(0, at + 1) : [...open, kind];
    return open.length;
  };
  let beneath = false;
  for (const block of blocks) {
    const marker = leadingMarker(block.text);
    const kind = marker ? OUTLINE[marker.kind] : undefined;
    const depth = kind ? depthOf(kind) : block.list ? block.list + 1 : undefined;
    if (block.generated) {
      beneath = true;
      continue;
    }
    if (depth === 1) beneath = false;
    const level = depth && Math.min(4, beneath ? depth - 1 : depth);
    if (level) shape.levels[level - 1]++;
    shape.points += block.text.match(POINT)?.length ?? 0;
  }
  return shape;
}

/**
 * An ordinal that opens a heading, inside a line: 一、 （一） 一) 1. 1、 (not 1.5, not 2023年).
 * The original side's own reading, not reflow.ts's: a line the importer did not split
 * still counts what it holds.
 */
const INLINE = /(?=[一二三四五六七八九十]{1,3}\s*[、．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|(?<![（(一二三四五六七八九十])[一二三四五六七八九十]{1,3}\s*[）)]|(?<![\d.．])\d{1,2}\s*(?:[、．]|\.(?!\d)))/gu;
const RANK: Partial<Record<MarkerKind, number>> = { cn: 1, pcn: 2, num: 3 };
/** Where a new paragraph may begin inside a line: after a sentence end, or after "如下：". */
const SENTENCE_BEFORE = /(?:[。！？!?]["”’」』]?|如下[：:])\s*$/u;

/**
 * The original's shape, read line by line as a person would: a line's leading marker, and
 * every heading ordinal inside it that stands after a sentence end (or after "如下：", or
 * opens the first sub-item right after a heading with no full stop: "一、主要做法（一）…", or
 * follows the report's title run into the text),
 * whatever the line's length. A later number counts only when its kind's number before
 * it did (so "主要做法：1、…。2、…" is an enumeration, not two headings), followed through
 * the whole text, not line by line: a text pasted as several long lines has its "（一）" in
 * one line and its "。（二）" in the next.
 */
export function originalShapeOf(blocks: ShapeBlock[]): Shape {
  const split: ShapeBlock[] = [];
  const last = new Map<MarkerKind, number>();
  for (const block of blocks) {
    const text = block.text;
    let start = 0;
    const own = leadingMarker(text);
    if (own) last.set(own.kind, own.n);
    for (const m of text.matchAll(INLINE)) {
      const at = m.index!;
      if (at === start) continue;
      const marker = leadingMarker(text.slice(at, at + 12));
      if (!marker || !(marker.kind === "cn" || marker.kind === "pcn" || marker.kind === "num")) continue;
      // Only the few characters before the marker are looked at (a pasted text may be one
      // 10 MB line), and the whole piece only when it is short: a heading, a title.
      const tail = text.slice(Math.max(start, at - 8), at);
      const short = at - start <= 80 ? text.slice(start, at) : undefined;
      const head = short === undefined ? undefined : leadingMarker(short);
      // A deeper kind only ("（一）推动构建集中统一、全面覆盖…" holds no 一、).
      const under = marker.n === 1 && head !== undefined && (RANK[marker.kind] ?? 0) > (RANK[head.kind] ?? 9) && !/[。！？；]/.test(short!);
      // "某局2023年工作总结及2024年工作计划一、…": the report's title run into the text.
      const afterTitle = start === 0 && short !== undefined && readsAsReportTitle(short);
      if (!SENTENCE_BEFORE.test(tail) && !under && !afterTitle) {
        if (marker.n === 1 && /[：:]\s*$/.test(tail)) last.set(marker.kind, 0);
        continue;
      }
      if (marker.n > 1 && last.get(marker.kind) !== marker.n - 1) continue;
      last.set(marker.kind, marker.n);
      split.push({ ...block, text: text.slice(start, at) });
      start = at;
    }
    split.push(start ? { text: text.slice(start) } : block);
  }
  return shapeOf(split);
}

export type StructureDifference =
  | { what: "level"; level: number; original: number; rebuilt: number }
  | { what: "points"; original: number; rebuilt: number }
  | { what: "title"; title: string }
  /** A figure of the key-figures table read as metrics that does not come back (figures-check.ts). */
  | { what: "figures"; where: string; column: string; original: string; rebuilt: string };


/** The first of the original's top lines (before any reflow) that reads as a report title. */
export function titleLine(lines: string[]): string | undefined {
  const top = lines.slice(0, TITLE_LINES);
  return top.find((line, i) => atTitlePlace(top, i) && readsAsReportTitle(line))?.trim();
}

const squeeze = (text: string) => text.normalize("NFKC").replace(/[\s\u00a0\u3000]+/g, "");

/**
 * The original's title run into a paragraph of the rebuilt body ("某区…2023年工作总结及2024年
 * 工作计划2023年，我局…"): the text is all there, so the score cannot see it, and no heading
 * is lost, so the counts cannot either. Only the head of a paragraph is looked at: a
 * sentence may quote the title ("现将《…工作总结》报告如下").
 */
export function titleInBody(title: string | undefined, paragraphs: string[]): boolean {
  const t = title ? squeeze(title) : "";
  return t.length > 0 && paragraphs.some((p) => {
    const q = squeeze(p);
    return q.length > t.length && q.startsWith(t);
  });
}

/** The first way the two shapes differ, level 1 first, then the points; undefined when alike. */
export function firstDifference(original: Shape, rebuilt: Shape): StructureDifference | undefined {
  for (let i = 0; i < 4; i++) {
    if (original.levels[i] !== rebuilt.levels[i]) return { what: "level", level: i + 1, original: original.levels[i], rebuilt: rebuilt.levels[i] };
  }
  if (original.points !== rebuilt.points) return { what: "points", original: original.points, rebuilt: rebuilt.points };
  return undefined;
}
