/**
 * The official layout's own paragraph styles: 公文标题 (title), 公文署名 (signature) and
 * 公文表格 (table text). Two properties matter most: `w:snapToGrid` off (LibreOffice snaps
 * every line to the 579-twip grid even with exact spacing, so a 22 pt title line would
 * take two grid lines and table rows would grow to 579) and `w:autoSpaceDE`/`w:autoSpaceDN`
 * off (the signature's widths are computed without the extra space Word and LibreOffice
 * put between Han characters and digits). Child elements follow the schema order of
 * CT_Style, CT_PPrBase and CT_RPr.
 */

import type { FontSet } from "../../core/fonts.js";
import { LINE_PITCH, NO_INDENT, SIZE, TABLE_LINE } from "./layout.js";
import { exactSpacingXml, indentXml } from "./paragraph.js";
import { fontSlots, rFontsXml } from "./runs.js";
import { escapeAttr } from "./xml.js";

export const STYLE_ID = {
  title: "GwTitle",
  signature: "GwSignature",
  tableText: "GwTableText",
} as const;

const NO_IND = indentXml(NO_INDENT);

function paragraphStyle(id: string, name: string, pPr: string, rPr: string): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${escapeAttr(id)}">` +
    `<w:name w:val="${escapeAttr(name)}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`
  );
}

/** 公文标题: title font 22 pt, centred, no indent, exact 579, off the grid. */
function titleStyle(fonts: FontSet): string {
  return paragraphStyle(
    STYLE_ID.title,
    "公文标题",
    `<w:keepNext/><w:keepLines/><w:snapToGrid w:val="0"/>${exactSpacingXml(LINE_PITCH)}${NO_IND}<w:jc w:val="center"/><w:outlineLvl w:val="9"/>`,
    `${rFontsXml(fontSlots(fonts.title, fonts.latin))}<w:b w:val="${fonts.titleBold ? 1 : 0}"/><w:bCs w:val="${fonts.titleBold ? 1 : 0}"/>` +
      `<w:color w:val="000000"/><w:sz w:val="${SIZE.title}"/><w:szCs w:val="${SIZE.title}"/>`,
  );
}

/** 公文署名: body font, right-aligned, no indent (the right indent is set per line), no auto spacing. */
function signatureStyle(fonts: FontSet): string {
  return paragraphStyle(
    STYLE_ID.signature,
    "公文署名",
    `<w:keepLines/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>${exactSpacingXml(LINE_PITCH)}${NO_IND}<w:jc w:val="right"/>`,
    `${rFontsXml(fontSlots(fonts.body, fonts.latin))}<w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/>`,
  );
}

/** 公文表格: body font 14 pt, exact 22 pt lines (TABLE_LINE) off the grid, no indent. */
function tableTextStyle(fonts: FontSet): string {
  return paragraphStyle(
    STYLE_ID.tableText,
    "公文表格",
    `<w:snapToGrid w:val="0"/>${exactSpacingXml(TABLE_LINE)}${NO_IND}<w:jc w:val="left"/>`,
    `${rFontsXml(fontSlots(fonts.body, fonts.latin))}<w:sz w:val="${SIZE.table}"/><w:szCs w:val="${SIZE.table}"/>`,
  );
}

/** The three styles, for styles.xml (styles.ts). */
export function customStylesXml(fonts: FontSet): string {
  return `${titleStyle(fonts)}${signatureStyle(fonts)}${tableTextStyle(fonts)}`;
}
