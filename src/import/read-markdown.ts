/**
 * Markdown → paragraphs, through the project's own Markdown parser (so escapes, bold
 * run-in titles and our own build's `<!-- signature -->` block read back exactly).
 */
import { parseMarkdown } from "../document/parse-markdown.js";
import { tableParagraph, tidy, type ReaderResult, type SourceParagraph } from "./source.js";

export function readMarkdown(markdown: string): ReaderResult {
  const paragraphs: SourceParagraph[] = [];
  const skipped: string[] = [];
  const push = (p: SourceParagraph) => {
    const text = tidy(p.text);
    if (text) paragraphs.push({ ...p, text, ...(p.lead ? { lead: tidy(p.lead) } : {}) });
  };
  for (const block of parseMarkdown(markdown).blocks) {
    switch (block.type) {
      case "title":
        // Only the first "# " is the title; a later one is a top-level heading.
        push(paragraphs.some((p) => p.title) ? { text: block.text, heading: 1 } : { text: block.text, title: true });
        break;
      case "heading":
        push({ text: block.ordinal + block.text, heading: block.level });
        break;
      case "paragraph": {
        const first = block.runs[0];
        // A bold opening is a run-in title; a paragraph bold all through reads as a heading.
        const lead = first && (first.runIn || first.bold) ? first.text : undefined;
        push({ text: block.runs.map((r) => r.text).join(""), ...(lead ? { lead } : {}) });
        break;
      }
      case "table": {
        if (block.caption) push({ text: block.caption });
        paragraphs.push(tableParagraph(block.header.map(tidy), block.rows.map((row) => row.map(tidy))));
        break;
      }
      case "signature":
        push({ text: block.organization });
        if (block.date) push({ text: block.date });
        break;
    }
  }
  return { paragraphs, skipped };
}
