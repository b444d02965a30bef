/**
 * TextRun creation. Every run names its fonts in all slots: ascii/hAnsi/cs take the Latin
 * font and eastAsia the CJK font, with `hint="eastAsia"`. Quotes, dashes, ellipses and the
 * middle dot get runs of their own whose every slot names the CJK font, because these
 * characters are "ambiguous width": Word picks the slot by the hint, LibreOffice by the
 * character, and with Times New Roman in ascii/hAnsi they would come out half-width.
 */

import { Tab, TextRun } from "docx";
import { CONDENSE } from "./layout.js";
import { splitControls } from "./sanitize.js";

export interface RunLook {
  /** The CJK (eastAsia) font. */
  cjkFont: string;
  /** The Latin font (ascii, hAnsi, cs). */
  latinFont: string;
  /** Half-points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** Condense by 0.25 pt a character, as body text is (28 characters a line). */
  condensed?: boolean;
}

/** Characters that go into runs of their own, set in the CJK font in every slot. */
const CJK_PUNCTUATION = /[“”‘’—―…–·]+/gu;

export interface FontSlots {
  ascii: string;
  hAnsi: string;
  cs: string;
  eastAsia: string;
  hint: "eastAsia";
}

/** rFonts for text: Latin slots the Latin font, eastAsia the CJK font. */
export function fontSlots(cjkFont: string, latinFont: string): FontSlots {
  return { ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia: cjkFont, hint: "eastAsia" };
}

/** rFonts naming one font in every slot. */
export function sameFontSlots(font: string): FontSlots {
  return fontSlots(font, font);
}

function runProps(look: RunLook, font: FontSlots) {
  return {
    font,
    size: look.size,
    bold: look.bold ? true : undefined,
    italics: look.italic ? true : undefined,
    characterSpacing: look.condensed ? CONDENSE : undefined,
  };
}

/** Splits plain text (no controls) into runs, the quotes and dashes on their own. */
function textOnlyRuns(text: string, look: RunLook): TextRun[] {
  const runs: TextRun[] = [];
  const normal = runProps(look, fontSlots(look.cjkFont, look.latinFont));
  const punct = runProps(look, sameFontSlots(look.cjkFont));
  let last = 0;
  for (const m of text.matchAll(CJK_PUNCTUATION)) {
    const at = m.index ?? 0;
    if (at > last) runs.push(new TextRun({ ...normal, text: text.slice(last, at) }));
    runs.push(new TextRun({ ...punct, text: m[0] }));
    last = at + m[0].length;
  }
  if (last < text.length) runs.push(new TextRun({ ...normal, text: text.slice(last) }));
  return runs;
}

/**
 * Runs for a piece of user text: invalid XML characters dropped, tabs as `<w:tab/>`,
 * line ends as `<w:br/>`, quotes/dashes/ellipses in runs of their own.
 */
export function textRuns(text: string, look: RunLook): TextRun[] {
  const runs: TextRun[] = [];
  const plain = runProps(look, fontSlots(look.cjkFont, look.latinFont));
  for (const piece of splitControls(text)) {
    if (piece.kind === "text") runs.push(...textOnlyRuns(piece.text, look));
    else if (piece.kind === "tab") runs.push(new TextRun({ ...plain, children: [new Tab()] }));
    else runs.push(new TextRun({ ...plain, break: 1 }));
  }
  return runs;
}
