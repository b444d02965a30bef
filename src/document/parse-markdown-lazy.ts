/**
 * Parse stage for the build: as parse-markdown.ts, but markdown-it (its chunk took ~5 ms
 * to load, its first run ~30 ms on the 50× report) is loaded only for a text the quick
 * reader leaves to it — a report whose data holds Markdown's special characters, say.
 */
import { documentFromBlocks } from "./blocks-to-document.js";
import type { Document } from "./model.js";
import { quickMarkdownBlocks } from "./quick-markdown.js";

export async function parseMarkdownLoading(markdown: string): Promise<Document> {
  const quick = quickMarkdownBlocks(markdown);
  if (quick) return documentFromBlocks(quick);
  const { markdownItBlocks } = await import("./markdown-tree.js");
  return documentFromBlocks(markdownItBlocks(markdown));
}
