/**
 * Tables (the metrics table): full text width, DXA widths everywhere and a FIXED layout
 * (LibreOffice and others ignore widths Word would infer), single borders, a bold header
 * row repeated on each page, 14 pt body-font text without first-line indent, numbers centred.
 * The widths, and the header's size when it must shrink, are table-widths.ts's.
 */

import type { FontSet } from "../../core/fonts.js";
import type { CellAlign, TableBlock } from "../../document/model.js";
import { STYLE_ID } from "./custom-styles.js";
import { NO_INDENT, SIZE, TABLE_LINE, TEXT_WIDTH } from "./layout.js";
import { tableLayout } from "./table-widths.js";
import { paragraphXml, type Alignment } from "./paragraph.js";
import { textRuns, type RunLook } from "./runs.js";

/** A number, optionally signed, with a percent sign or a short unit ("35家", "1.2亿元", "+12.5%"), or a dash for none. */
const NUMERIC = /^(?:[+\-−±]?\d[\d,，.]*\s*[%％‰]?\p{Script=Han}{0,3}|[—–\-/])$/u;

export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text.trim());
}

function cellAlignment(text: string, align: CellAlign | undefined, header: boolean): Alignment {
  if (header) return "center";
  if (align) return align;
  return isNumericCell(text) ? "center" : "left";
}

function cellXml(text: string, width: number, align: CellAlign | undefined, header: boolean, fonts: FontSet, size: number = SIZE.table): string {
  const look: RunLook = { cjkFont: fonts.body, latinFont: fonts.latin, size, bold: header };
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
  const { widths, headerSize } = tableLayout(block);
  const row = (cells: string[], header: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? "<w:tblHeader/>" : ""}</w:trPr>` +
    widths.map((w, i) => cellXml(cells[i] ?? "", w, block.align[i], header, fonts, header ? headerSize : SIZE.table)).join("") +
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
