/**
 * Column widths of a table (twips, summing to the text width) and the size of its header
 * text. A header cell never breaks inside a word of up to four characters (目标, 同比增长,
 * 完成情况): its column is at least that wide. Where the columns cannot all be widened so,
 * the header text shrinks (down to 五号, 10.5 pt) until they fit; only past that may a header
 * word break. A header longer than four characters keeps at least its first four on a line.
 */

import type { TableBlock } from "../../document/model.js";
import { SIZE, TEXT_WIDTH } from "./layout.js";
import { widthInChars } from "./measure.js";

/** Left + right cell margins of the default table style (108 twips each). */
export const CELL_PADDING = 216;
/** The first column is widened to fit its longest label, up to 40 % of the width. */
const FIRST_COLUMN_MAX = Math.floor(TEXT_WIDTH * 0.4);
/** No column narrower than one character. */
const MIN_COLUMN = SIZE.table * 10 + CELL_PADDING;
/** The longest header word kept on one line, in characters. */
const HEADER_WORD = 4;
/** The smallest header text, in half-points: 五号 10.5 pt. */
const SMALLEST_HEADER = 21;

export interface TableLayout {
  widths: number[];
  /** Half-points of the header row's text: SIZE.table unless it had to shrink. */
  headerSize: number;
}

/** Twips a cell's text needs on one line at `size` half-points, plus the cell margins. */
function needed(text: string, size: number = SIZE.table): number {
  return Math.ceil(widthInChars(text) * size * 10) + CELL_PADDING;
}

/**
 * Twips a header word needs: its text, the margins, and a little more — set exactly to its
 * width, LibreOffice broke "序号" and "完成情况" (the cell borders take their share).
 */
const HEADER_SLACK = 30;

function neededWord(word: string, size: number): number {
  return needed(word, size) + HEADER_SLACK;
}

/** A header's first word: all of it up to four characters, else its first four. */
const headerWord = (text: string) => Array.from(text.trim()).slice(0, HEADER_WORD).join("");

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

export function tableLayout(block: TableBlock): TableLayout {
  const n = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  if (n === 1) return { widths: [TEXT_WIDTH], headerSize: SIZE.table };
  const equal = Math.floor(TEXT_WIDTH / n);
  const labels = [block.header[0] ?? "", ...block.rows.map((r) => r[0] ?? "")];
  const first = Math.min(Math.max(equal, ...labels.map((t) => needed(t))), FIRST_COLUMN_MAX);
  const other = Math.floor((TEXT_WIDTH - first) / (n - 1));
  const cells = [block.header, ...block.rows];
  const widest = Math.max(...cells.flatMap((row) => row.slice(1, n).map((t) => needed(t))));
  // Equal columns after a widened first one, unless a cell would then wrap ("未完成", "同比增长").
  if (widest <= other) return { widths: [TEXT_WIDTH - other * (n - 1), ...Array<number>(n - 1).fill(other)], headerSize: SIZE.table };
  return contentLayout(block, n);
}

/**
 * Widths from the content: each column as wide as its longest cell (the first capped at
 * 40 %); if that is too wide, long header cells may wrap (never inside their first word)
 * while body cells keep one line where possible. Spare width goes to the narrowest
 * columns after the first, so they even out.
 */
function contentLayout(block: TableBlock, n: number): TableLayout {
  const column = (rows: string[][], i: number) => Math.max(MIN_COLUMN, ...rows.map((r) => needed(r[i] ?? "")));
  const headerMin = (i: number, size: number) => Math.max(MIN_COLUMN, neededWord(headerWord(block.header[i] ?? ""), size));
  const cap = (w: number, i: number) => (i === 0 ? Math.max(Math.min(w, FIRST_COLUMN_MAX), headerMin(0, SIZE.table)) : w);
  const natural = Array.from({ length: n }, (_, i) => cap(Math.max(column([block.header, ...block.rows], i), headerMin(i, SIZE.table)), i));
  const body = Array.from({ length: n }, (_, i) => cap(Math.max(column(block.rows, i), headerMin(i, SIZE.table)), i));
  let headerSize: number = SIZE.table;
  let widths: number[];
  if (sum(natural) <= TEXT_WIDTH) widths = natural;
  else if (sum(body) <= TEXT_WIDTH) {
    const spare = TEXT_WIDTH - sum(body);
    const deficit = sum(natural) - sum(body);
    widths = body.map((w, i) => w + Math.floor(((natural[i] - w) * spare) / deficit));
  } else {
    // Body cells wrap: each column keeps its header word, the rest is shared as the body needs.
    let mins = body.map((_, i) => headerMin(i, headerSize));
    if (sum(mins) > TEXT_WIDTH) {
      const chars = sum(block.header.slice(0, n).map((h) => widthInChars(headerWord(h))));
      // The largest size at which every header word fits: (width − margins and slack) / (10 twips a half-point per character).
      headerSize = Math.max(SMALLEST_HEADER, Math.min(SIZE.table, Math.floor((TEXT_WIDTH - n * (CELL_PADDING + HEADER_SLACK)) / (chars * 10))));
      mins = body.map((_, i) => Math.max(headerSize * 10 + CELL_PADDING, neededWord(headerWord(block.header[i] ?? ""), headerSize)));
    }
    if (sum(mins) >= TEXT_WIDTH) widths = mins.map((w) => Math.floor((w * TEXT_WIDTH) / sum(mins)));
    else {
      const extra = body.map((w, i) => Math.max(0, w - mins[i]));
      const spare = TEXT_WIDTH - sum(mins);
      widths = mins.map((w, i) => w + (sum(extra) ? Math.floor((extra[i] * spare) / sum(extra)) : 0));
    }
  }
  levelUp(widths, TEXT_WIDTH - sum(widths));
  widths[0] += TEXT_WIDTH - sum(widths);
  return { widths, headerSize };
}

/** Raise the narrowest of columns 2…n towards the next narrowest, spending `spare` twips. */
function levelUp(widths: number[], spare: number): void {
  let left = spare;
  while (left > 0) {
    const rest = widths.slice(1);
    const low = Math.min(...rest);
    const next = Math.min(...rest.filter((w) => w > low), low + left);
    const lowest = widths.map((w, i) => (i > 0 && w === low ? i : -1)).filter((i) => i > 0);
    const step = Math.min(next - low, Math.floor(left / lowest.length));
    if (step <= 0) break;
    for (const i of lowest) widths[i] += step;
    left -= step * lowest.length;
  }
}
