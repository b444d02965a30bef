/** Parse stage: Markdown → Document, through markdown-it (markdown-tree.ts) and our conventions (blocks-to-document.ts). */
import { documentFromBlocks } from "./blocks-to-document.js";
import { markdownItBlocks } from "./markdown-tree.js";
import type { Document } from "./model.js";

export function parseMarkdown(markdown: string): Document {
  return documentFromBlocks(markdownItBlocks(markdown));
}
