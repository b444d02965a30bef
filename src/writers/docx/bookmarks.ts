/**
 * The anchors of the Document (document/anchors.ts) as bookmarks: `<w:bookmarkStart>` at
 * the start of the first paragraph of a part or topic, right after its properties, and
 * `<w:bookmarkEnd>` at the end of its last — where Word itself writes them, so they
 * survive editing. Ids count from 0 in document order: identical input, identical bytes.
 * A block that is no single paragraph gets the marks beside it, at body level (also valid
 * in CT_Body).
 */
import type { Document } from "../../document/model.js";
import { escapeAttr } from "./xml.js";

/** The marks to add before and after each block's XML, by block index. */
export interface BookmarkMarks {
  starts: Map<number, string>;
  ends: Map<number, string>;
}

export function bookmarkMarks(doc: Document): BookmarkMarks {
  const starts = new Map<number, string>();
  const ends = new Map<number, string>();
  (doc.anchors ?? []).forEach((anchor, id) => {
    starts.set(anchor.first, (starts.get(anchor.first) ?? "") + `<w:bookmarkStart w:id="${id}" w:name="${escapeAttr(anchor.name)}"/>`);
    ends.set(anchor.last, `<w:bookmarkEnd w:id="${id}"/>` + (ends.get(anchor.last) ?? ""));
  });
  return { starts, ends };
}

/** A block's XML with its marks: inside the paragraph when the block is one. */
export function withBookmarks(xml: string, start: string | undefined, end: string | undefined): string {
  if (!start && !end) return xml;
  const paragraph = xml.startsWith("<w:p>") && xml.endsWith("</w:p>") && xml.indexOf("<w:p>", 1) < 0;
  if (!paragraph) return (start ?? "") + xml + (end ?? "");
  let out = xml;
  if (start) {
    const at = out.startsWith("<w:p><w:pPr>") ? out.indexOf("</w:pPr>") + "</w:pPr>".length : "<w:p>".length;
    out = out.slice(0, at) + start + out.slice(at);
  }
  if (end) out = out.slice(0, -"</w:p>".length) + end + "</w:p>";
  return out;
}
