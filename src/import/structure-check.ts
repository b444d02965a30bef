/**
 * `--check` measures structure too, not only text: the numbered headings per level and the
 * points (一是/二是…) of the original against those of the rebuilt Markdown. A text score
 * of 100% can hide a report whose 38-character headings became body text, or whose
 * unbroken text gained a second 一、: counting markers per level shows both.
 * One counter for both sides: a block that opens with 一、 counts at level 1, （一） at 2,
 * 1. or 1） at 3, （1） at 4 (the build's own numbering); a Word list paragraph with no
 * typed marker counts one level below its list depth's part (depth 1 → level 2); every
 * "N是" that opens a block or follows punctuation is a point.
 */
import { leadingMarker, type MarkerKind } from "./markers.js";

export interface Shape {
  /** Numbered headings and paragraphs per level, 1…4. */
  levels: [number, number, number, number];
  points: number;
}

const LEVEL: Partial<Record<MarkerKind, number>> = { cn: 1, pcn: 2, num: 3, rnum: 3, pnum: 4 };
const POINT = /(?:^|[。；;！？!?：:，,])[一二三四五六七八九十]{1,3}是/gu;

export interface ShapeBlock {
  text: string;
  list?: number;
}

export function shapeOf(blocks: ShapeBlock[]): Shape {
  const shape: Shape = { levels: [0, 0, 0, 0], points: 0 };
  for (const block of blocks) {
    const marker = leadingMarker(block.text);
    const level = marker ? LEVEL[marker.kind] : block.list ? Math.min(4, block.list + 1) : undefined;
    if (level) shape.levels[level - 1]++;
    shape.points += block.text.match(POINT)?.length ?? 0;
  }
  return shape;
}

export type StructureDifference =
  | { what: "level"; level: number; original: number; rebuilt: number }
  | { what: "points"; original: number; rebuilt: number };

/** The first way the two shapes differ, level 1 first, then the points; undefined when alike. */
export function firstDifference(original: Shape, rebuilt: Shape): StructureDifference | undefined {
  for (let i = 0; i < 4; i++) {
    if (original.levels[i] !== rebuilt.levels[i]) return { what: "level", level: i + 1, original: original.levels[i], rebuilt: rebuilt.levels[i] };
  }
  if (original.points !== rebuilt.points) return { what: "points", original: original.points, rebuilt: rebuilt.points };
  return undefined;
}
