/**
 * Parse stage: Markdown → Document. The quick reader (quick-markdown.ts) takes the
 * Markdown our templates write; anything else goes to markdown-it (markdown-tree.ts).
 * Synchronous, for the library and `report import`; the build loads markdown-it only
 * when the quick reader leaves the text to it (parse-markdown-lazy.ts).
 */
import { documentFromBlocks } from "./blocks-to-document.js";
import { markdownItBlocks } from "./markdown-tree.js";
import type { Document } from "./model.js";
import { quickMarkdownBlocks } from "./quick-markdown.js";

export function parseMarkdown(markdown: string): Document {
  return documentFromBlocks(quickMarkdownBlocks(markdown) ?? markdownItBlocks(markdown));
}
