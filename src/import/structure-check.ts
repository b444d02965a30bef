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
import { readsAsReportTitle } from "./year-organization.js";

export interface Shape {
  /** Numbered headings and paragraphs per level, 1…4. */
  levels: [number, number, number, number];
  points: number;
  /** The original only: the line at its top that reads as the report's title, if any (titleInBody). */
  title?: string;
}

/** Kinds that number the outline (① and the like are points in a paragraph); 1） is a 1. */
const OUTLINE: Partial<Record<MarkerKind, MarkerKind>> = { cn: "cn", pcn: "pcn", num: "num", rnum: "num", pnum: "pnum" };
const POINT = /(?:^|[。；;！？!?：:，,])[一二三四五六七八九十]{1,3}是/gu;

export interface ShapeBlock {
  text: string;
  list?: number;
}

export function shapeOf(blocks: ShapeBlock[]): Shape {
  const shape: Shape = { levels: [0, 0, 0, 0], points: 0 };
  let open: MarkerKind[] = [];
  const depthOf = (kind: MarkerKind) => {
    const at = open.indexOf(kind);
    open = at >= 0 ? open.slice(0, at + 1) : [...open, kind];
    return Math.min(4, open.length);
  };
  for (const block of blocks) {
    const marker = leadingMarker(block.text);
    const kind = marker ? OUTLINE[marker.kind] : undefined;
    const level = kind ? depthOf(kind) : block.list ? Math.min(4, block.list + 1) : undefined;
    if (level) shape.levels[level - 1]++;
    shape.points += block.text.match(POINT)?.length ?? 0;
  }
  return shape;
}

export type StructureDifference =
  | { what: "level"; level: number; original: number; rebuilt: number }
  | { what: "points"; original: number; rebuilt: number }
  | { what: "title"; title: string };

/** How far down the original its title may stand (under a line or two of the page), as reflow.ts looks. */
const TITLE_LINES = 4;

/** The first of the original's top lines (before any reflow) that reads as a report title. */
export function titleLine(lines: string[]): string | undefined {
  return lines.slice(0, TITLE_LINES).find((line) => readsAsReportTitle(line))?.trim();
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
