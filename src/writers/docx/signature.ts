/**
 * The signature without a seal (GB/T 9704-2012, 7.3.5.2): one empty line after the body;
 * the organization right-aligned, ending two characters from the right margin; the date
 * on the next line, its first character two characters right of the organization's first
 * character. If the date is longer than the organization, the date ends two characters
 * from the margin and the organization's right space grows so the two-character shift holds.
 *
 * The organization line is right-aligned with a right indent; the date line is
 * left-aligned with a left indent, so its first character sits exactly where the rule puts
 * it even where a renderer widens the date: LibreOffice ignores `autoSpaceDE/DN` and puts
 * extra space between digits and Han characters. A negative right indent on the date line
 * gives it room for that, so it never wraps. Widths come from measure.ts.
 */

import type { FontSet } from "../../core/fonts.js";
import type { SignatureBlock } from "../../document/model.js";
import { bodyLook, emptyLine } from "./blocks.js";
import { STYLE_ID } from "./custom-styles.js";
import { BODY_CHAR, NO_INDENT, TEXT_WIDTH } from "./layout.js";
import { bodyWidthTwips } from "./measure.js";
import { paragraphXml } from "./paragraph.js";
import { textRuns } from "./runs.js";
import { sanitizePlain } from "./sanitize.js";

/** Two characters of 16 pt. */
const TWO_CHARS = 2 * BODY_CHAR;

export interface SignatureLayout {
  /** Right indent of the organization line (right-aligned), twips. */
  organizationRight: number;
  /** Left indent of the date line (left-aligned): where its first character starts, twips. */
  dateLeft: number;
  /** Right indent of the date line: negative, room for a renderer's wider digits. */
  dateRight: number;
}

/** Positions of the two lines, from the widths of the texts as set in the body font. */
export function signatureLayout(organization: string, date: string): SignatureLayout {
  const orgWidth = bodyWidthTwips(organization);
  const dateWidth = bodyWidthTwips(date);
  // Right space of the organization: two characters, more when the date is longer.
  const organizationRight = dateWidth > orgWidth ? TWO_CHARS + dateWidth + TWO_CHARS - orgWidth : TWO_CHARS;
  const orgStart = TEXT_WIDTH - organizationRight - orgWidth;
  return {
    organizationRight: Math.round(organizationRight),
    dateLeft: Math.round(orgStart + TWO_CHARS),
    dateRight: -TWO_CHARS,
  };
}

function signatureLine(text: string, fonts: FontSet, place: { left?: number; right: number }, keepNext: boolean): string {
  return paragraphXml(
    {
      // The style turns off Word's extra space between Han characters and digits (autoSpaceDE/DN).
      style: STYLE_ID.signature,
      keepNext,
      keepLines: true,
      indent: { ...NO_INDENT, left: place.left ?? 0, right: place.right },
      alignment: place.left === undefined ? "right" : "left",
    },
    textRuns(text, bodyLook(fonts)),
  );
}

export function signatureParagraphs(block: SignatureBlock, fonts: FontSet): string {
  // One line each: line breaks or tabs inside would upset the widths.
  const organization = sanitizePlain(block.organization).trim();
  const date = sanitizePlain(block.date ?? "").trim();
  const layout = signatureLayout(organization, date);
  let out = emptyLine(true) + signatureLine(organization, fonts, { right: layout.organizationRight }, date !== "");
  if (date) out += signatureLine(date, fonts, { left: layout.dateLeft, right: layout.dateRight }, false);
  return out;
}
