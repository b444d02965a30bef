/**
 * Tables (the metrics table): full text width, DXA widths everywhere and a FIXED layout
 * (LibreOffice and others ignore widths Word would infer), single borders, a bold header
 * row repeated on each page, 14 pt body-font text without first-line indent, numbers centred.
 */

import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import type { FontSet } from "../../core/fonts.js";
import type { CellAlign, TableBlock } from "../../document/model.js";
import { STYLE_ID } from "./custom-styles.js";
import { NO_INDENT, SIZE, TABLE_LINE, TEXT_WIDTH } from "./layout.js";
import { widthInChars } from "./measure.js";
import { textRuns, type RunLook } from "./runs.js";

/** Left + right cell margins of the default table style (108 twips each). */
const CELL_PADDING = 216;
/** The first column is widened to fit its longest label, up to this share of the width. */
const FIRST_COLUMN_MAX_SHARE = 0.4;

/** A number, optionally signed, with a percent sign or a short unit ("35家", "1.2亿元", "+12.5%"), or a dash for none. */
const NUMERIC = /^(?:[+\-−±]?\d[\d,，.]*\s*[%％‰]?\p{Script=Han}{0,3}|[—–\-/])$/u;

export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/**
 * Column widths in twips, summing to the text width: equal, except that the first column
 * grows (up to 40 %) to fit its longest label on one line.
 */
export function columnWidths(block: TableBlock): number[] {
  const n = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  const equal = Math.floor(TEXT_WIDTH / n);
  if (n === 1) return [TEXT_WIDTH];
  const labels = [block.header[0] ?? "", ...block.rows.map((r) => r[0] ?? "")];
  const need = (Math.max(...labels.map((t) => widthInChars(t))) + 0.5) * (SIZE.table * 10) + CELL_PADDING;
  const first = Math.min(Math.max(equal, need), Math.floor(TEXT_WIDTH * FIRST_COLUMN_MAX_SHARE));
  const other = Math.floor((TEXT_WIDTH - first) / (n - 1));
  return [TEXT_WIDTH - other * (n - 1), ...Array<number>(n - 1).fill(other)];
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cellAlignment(text: string, align: CellAlign | undefined, header: boolean) {
  if (header) return AlignmentType.CENTER;
  if (align) return ALIGN[align];
  return isNumericCell(text) ? AlignmentType.CENTER : AlignmentType.LEFT;
}

function cell(text: string, width: number, align: CellAlign | undefined, header: boolean, fonts: FontSet): TableCell {
  const look: RunLook = { cjkFont: fonts.body, latinFont: fonts.latin, size: SIZE.table, bold: header };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        // The style sets 14 pt, exact 20 pt lines off the grid; indent and spacing repeated here.
        style: STYLE_ID.tableText,
        alignment: cellAlignment(text, align, header),
        indent: NO_INDENT,
        spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: textRuns(text, look),
      }),
    ],
  });
}

const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

export function tableBlock(block: TableBlock, fonts: FontSet): Table {
  const widths = columnWidths(block);
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header || undefined,
      cantSplit: true,
      children: widths.map((w, i) => cell(cells[i] ?? "", w, block.align[i], header, fonts)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE },
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}
