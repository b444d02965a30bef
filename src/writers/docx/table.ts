/**
 * Tables (the metrics table): full text width, DXA widths everywhere and a FIXED layout
 * (LibreOffice and others ignore widths Word would infer), single borders, a bold header
 * row repeated on each page, 14 pt body-font text without first-line indent, numbers centred.
 */

import type { FontSet } from "../../core/fonts.js";
import type { CellAlign, TableBlock } from "../../document/model.js";
import { STYLE_ID } from "./custom-styles.js";
import { NO_INDENT, SIZE, TABLE_LINE, TEXT_WIDTH } from "./layout.js";
import { widthInChars } from "./measure.js";
import { paragraphXml, type Alignment } from "./paragraph.js";
import { textRuns, type RunLook } from "./runs.js";

/** Left + right cell margins of the default table style (108 twips each). */
const CELL_PADDING = 216;
/** The first column is widened to fit its longest label, up to 40 % of the width. */
const FIRST_COLUMN_MAX = Math.floor(TEXT_WIDTH * 0.4);
/** No column narrower than one character. */
const MIN_COLUMN = SIZE.table * 10 + CELL_PADDING;

/** A number, optionally signed, with a percent sign or a short unit ("35家", "1.2亿元", "+12.5%"), or a dash for none. */
const NUMERIC = /^(?:[+\-−±]?\d[\d,，.]*\s*[%％‰]?\p{Script=Han}{0,3}|[—–\-/])$/u;

export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/** Twips a cell's text needs on one line: 14 pt characters plus the cell margins. */
function needed(text: string): number {
  return Math.ceil(widthInChars(text) * SIZE.table * 10) + CELL_PADDING;
}

/**
 * Column widths in twips, summing to the text width: equal, except that the first column
 * grows (up to 40 %) to fit its longest label on one line. When a cell of another column
 * would then wrap ("未完成", "同比增长" in a 7-column metrics table), the widths follow the
 * content instead: contentWidths.
 */
export function columnWidths(block: TableBlock): number[] {
  const n = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  const equal = Math.floor(TEXT_WIDTH / n);
  if (n === 1) return [TEXT_WIDTH];
  const labels = [block.header[0] ?? "", ...block.rows.map((r) => r[0] ?? "")];
  const first = Math.min(Math.max(equal, ...labels.map(needed)), FIRST_COLUMN_MAX);
  const other = Math.floor((TEXT_WIDTH - first) / (n - 1));
  const cells = [block.header, ...block.rows];
  const widest = Math.max(...cells.flatMap((row) => row.slice(1, n).map(needed)));
  if (widest > other) return contentWidths(block, n);
  return [TEXT_WIDTH - other * (n - 1), ...Array<number>(n - 1).fill(other)];
}

/**
 * Widths from the content: each column as wide as its longest cell (the first capped at
 * 40 %); if that is too wide, header cells may wrap but body cells keep one line where
 * possible. Spare width goes to the narrowest columns after the first, so they even out.
 */
function contentWidths(block: TableBlock, n: number): number[] {
  const column = (rows: string[][], i: number) => Math.max(MIN_COLUMN, ...rows.map((r) => needed(r[i] ?? "")));
  const natural = Array.from({ length: n }, (_, i) => column([block.header, ...block.rows], i));
  const body = Array.from({ length: n }, (_, i) => column(block.rows, i));
  natural[0] = Math.min(natural[0], FIRST_COLUMN_MAX);
  body[0] = Math.min(body[0], FIRST_COLUMN_MAX);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(natural) <= TEXT_WIDTH) widths = natural;
  else if (sum(body) <= TEXT_WIDTH) {
    const spare = TEXT_WIDTH - sum(body);
    const deficit = sum(natural) - sum(body);
    widths = body.map((w, i) => w + Math.floor(((natural[i] - w) * spare) / deficit));
  } else {
    widths = body.map((w) => Math.floor((w * TEXT_WIDTH) / sum(body)));
  }
  levelUp(widths, TEXT_WIDTH - sum(widths));
  widths[0] += TEXT_WIDTH - sum(widths);
  return widths;
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

function cellAlignment(text: string, align: CellAlign | undefined, header: boolean): Alignment {
  if (header) return "center";
  if (align) return align;
  return isNumericCell(text) ? "center" : "left";
}

function cellXml(text: string, width: number, align: CellAlign | undefined, header: boolean, fonts: FontSet): string {
  const look: RunLook = { cjkFont: fonts.body, latinFont: fonts.latin, size: SIZE.table, bold: header };
  // The style sets 14 pt, exact 22 pt lines off the grid; indent and spacing repeated here.
  const paragraph = paragraphXml(
    { style: STYLE_ID.tableText, exactLine: TABLE_LINE, indent: NO_INDENT, alignment: cellAlignment(text, align, header) },
    textRuns(text, look),
  );
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:vAlign w:val="center"/></w:tcPr>${paragraph}</w:tc>`;
}

/**
 * The caption ("表1　2023年主要指标完成情况"): centred above the table in the level-1
 * heading font (黑体), body size, no indent, kept with the table on one page.
 */
export function tableCaption(block: TableBlock, fonts: FontSet): string {
  if (!block.caption) return "";
  const look: RunLook = { cjkFont: fonts.heading1, latinFont: fonts.latin, size: SIZE.body, condensed: true };
  return paragraphXml({ keepNext: true, indent: NO_INDENT, alignment: "center" }, textRuns(block.caption, look));
}

const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join("");

export function tableBlock(block: TableBlock, fonts: FontSet): string {
  const widths = columnWidths(block);
  const row = (cells: string[], header: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}</w:trPr>` +
    widths.map((w, i) => cellXml(cells[i] ?? "", w, block.align[i], header, fonts)).join("") +
    `</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>` +
    row(block.header, true) +
    block.rows.map((r) => row(r, false)).join("") +
    `</w:tbl>`
  );
}
