/**
 * Styles: document defaults (fonts in every slot, 16 pt, zh-CN, exact 579 spacing), Normal
 * as the body style (first-line indent of two characters, justified), the built-in
 * Heading1–4 overridden with the official fonts, and the title, signature and table text
 * styles of custom-styles.ts. Using the built-in headings keeps
 * outline levels, Word's navigation pane and tables of contents working.
 */

import { AlignmentType, LineRuleType, type IStylesOptions } from "docx";
import type { FontSet } from "../../core/fonts.js";
import type { HeadingLevel } from "../../document/model.js";
import { FIRST_LINE_INDENT, LINE_PITCH, SIZE } from "./layout.js";
import { fontSlots } from "./runs.js";

/** Exact line spacing on the page's line pitch, no space before or after. */
export const EXACT_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** The CJK font of a heading level. */
export function headingFont(fonts: FontSet, level: HeadingLevel): string {
  return [fonts.heading1, fonts.heading2, fonts.heading3, fonts.heading4][level - 1];
}

/** Level 3 ("1.") is bold by practice; the others are not. */
export function headingBold(level: HeadingLevel): boolean {
  return level === 3;
}

function headingStyle(fonts: FontSet, level: HeadingLevel) {
  return {
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: {
      font: fontSlots(headingFont(fonts, level), fonts.latin),
      size: SIZE.body,
      // Replaces docx's own heading look (colours, italic Heading 4) and Word's bold headings.
      bold: headingBold(level),
      italics: false,
      color: "000000",
    },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      alignment: AlignmentType.JUSTIFIED,
      indent: FIRST_LINE_INDENT,
      spacing: EXACT_SPACING,
    },
  };
}

/**
 * Normal's paragraph: justified, two-character first-line indent, exact 579. Widow
 * control is off so pages fill to 22 lines, as in Chinese Word templates; headings
 * still keep with the next paragraph. docx writes `widowControl` for styles but its
 * style type leaves it out, hence a variable rather than an object literal.
 */
const NORMAL_PARAGRAPH = {
  alignment: AlignmentType.JUSTIFIED,
  indent: FIRST_LINE_INDENT,
  spacing: EXACT_SPACING,
  widowControl: false,
};

export function buildStyles(fonts: FontSet): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: fontSlots(fonts.body, fonts.latin),
          size: SIZE.body,
          language: { value: "en-US", eastAsia: "zh-CN", bidirectional: "ar-SA" },
        },
        paragraph: { spacing: EXACT_SPACING },
      },
      heading1: headingStyle(fonts, 1),
      heading2: headingStyle(fonts, 2),
      heading3: headingStyle(fonts, 3),
      heading4: headingStyle(fonts, 4),
    },
    paragraphStyles: [
      {
        // Normal is the body style: new paragraphs typed in Word continue the body format.
        id: "Normal",
        name: "Normal",
        quickFormat: true,
        run: { font: fontSlots(fonts.body, fonts.latin), size: SIZE.body },
        paragraph: NORMAL_PARAGRAPH,
      },
    ],
  };
}
