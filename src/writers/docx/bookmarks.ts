/**
 * The anchors of the Document (document/anchors.ts) as bookmarks: `<w:bookmarkStart>` at
 * the start of the first paragraph of a part or topic, right after its properties, and
 * `<w:bookmarkEnd>` at the end of its last — where Word itself writes them, so they
 * survive editing. Ids count from 0 in document order: identical input, identical bytes.
 * A block that is no single paragraph gets the marks beside it, at body level (also valid
 * in CT_Body); a table's cell anchors go into the cell's paragraph.
 */
import type { Document } from "../../document/model.js";
import { escapeAttr } from "./xml.js";

/** A cell's marks: body row (after the header) and column. */
export interface CellMark {
  row: number;
  col: number;
  start: string;
  end: string;
}

/** The marks to add before and after each block's XML, and in table cells, by block index. */
export interface BookmarkMarks {
  starts: Map<number, string>;
  ends: Map<number, string>;
  cells: Map<number, CellMark[]>;
}

export function bookmarkMarks(doc: Document): BookmarkMarks {
  const starts = new Map<number, string>();
  const ends = new Map<number, string>();
  const cells = new Map<number, CellMark[]>();
  (doc.anchors ?? []).forEach((anchor, id) => {
    const start = `<w:bookmarkStart w:id="${id}" w:name="${escapeAttr(anchor.name)}"/>`;
    if (anchor.cell) {
      cells.set(anchor.first, [...(cells.get(anchor.first) ?? []), { ...anchor.cell, start, end: `<w:bookmarkEnd w:id="${id}"/>` }]);
      return;
    }
    starts.set(anchor.first, (starts.get(anchor.first) ?? "") + `<w:bookmarkStart w:id="${id}" w:name="${escapeAttr(anchor.name)}"/>`);
    ends.set(anchor.last, `<w:bookmarkEnd w:id="${id}"/>` + (ends.get(anchor.last) ?? ""));
  });
  return { starts, ends, cells };
}

/** A block's XML with its marks: inside the paragraph when the block is one, inside the cells of a table. */
export function withBookmarks(xml: string, start: string | undefined, end: string | undefined, cells?: CellMark[]): string {
  if (cells?.length) xml = withCellBookmarks(xml, cells);
  if (!start && !end) return xml;
  const paragraph = xml.startsWith("<w:p>") && xml.endsWith("</w:p>") && xml.indexOf("<w:p>", 1) < 0;
  if (!paragraph) return (start ?? "") + xml + (end ?? "");
  return inParagraph(xml, start, end);
}

/** The marks around the first paragraph of the given body cells (row 0 is the first row after the header). */
function withCellBookmarks(xml: string, cells: CellMark[]): string {
  let tr = -1;
  return xml.replace(/<w:tr>[\s\S]*?<\/w:tr>/g, (rowXml) => {
    const row = tr++;
    const here = cells.filter((c) => c.row === row);
    if (!here.length) return rowXml;
    let tc = -1;
    return rowXml.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cellXml) => {
      const mark = here.find((c) => c.col === ++tc);
      return mark ? cellXml.replace(/<w:p>[\s\S]*?<\/w:p>/, (p) => inParagraph(p, mark.start, mark.end)) : cellXml;
    });
  });
}

function inParagraph(xml: string, start: string | undefined, end: string | undefined): string {
  let out = xml;
  if (start) {
    const at = out.startsWith("<w:p><w:pPr>") ? out.indexOf("</w:pPr>") + "</w:pPr>".length : "<w:p>".length;
    out = out.slice(0, at) + start + out.slice(at);
  }
  if (end) out = out.slice(0, -"</w:p>".length) + end + "</w:p>";
  return out;
}
