/**
 * Markdown writer: Document → normalised Markdown. Written from the model (not by
 * tidying the template's text), so the output always re-parses to the same model.
 */
import { escapeInline, escapeLineStart } from "../document/escape.js";
import type { Block, Document, Run, TableBlock } from "../document/model.js";
import { SIGNATURE_MARKER } from "../document/parse-markdown.js";

function runText(run: Run, lineStart: boolean): string {
  // A hard line break inside a run: backslash at the end of the line.
  const escape = (text: string, start: boolean) =>
    text
      .split("\n")
      .map((line, i) => (start && i === 0 ? escapeLineStart(line) : escapeInline(line)))
      .join("\\\n");
  if (run.runIn || run.bold) return run.italic ? `***${escape(run.text, false)}***` : `**${escape(run.text, false)}**`;
  if (run.italic) return `*${escape(run.text, false)}*`;
  return escape(run.text, lineStart);
}

function paragraph(runs: Run[]): string {
  return runs.map((run, i) => runText(run, i === 0)).join("");
}

function table(block: TableBlock): string {
  const cell = (text: string) => escapeInline(text).replace(/\n/g, " ");
  const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  const pad = (row: string[]) => Array.from({ length: width }, (_, i) => cell(row[i] ?? ""));
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const rule = Array.from({ length: width }, (_, i) => {
    const align = block.align[i];
    return align === "center" ? ":---:" : align === "right" ? "---:" : align === "left" ? ":---" : "---";
  });
  return [line(pad(block.header)), line(rule), ...block.rows.map((r) => line(pad(r)))].join("\n");
}

function block(b: Block): string {
  switch (b.type) {
    case "title":
      return `# ${escapeInline(b.text)}`;
    case "heading":
      return `${"#".repeat(b.level + 1)} ${escapeInline(b.ordinal + b.text)}`;
    case "paragraph":
      return paragraph(b.runs);
    case "table":
      return table(b);
    case "signature":
      return [SIGNATURE_MARKER, escapeLineStart(b.organization), ...(b.date ? [escapeLineStart(b.date)] : [])].join("\n\n");
  }
}

export function writeMarkdown(doc: Document): string {
  return `${doc.blocks.map(block).join("\n\n")}\n`;
}
