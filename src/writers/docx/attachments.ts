/**
 * Attachments in the official layout (GB/T 9704-2012):
 * - 7.3.4 附件说明: one empty line below the body, two characters in from the left,
 *   "附件：" and the attachment's name; with several, "附件：1.…" and each further "2.…"
 *   on a line of its own. A name that runs over a line continues under its own first
 *   character: each line is a paragraph with a hanging indent that ends where the name
 *   starts. It stays with the signature that follows it.
 * - 7.4 附件: each on a new page, "附件1" (or "附件") in 黑体 at the top left, the title
 *   centred on the third line (the title block that follows: title + one empty line).
 */

import type { FontSet } from "../../core/fonts.js";
import type { AttachmentBlock, AttachmentNoteBlock } from "../../document/model.js";
import { bodyLook, emptyLine } from "./blocks.js";
import { BODY_CHAR, NO_INDENT } from "./layout.js";
import { bodyWidthTwips } from "./measure.js";
import { paragraphXml } from "./paragraph.js";
import { textRuns } from "./runs.js";
import { sanitizePlain } from "./sanitize.js";

const TWO_CHARS = 2 * BODY_CHAR;
const LABEL = /^附件[:：]/;
const NUMBER = /^\d+[.．、]/;

/** Indents of one 附件说明 line: where its name starts (left) and how far its first line reaches back (hanging). */
export function noteLineIndent(line: string, first: boolean, labelWidth: number): { left: number; hanging: number } {
  const label = first ? (LABEL.exec(line)?.[0] ?? "") : "";
  const number = NUMBER.exec(line.slice(label.length))?.[0] ?? "";
  const lead = bodyWidthTwips(label) + bodyWidthTwips(number);
  // Later lines start under the first line's number: past the label's width.
  const start = TWO_CHARS + (first ? 0 : labelWidth);
  return { left: Math.round(start + lead), hanging: Math.round(lead) };
}

export function attachmentNoteParagraphs(block: AttachmentNoteBlock, fonts: FontSet): string {
  const lines = block.lines.map((line) => sanitizePlain(line).trim());
  const labelWidth = bodyWidthTwips(LABEL.exec(lines[0] ?? "")?.[0] ?? "");
  const paragraphs = lines.map((line, i) => {
    const { left, hanging } = noteLineIndent(line, i === 0, labelWidth);
    // hangingChars as well as hanging: Word lets a *Chars value win, and Normal's first-line
    // indent is one (firstLineChars); LibreOffice reads the twips.
    const indent = { left, right: 0, hanging, hangingChars: Math.round((hanging * 100) / BODY_CHAR) };
    return paragraphXml({ keepNext: true, keepLines: true, indent, alignment: "left" }, textRuns(line, bodyLook(fonts)));
  });
  return emptyLine(true) + paragraphs.join("");
}

/** "附件1" on the first line of a new page in the level-1 heading font (黑体), digits included, then the empty second line. */
export function attachmentLabel(block: AttachmentBlock, fonts: FontSet): string {
  const label = paragraphXml(
    { keepNext: true, pageBreakBefore: true, indent: NO_INDENT, alignment: "left" },
    // The number too is 黑体 (7.4: "附件"二字及附件顺序号用3号黑体字): every slot names that font.
    textRuns(sanitizePlain(block.label).trim(), { ...bodyLook(fonts, fonts.heading1), latinFont: fonts.heading1 }),
  );
  return label + emptyLine(true);
}
