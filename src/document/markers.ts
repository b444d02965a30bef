/**
 * The HTML comments a template writes to mark blocks Markdown has no syntax for, and the
 * paragraphs each one takes (docs/templates.md, "The Markdown the writers read"):
 *   <!-- signature -->        the organization; the date when the next paragraph reads as one
 *   <!-- attachment-note -->  附件说明: "附件：…", then the "2.…" lines
 *   <!-- attachment -->       an attachment's label ("附件1"): a new page in Word
 * A marker takes only paragraphs of its own shape: anything else after it, text after the
 * signature included, stays an ordinary block, so no text a template prints is lost.
 */
import type { Block } from "./model.js";

export const SIGNATURE_MARKER = "<!-- signature -->";
export const ATTACHMENT_NOTE_MARKER = "<!-- attachment-note -->";
export const ATTACHMENT_MARKER = "<!-- attachment -->";

/** 成文日期 as a template writes it: 2023年12月27日 (or in Chinese numerals, 二〇二三年十二月二十七日). */
const SIGNATURE_DATE = /^[0-9０-９〇零一二三四五六七八九]{4}\s*年\s*[0-9０-９〇零一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9０-９〇零一二三四五六七八九十]{1,3}\s*日)?$/;

export function isSignatureDate(text: string): boolean {
  return SIGNATURE_DATE.test(text.trim());
}

/** The 附件说明's first line, and each further one ("2.标题"). */
const NOTE_FIRST = /^附件[:：]/;
const NOTE_NEXT = /^\d+[.．、]/;

export interface MarkedBlock {
  block: Block;
  /** Paragraphs after the marker the block took. */
  taken: number;
}

/**
 * The block a marker stands for, from the texts of the paragraphs right after it (null
 * where a non-paragraph comes first); undefined for a comment that is no marker or a
 * marker with nothing of its shape after it (then the paragraphs are read as usual).
 */
export function markedBlock(marker: string, following: (string | null)[]): MarkedBlock | undefined {
  const [first, second] = following;
  switch (marker.trim()) {
    case SIGNATURE_MARKER: {
      if (!first) return undefined;
      const dated = second != null && isSignatureDate(second);
      return { block: { type: "signature", organization: first, ...(dated ? { date: second } : {}) }, taken: dated ? 2 : 1 };
    }
    case ATTACHMENT_NOTE_MARKER: {
      if (!first || !NOTE_FIRST.test(first.trim())) return undefined;
      const lines = [first];
      for (const next of following.slice(1)) {
        if (next == null || !NOTE_NEXT.test(next.trim())) break;
        lines.push(next);
      }
      return { block: { type: "attachmentNote", lines }, taken: lines.length };
    }
    case ATTACHMENT_MARKER:
      return first ? { block: { type: "attachment", label: first }, taken: 1 } : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether a marked block, read back, would take a paragraph of this text that follows
 * it as its own (a dateless signature, a date; a 附件说明, a "2.…" line): the Markdown
 * writer then puts an empty comment between them.
 */
export function wouldTake(block: Block, next: string): boolean {
  if (block.type === "signature") return !block.date && isSignatureDate(next);
  return block.type === "attachmentNote" && NOTE_NEXT.test(next.trim());
}
