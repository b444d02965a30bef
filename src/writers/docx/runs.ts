/**
 * Runs (`<w:r>`). Every run names its fonts in all slots: ascii/hAnsi/cs take the Latin
 * font and eastAsia the CJK font, with `hint="eastAsia"`. Quotes, dashes, ellipses and the
 * middle dot get runs of their own whose every slot names the CJK font, because these
 * characters are "ambiguous width": Word picks the slot by the hint, LibreOffice by the
 * character, and with Times New Roman in ascii/hAnsi they would come out half-width.
 */

import { CONDENSE } from "./layout.js";
import { splitControls } from "./sanitize.js";
import { escapeAttr, escapeText } from "./xml.js";

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
}

/** rFonts for text: Latin slots the Latin font, eastAsia the CJK font. */
export function fontSlots(cjkFont: string, latinFont: string): FontSlots {
  return { ascii: latinFont, hAnsi: latinFont, cs: latinFont, eastAsia: cjkFont };
}

/** rFonts naming one font in every slot. */
export function sameFontSlots(font: string): FontSlots {
  return fontSlots(font, font);
}

/** `<w:rFonts>` with every slot and the eastAsia hint. */
export function rFontsXml(f: FontSlots): string {
  return `<w:rFonts w:ascii="${escapeAttr(f.ascii)}" w:hAnsi="${escapeAttr(f.hAnsi)}" w:eastAsia="${escapeAttr(f.eastAsia)}" w:cs="${escapeAttr(f.cs)}" w:hint="eastAsia"/>`;
}

/** `<w:rPr>` in the schema's element order (CT_RPr): fonts, bold, italic, spacing, size. */
export function runPropsXml(look: RunLook, fonts: FontSlots): string {
  return (
    `<w:rPr>${rFontsXml(fonts)}` +
    (look.bold ? "<w:b/><w:bCs/>" : "") +
    (look.italic ? "<w:i/><w:iCs/>" : "") +
    (look.condensed ? `<w:spacing w:val="${CONDENSE}"/>` : "") +
    `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/></w:rPr>`
  );
}

function textRun(rPr: string, text: string): string {
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
}

/** Splits plain text (no controls) into runs, the quotes and dashes on their own. */
function textOnlyRuns(text: string, normal: string, punct: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(CJK_PUNCTUATION)) {
    const at = m.index ?? 0;
    if (at > last) out += textRun(normal, text.slice(last, at));
    out += textRun(punct, m[0]);
    last = at + m[0].length;
  }
  if (last < text.length) out += textRun(normal, text.slice(last));
  return out;
}

/**
 * The `<w:rPr>` of a look's text runs and of its punctuation runs. A document has a handful
 * of looks and thousands of runs: each pair is written once (per process; the looks are
 * few, so the map stays small).
 */
const propsOfLook = new Map<string, { normal: string; punct: string }>();

function runProps(look: RunLook): { normal: string; punct: string } {
  const key = `${look.cjkFont}\0${look.latinFont}\0${look.size}\0${look.bold ? 1 : 0}${look.italic ? 1 : 0}${look.condensed ? 1 : 0}`;
  let props = propsOfLook.get(key);
  if (!props) {
    props = { normal: runPropsXml(look, fontSlots(look.cjkFont, look.latinFont)), punct: runPropsXml(look, sameFontSlots(look.cjkFont)) };
    propsOfLook.set(key, props);
  }
  return props;
}

/**
 * Runs for a piece of user text: invalid XML characters dropped, tabs as `<w:tab/>`,
 * line ends as `<w:br/>`, quotes/dashes/ellipses in runs of their own.
 */
export function textRuns(text: string, look: RunLook): string {
  const { normal, punct } = runProps(look);
  let out = "";
  for (const piece of splitControls(text)) {
    if (piece.kind === "text") out += textOnlyRuns(piece.text, normal, punct);
    else if (piece.kind === "tab") out += `<w:r>${normal}<w:tab/></w:r>`;
    else out += `<w:r>${normal}<w:br/></w:r>`;
  }
  return out;
}
