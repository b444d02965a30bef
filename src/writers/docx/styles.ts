/**
 * styles.xml: document defaults (fonts in every slot, 16 pt, zh-CN, exact 579 spacing),
 * Normal as the body style (first-line indent of two characters, justified), the built-in
 * Heading1–4 with the official fonts, and the title, signature and table text styles of
 * custom-styles.ts. Using the built-in headings keeps outline levels, Word's navigation
 * pane and tables of contents working. Child elements follow the schema order of
 * CT_Style, CT_PPrBase and CT_RPr.
 */

import type { FontSet } from "../../core/fonts.js";
import type { HeadingLevel } from "../../document/model.js";
import { customStylesXml } from "./custom-styles.js";
import { FIRST_LINE_INDENT, LINE_PITCH, SIZE } from "./layout.js";
import { exactSpacingXml, indentXml } from "./paragraph.js";
import { fontSlots, rFontsXml } from "./runs.js";
import { wordRoot, XML_DECLARATION } from "./xml.js";

/** The CJK font of a heading level. */
export function headingFont(fonts: FontSet, level: HeadingLevel): string {
  return [fonts.heading1, fonts.heading2, fonts.heading3, fonts.heading4][level - 1];
}

/** Level 3 ("1.") is bold by practice; the others are not. */
export function headingBold(level: HeadingLevel): boolean {
  return level === 3;
}

const SPACING = exactSpacingXml(LINE_PITCH);
const FIRST_LINE = indentXml(FIRST_LINE_INDENT);
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;

function defaults(fonts: FontSet): string {
  return (
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFontsXml(fontSlots(fonts.body, fonts.latin))}${size(SIZE.body)}` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${SPACING}</w:pPr></w:pPrDefault></w:docDefaults>`
  );
}

/**
 * Normal is the body style: justified, two-character first-line indent, exact 579, so new
 * paragraphs typed in Word continue the body format. Widow control is off so pages fill
 * to 22 lines, as in Chinese Word templates; headings still keep with the next paragraph.
 */
function normalStyle(fonts: FontSet): string {
  return (
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:widowControl w:val="false"/>${SPACING}${FIRST_LINE}<w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${rFontsXml(fontSlots(fonts.body, fonts.latin))}${size(SIZE.body)}</w:rPr></w:style>`
  );
}

/**
 * HeadingN: the official font, body size, black, upright, bold only at level 3 —
 * explicitly, replacing the bold, colour and italics of Word's own heading styles.
 */
function headingStyle(fonts: FontSet, level: HeadingLevel): string {
  const bold = headingBold(level) ? "<w:b/><w:bCs/>" : `<w:b w:val="false"/><w:bCs w:val="false"/>`;
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/>${SPACING}${FIRST_LINE}<w:jc w:val="both"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr>${rFontsXml(fontSlots(headingFont(fonts, level), fonts.latin))}${bold}<w:i w:val="false"/><w:iCs w:val="false"/>` +
    `<w:color w:val="000000"/>${size(SIZE.body)}</w:rPr></w:style>`
  );
}

/** The default table style with Word's usual cell margins (table.ts counts on 108 twips a side). */
const TABLE_NORMAL =
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
  `<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
  `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
  `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;

export function stylesXml(fonts: FontSet): string {
  const headings = ([1, 2, 3, 4] as const).map((level) => headingStyle(fonts, level)).join("");
  return (
    `${XML_DECLARATION}${wordRoot("w:styles")}` +
    `${defaults(fonts)}${normalStyle(fonts)}${headings}${TABLE_NORMAL}${customStylesXml(fonts)}</w:styles>`
  );
}
