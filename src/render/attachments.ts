/**
 * Attachments for the outline (GB/T 9704-2012 7.3.4 and 7.4): the 附件说明 lines and each
 * attachment's label. Numbered only when there are several ("附件：1.…", "附件1"); one
 * alone is "附件：…" and "附件". The number is the attachment's place in the list, so the
 * label on its page matches the 附件说明 even when an attachment before it has no body.
 * Strings are Markdown (the data was escaped first).
 */
import { escapeBlockStart } from "../document/escape.js";
import type { Attachment } from "../core/schema.js";
import { paragraphsOf } from "../core/text.js";

export interface OutlineAttachment {
  /** 1-based place in the list. */
  n: number;
  /** "附件1", or "附件" when it is the only one. */
  label: string;
  title: string;
  /** Body paragraphs; empty for an attachment sent as a file of its own. */
  paragraphs: string[];
  file: string | null;
}

export function outlineAttachments(attachments: readonly Attachment[] | undefined | null): { attachments: OutlineAttachment[]; attachmentNote: string[] } {
  const list = attachments ?? [];
  const several = list.length > 1;
  const items = list.map((a, i) => ({
    n: i + 1,
    label: several ? `附件${i + 1}` : "附件",
    title: a.title.trim(),
    paragraphs: paragraphsOf(a.body).map(escapeBlockStart),
    file: a.file ?? null,
  }));
  const attachmentNote = items.map((a, i) => (i === 0 ? "附件：" : "") + (several ? `${a.n}.` : "") + a.title);
  return { attachments: items, attachmentNote };
}
