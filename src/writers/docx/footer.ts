/**
 * Page numbers: "— N —" (U+2014, a space each side) in 14 pt of the page-number font
 * (宋体, half-width digits), odd pages at the right and even pages at the left, each one
 * character in from the edge of the text block. The document must set
 * `evenAndOddHeaderAndFooters: true` for Word to use the even footer.
 */

import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from "docx";
import type { FontSet } from "../../core/fonts.js";
import { BODY_CHAR, FOOTER_LINE, NO_INDENT, SIZE } from "./layout.js";
import { sameFontSlots } from "./runs.js";

function pageNumberFooter(fonts: FontSet, side: "left" | "right"): Footer {
  // GB/T 9704 asks for 宋体 digits too, so every slot, dashes and digits alike, names that font.
  const look = { font: sameFontSlots(fonts.pageNumber), size: SIZE.pageNumber };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: { ...NO_INDENT, [side]: BODY_CHAR },
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({ ...look, text: "— " }),
          new TextRun({ ...look, children: [PageNumber.CURRENT] }),
          new TextRun({ ...look, text: " —" }),
        ],
      }),
    ],
  });
}

/** The odd (default) and even footers of the section. */
export function pageNumberFooters(fonts: FontSet): { default: Footer; even: Footer } {
  return { default: pageNumberFooter(fonts, "right"), even: pageNumberFooter(fonts, "left") };
}
