/**
 * Markdown → paragraphs, through the project's own Markdown parser (so escapes, bold
 * run-in titles and our own build's `<!-- signature -->` block read back exactly).
 */
import { parseMarkdown } from "../document/parse-markdown.js";
import { isFurniture } from "./lines.js";
import { tableParagraph, tidy, type ReaderResult, type SourceParagraph } from "./source.js";
import { paragraphsWithTables, type RawParagraph } from "./text-tables.js";

/**
 * A table in Markdown's own syntax (with its |---| rule) is a table block; one typed
 * with no rule ("| 指标 | 单位 |" lines, or spaced columns) is a paragraph of lines to
 * Markdown, and is found as in a .txt (text-tables.ts), from the paragraph's lines.
 */
export function readMarkdown(markdown: string): ReaderResult {
  const paragraphs: RawParagraph[] = [];
  const skipped: string[] = [];
  const push = (p: SourceParagraph, raw?: string) => {
    const text = tidy(p.text);
    if (text) paragraphs.push({ paragraph: { ...p, text, ...(p.lead ? { lead: tidy(p.lead) } : {}) }, ...(raw !== undefined ? { raw } : {}) });
  };
  for (const block of parseMarkdown(markdown).blocks) {
    switch (block.type) {
      case "title":
        // Only the first "# " is the title; a later one is a top-level heading.
        push(paragraphs.some((p) => p.paragraph.title) ? { text: block.text, heading: 1 } : { text: block.text, title: true });
        break;
      case "heading":
        push({ text: block.ordinal + block.text, heading: block.level });
        break;
      case "paragraph": {
        const first = block.runs[0];
        // A bold opening is a run-in title; a paragraph bold all through reads as a heading.
        const lead = first && (first.runIn || first.bold) ? first.text : undefined;
        const text = block.runs.map((r) => r.text).join("");
        push({ text, ...(lead ? { lead } : {}) }, text);
        break;
      }
      case "table": {
        if (block.caption) push({ text: block.caption });
        paragraphs.push({ paragraph: tableParagraph(block.header.map(tidy), block.rows.map((row) => row.map(tidy))) });
        break;
      }
      case "signature":
        push({ text: block.organization });
        if (block.date) push({ text: block.date });
        break;
    }
  }
  return { paragraphs: paragraphsWithTables(paragraphs, isFurniture), skipped };
}
