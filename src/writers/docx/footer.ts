/**
 * Page numbers: "— N —" (U+2014, a space each side) in 14 pt of the page-number font
 * (宋体, half-width digits), odd pages at the right and even pages at the left, each one
 * character in from the edge of the text block. settings.xml must hold
 * `<w:evenAndOddHeaders/>` for Word to use the even footer (package.ts).
 */

import type { FontSet } from "../../core/fonts.js";
import { BODY_CHAR, FOOTER_LINE, NO_INDENT, SIZE } from "./layout.js";
import { paragraphXml } from "./paragraph.js";
import { runPropsXml, sameFontSlots } from "./runs.js";
import { escapeText, wordRoot, XML_DECLARATION } from "./xml.js";

function footerXml(fonts: FontSet, side: "left" | "right"): string {
  // GB/T 9704 asks for 宋体 digits too, so every slot, dashes and digits alike, names that font.
  const rPr = runPropsXml({ cjkFont: fonts.pageNumber, latinFont: fonts.pageNumber, size: SIZE.pageNumber }, sameFontSlots(fonts.pageNumber));
  const run = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  const text = (t: string) => run(`<w:t xml:space="preserve">${escapeText(t)}</w:t>`);
  // The PAGE field: begin, instruction, separate, its cached result, end. Word and
  // LibreOffice compute the number when laying out; a reader that does not compute fields
  // (previews, some phone apps) shows the cached one — 1 on odd pages, 2 on even — rather
  // than "—  —".
  const page =
    run(`<w:fldChar w:fldCharType="begin"/>`) +
    run(`<w:instrText xml:space="preserve">PAGE</w:instrText>`) +
    run(`<w:fldChar w:fldCharType="separate"/>`) +
    text(side === "right" ? "1" : "2") +
    run(`<w:fldChar w:fldCharType="end"/>`);
  const paragraph = paragraphXml(
    { exactLine: FOOTER_LINE, indent: { ...NO_INDENT, [side]: BODY_CHAR }, alignment: side },
    text("— ") + page + text(" —"),
  );
  return `${XML_DECLARATION}${wordRoot("w:ftr")}${paragraph}</w:ftr>`;
}

/** The odd (default) and even footer parts. */
export function pageNumberFooters(fonts: FontSet): { odd: string; even: string } {
  return { odd: footerXml(fonts, "right"), even: footerXml(fonts, "left") };
}
