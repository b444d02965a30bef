/**
 * The Word writer: renders the Document model as a .docx in the official layout
 * (GB/T 9704-2012, see docs/word-layout.md). Output is byte-identical for identical input.
 *
 * The parts are written as XML strings by the files of this folder; package.ts zips them.
 */

import type { FontSet } from "../../core/fonts.js";
import type { Block, Document } from "../../document/model.js";
import { attachmentLabel, attachmentNoteParagraphs } from "./attachments.js";
import { bodyParagraph, headingParagraph, titleParagraphs } from "./blocks.js";
import { bookmarkMarks, withBookmarks } from "./bookmarks.js";
import { fontTableXml } from "./font-table.js";
import { pageNumberFooters } from "./footer.js";
import { FOOTER_DISTANCE, HEADER_DISTANCE, LINE_PITCH, PAGE_MARGIN, PAGE_SIZE } from "./layout.js";
import { FOOTER_REL, packDocx } from "./package.js";
import { sanitizePlain } from "./sanitize.js";
import { signatureParagraphs } from "./signature.js";
import { stylesXml } from "./styles.js";
import { tableBlock, tableCaption } from "./table.js";
import { wordRoot, XML_DECLARATION } from "./xml.js";

export interface DocxOptions {
  fonts: FontSet;
}

function renderBlock(block: Block, fonts: FontSet, next: Block | undefined): string {
  switch (block.type) {
    case "title":
      return titleParagraphs(block, fonts);
    case "heading":
      return headingParagraph(block, fonts);
    case "paragraph":
      return bodyParagraph(block, fonts, next?.type === "signature" || next?.type === "attachmentNote");
    case "table":
      return tableCaption(block, fonts) + tableBlock(block, fonts);
    case "signature":
      return signatureParagraphs(block, fonts);
    case "attachmentNote":
      return attachmentNoteParagraphs(block, fonts);
    case "attachment":
      return attachmentLabel(block, fonts);
  }
}

/**
 * The one section: A4, the official margins, odd/even page-number footers, and a
 * lines-only document grid (a linesAndChars grid makes LibreOffice spread the
 * characters, ~18 a line).
 */
const SECTION =
  `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_REL.odd}"/>` +
  `<w:footerReference w:type="even" r:id="${FOOTER_REL.even}"/>` +
  `<w:pgSz w:w="${PAGE_SIZE.width}" w:h="${PAGE_SIZE.height}"/>` +
  `<w:pgMar w:top="${PAGE_MARGIN.top}" w:right="${PAGE_MARGIN.right}" w:bottom="${PAGE_MARGIN.bottom}" w:left="${PAGE_MARGIN.left}"` +
  ` w:header="${HEADER_DISTANCE}" w:footer="${FOOTER_DISTANCE}" w:gutter="0"/>` +
  `<w:docGrid w:type="lines" w:linePitch="${LINE_PITCH}"/></w:sectPr>`;

function documentXml(doc: Document, fonts: FontSet): string {
  let body = "";
  const marks = bookmarkMarks(doc);
  doc.blocks.forEach((block, i) => (body += withBookmarks(renderBlock(block, fonts, doc.blocks[i + 1]), marks.starts.get(i), marks.ends.get(i), marks.cells.get(i))));
  return `${XML_DECLARATION}${wordRoot("w:document")}<w:body>${body}${SECTION}</w:body></w:document>`;
}

/** File properties: the title, and the signing organization as author. */
function metadata(doc: Document) {
  const title = doc.blocks.find((b) => b.type === "title");
  const signature = doc.blocks.find((b) => b.type === "signature");
  const author = signature ? sanitizePlain(signature.organization).trim() : "";
  return { title: title ? sanitizePlain(title.text) : "", creator: author || "work-report", date: doc.date };
}

export async function writeDocx(doc: Document, options: DocxOptions): Promise<Uint8Array> {
  const { fonts } = options;
  return packDocx({
    document: documentXml(doc, fonts),
    styles: stylesXml(fonts),
    fontTable: fontTableXml(fonts),
    footers: pageNumberFooters(fonts),
    metadata: metadata(doc),
  });
}
