/**
 * Title, heading and paragraph blocks → `<w:p>` XML. Tables are in table.ts, the
 * signature in signature.ts.
 */

import type { FontSet } from "../../core/fonts.js";
import type { HeadingBlock, ParagraphBlock, Run, TitleBlock } from "../../document/model.js";
import { STYLE_ID } from "./custom-styles.js";
import { NO_INDENT, SIZE } from "./layout.js";
import { paragraphXml } from "./paragraph.js";
import { textRuns, type RunLook } from "./runs.js";
import { stripInvalidXmlChars } from "./sanitize.js";
import { headingBold, headingFont } from "./styles.js";
import { breakTitle } from "./title-lines.js";

/** The look of 16 pt body text in the body font. */
/** Body text's look; a run-in heading's run passes its own CJK font and bold. */
export function bodyLook(fonts: FontSet, cjkFont = fonts.body, bold?: boolean, italic?: boolean): RunLook {
  return { cjkFont, latinFont: fonts.latin, size: SIZE.body, condensed: true, bold, italic };
}

/** An empty body line (the one after the title, the one before the signature). */
export function emptyLine(keepNext = false): string {
  return paragraphXml({ keepNext }, "");
}

/**
 * The title in the 公文标题 style (centred, no indent, off the grid: custom-styles.ts; the
 * alignment and the zero indent are repeated on the paragraph), broken into lines by
 * breakTitle, followed by one empty body line.
 */
export function titleParagraphs(block: TitleBlock, fonts: FontSet): string {
  const look: RunLook = { cjkFont: fonts.title, latinFont: fonts.latin, size: SIZE.title, bold: fonts.titleBold };
  // A line of its own: the runs of the next line start with a break run.
  const runs = breakTitle(stripInvalidXmlChars(block.text))
    .map((line) => textRuns(line, look))
    .join(textRuns("\n", look));
  return paragraphXml({ style: STYLE_ID.title, indent: NO_INDENT, alignment: "center" }, runs) + emptyLine();
}

/** A heading of its own line: the built-in HeadingN style, the ordinal and text in one run. */
export function headingParagraph(block: HeadingBlock, fonts: FontSet): string {
  const look: RunLook = {
    cjkFont: headingFont(fonts, block.level),
    latinFont: fonts.latin,
    size: SIZE.body,
    bold: headingBold(block.level),
    condensed: true,
  };
  return paragraphXml({ style: `Heading${block.level}` }, textRuns(block.ordinal + block.text, look));
}

function lookOfRun(run: Run, fonts: FontSet): RunLook {
  // No object spreads: this runs for every run of the document.
  if (run.runIn === undefined) return bodyLook(fonts, fonts.body, run.bold, run.italic);
  return bodyLook(fonts, headingFont(fonts, run.runIn), headingBold(run.runIn) || run.bold, run.italic);
}

/**
 * A body paragraph (Normal style); run-in heading runs take their level's font.
 * `keepNext` holds the last paragraph on the signature's page: a page holding nothing
 * but the signature is what GB/T 9704 7.3.5.4 tells offices to avoid.
 */
export function bodyParagraph(block: ParagraphBlock, fonts: FontSet, keepNext = false): string {
  return paragraphXml({ keepNext }, block.runs.map((run) => textRuns(run.text, lookOfRun(run, fonts))).join(""));
}
