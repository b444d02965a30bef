/**
 * The Word writer: renders the Document model as a .docx in the official layout
 * (GB/T 9704-2012, see gongwen-format.md). Output is byte-identical for identical input.
 */

import { Document as DocxDocument, DocumentGridType, Packer, type FileChild } from "docx";
import type { FontSet } from "../../core/fonts.js";
import type { Block, Document } from "../../document/model.js";
import { bodyParagraph, headingParagraph, titleParagraphs } from "./blocks.js";
import { customStylesXml } from "./custom-styles.js";
import { makeDeterministic } from "./deterministic.js";
import { pageNumberFooters } from "./footer.js";
import { FOOTER_DISTANCE, HEADER_DISTANCE, LINE_PITCH, PAGE_MARGIN, PAGE_SIZE } from "./layout.js";
import { sanitizePlain } from "./sanitize.js";
import { signatureParagraphs } from "./signature.js";
import { buildStyles } from "./styles.js";
import { tableBlock, tableCaption } from "./table.js";

export interface DocxOptions {
  fonts: FontSet;
}

function renderBlock(block: Block, fonts: FontSet, next: Block | undefined): FileChild[] {
  switch (block.type) {
    case "title":
      return titleParagraphs(block, fonts);
    case "heading":
      return [headingParagraph(block, fonts)];
    case "paragraph":
      return [bodyParagraph(block, fonts, next?.type === "signature")];
    case "table":
      return [...tableCaption(block, fonts), tableBlock(block, fonts)];
    case "signature":
      return signatureParagraphs(block, fonts);
  }
}

/** File properties: the title, and the signing organization as author. */
function metadata(doc: Document) {
  const title = doc.blocks.find((b) => b.type === "title");
  const signature = doc.blocks.find((b) => b.type === "signature");
  const author = signature ? sanitizePlain(signature.organization).trim() : "";
  return {
    title: title ? sanitizePlain(title.text) : "",
    creator: author || "work-report",
    lastModifiedBy: author || "work-report",
  };
}

export async function writeDocx(doc: Document, options: DocxOptions): Promise<Uint8Array> {
  const { fonts } = options;
  const file = new DocxDocument({
    ...metadata(doc),
    // The title, signature and table text styles, as raw XML: custom-styles.ts.
    externalStyles: customStylesXml(fonts),
    styles: buildStyles(fonts),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: PAGE_SIZE,
            margin: { ...PAGE_MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          // Lines only: a linesAndChars grid makes LibreOffice spread the characters (~18 a line).
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: pageNumberFooters(fonts),
        children: doc.blocks.flatMap((block, i) => renderBlock(block, fonts, doc.blocks[i + 1])),
      },
    ],
  });
  const packed = await Packer.toBuffer(file);
  return makeDeterministic(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), doc.date);
}
