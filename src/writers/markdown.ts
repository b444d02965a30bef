/**
 * Markdown writer: Document → normalised Markdown. Written from the model (not by
 * tidying the template's text), so the output always re-parses to the same model.
 */
import { emphasisThen, escapeInline, escapeLineStart, firstChar, textBeforeEmphasis } from "../document/escape.js";
import type { Block, Document, Run, TableBlock } from "../document/model.js";
import { ATTACHMENT_MARKER, ATTACHMENT_NOTE_MARKER, SIGNATURE_MARKER, wouldTake } from "../document/markers.js";

/** Escaped run text; a hard line break inside a run is a backslash at the end of the line. */
function escapeRun(text: string, lineStart: boolean): string {
  if (!text.includes("\n")) return lineStart ? escapeLineStart(text) : escapeInline(text);
  return text
    .split("\n")
    .map((line, i) => (lineStart && i === 0 ? escapeLineStart(line) : escapeInline(line)))
    .join("\\\n");
}

function delimiterOf(run: Run): string {
  if (run.runIn || run.bold) return run.italic ? "***" : "**";
  return run.italic ? "*" : "";
}

/**
 * Runs right to left, so each emphasis knows the text after it: emphasisThen and
 * textBeforeEmphasis keep the delimiters readable where CommonMark's flanking rules
 * would not ("**（一）推进“科技周”**2023年").
 */
function paragraph(runs: Run[]): string {
  let out = "";
  /** The escaped text of runs[i + 1]. */
  let after = "";
  for (let i = runs.length - 1; i >= 0; i--) {
    const delimiter = delimiterOf(runs[i]);
    const text = escapeRun(runs[i].text, i === 0 && !delimiter);
    if (delimiter) out = emphasisThen(text, delimiter, out);
    else {
      const next = runs[i + 1];
      out = (next && delimiterOf(next) ? textBeforeEmphasis(text, firstChar(after)) : text) + out;
    }
    after = text;
  }
  return out;
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
  const grid = [line(pad(block.header)), line(rule), ...block.rows.map((r) => line(pad(r)))].join("\n");
  return block.caption ? `${escapeLineStart(block.caption)}\n\n${grid}` : grid;
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
    case "attachmentNote":
      return [ATTACHMENT_NOTE_MARKER, ...b.lines.map(escapeLineStart)].join("\n\n");
    case "attachment":
      return [ATTACHMENT_MARKER, escapeLineStart(b.label)].join("\n\n");
  }
}

/** An empty comment between a marked block and a paragraph it would otherwise take as its own when read back. */
function needsSeparator(b: Block, next: Block | undefined): boolean {
  return next?.type === "paragraph" && wouldTake(b, next.runs.map((r) => r.text).join(""));
}

export function writeMarkdown(doc: Document): string {
  return `${doc.blocks.map((b, i) => block(b) + (needsSeparator(b, doc.blocks[i + 1]) ? "\n\n<!-- -->" : "")).join("\n\n")}\n`;
}
