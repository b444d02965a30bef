/**
 * Widths of text as the layout sets it: a CJK or full-width character takes one character
 * cell, a Latin letter or digit (Times New Roman) about half of one.
 */

import { BODY_CHAR, CONDENSE } from "./layout.js";

/**
 * Whether a character is set half-width: Latin, Greek, Cyrillic (the ascii/hAnsi slot font)
 * and the half-width forms. The middle dot U+00B7 goes to the CJK font with the quotes
 * and dashes (see runs.ts), so it is full width.
 */
export function isHalfWidth(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp === 0xb7) return false;
  if (cp < 0x1100) return true;
  return cp >= 0xff61 && cp <= 0xffdc;
}

/** Width in character cells: 1 per full-width character, 0.5 per half-width one. */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += isHalfWidth(ch) ? 0.5 : 1;
  return w;
}

/**
 * Width in twips of body text (16 pt, condensed by 5 twips a character, as the body is set):
 * 315 per full-width character, 155 per half-width one.
 */
export function bodyWidthTwips(text: string): number {
  let w = 0;
  for (const ch of text) w += (isHalfWidth(ch) ? BODY_CHAR / 2 : BODY_CHAR) + CONDENSE;
  return w;
}
