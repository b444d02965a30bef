/**
 * A line-based reader for the Markdown our templates write: ATX headings, paragraphs of
 * plain text (a paragraph may open with a bold run-in heading, `**（一）标题。**正文`), GFM
 * tables of plain cells, and one-line HTML comments (the signature marker). It gives the
 * same nodes as markdown-it with the cjk-friendly rule (markdown-tree.ts), or gives up
 * (undefined) and leaves the text to markdown-it. markdown-it's first, cold run over the
 * 50× report was the largest single part of the build (README, "Performance").
 *
 * It gives up on anything where CommonMark's rules would need thinking: any character
 * that inline syntax uses (backslash escapes, entities, emphasis other than the leading
 * bold, code, links, HTML), tabs, CR, NUL, whitespace at either end of a line, and any
 * line that could open a list, quote, fence, thematic break or setext underline.
 */
import type { BlockNode, Inline, TableCell, TableRow } from "./markdown-tree.js";
import type { CellAlign } from "./model.js";

/** Characters inline syntax uses, and `|`, `>` for tables and quotes: a line with one is left to markdown-it. */
const INLINE_SYNTAX = /[\\`*_~[\]!<>&|]/;
/** Characters markdown-it reads differently or that need its normalisation. */
const UNSUPPORTED = /[\t\r\0]/;
/** A line that starts or ends with whitespace (indentation, hard breaks, trimming). */
const EDGE_SPACE = /^\s|\s$/;
/** A line start that could open a block other than a paragraph: list, thematic break, setext underline, quote. */
const BLOCK_START = /^(?:[-+*=>#]|\d{1,9}[.)](?:[ \t]|$))/;
/** An ATX heading whose text starts right after one space (markdown-it trims ASCII spaces only: no trimming needed). */
const HEADING = /^(#{1,6}) (\S.*)$/;
const COMMENT = /^<!--(?:(?!-->).)*-->$/;
/** `**A**B` opening a paragraph: A and B have no inline syntax, and A does not start with whitespace. */
const LEADING_BOLD = /^\*\*([^\\`*_~[\]!<>&|\s][^\\`*_~[\]!<>&|]*)\*\*([^\\`*_~[\]!<>&|]*)$/;
/**
 * Last characters of A after which the closing `**` always closes (the extension's rule:
 * a CJK character before it, or a letter or digit, i.e. not punctuation): Han, CJK
 * punctuation (not U+3000, which is whitespace) and full-width forms, ASCII letters and digits.
 */
const CLOSES_AFTER = /[\u3001-\u3029\u3030-\u303e\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60A-Za-z0-9]$/;
const DELIMITER_ROW = /^\|(?: ?:?-+:? ?\|)+$/;

const text = (value: string): Inline[] => (value ? [{ type: "text", value }] : []);

/** The top-level blocks of a Markdown text, as markdown-tree.ts gives them, or undefined. */
export function quickMarkdownBlocks(markdown: string): BlockNode[] | undefined {
  if (UNSUPPORTED.test(markdown)) return undefined;
  const lines = markdown.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const blocks: BlockNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === "") {
      i++;
      continue;
    }
    if (EDGE_SPACE.test(line)) return undefined;
    if (line.charCodeAt(0) === 0x23 /* # */) {
      const heading = headingOf(line);
      if (!heading) return undefined;
      blocks.push(heading);
      i++;
    } else if (line.charCodeAt(0) === 0x3c /* < */) {
      if (!COMMENT.test(line)) return undefined;
      // markdown-it keeps the HTML block's line end, when there is one.
      blocks.push({ type: "html", value: i + 1 < lines.length || markdown.endsWith("\n") ? `${line}\n` : line });
      i++;
    } else if (line.charCodeAt(0) === 0x7c /* | */) {
      const end = tableEnd(lines, i);
      const table = end === undefined ? undefined : tableOf(lines.slice(i, end));
      if (!table) return undefined;
      blocks.push(table);
      i = end!;
    } else {
      let end = i;
      while (end < lines.length && isParagraphLine(lines[end])) end++;
      // What stops a paragraph must be a blank line, the end, a heading or a comment (both interrupt one).
      const next = lines[end];
      if (end === i || (next !== undefined && next !== "" && !(headingOf(next) || COMMENT.test(next)))) return undefined;
      const children = paragraphInlines(lines.slice(i, end));
      if (!children) return undefined;
      blocks.push({ type: "paragraph", children });
      i = end;
    }
  }
  return blocks;
}

function headingOf(line: string): BlockNode | undefined {
  const match = HEADING.exec(line);
  if (!match) return undefined;
  const content = match[2];
  // A "#" could be a closing sequence.
  if (INLINE_SYNTAX.test(content) || content.includes("#")) return undefined;
  return { type: "heading", depth: match[1].length, children: text(content) };
}

function isParagraphLine(line: string): boolean {
  if (line === "" || EDGE_SPACE.test(line)) return false;
  if (line.startsWith("**")) return LEADING_BOLD.test(line);
  return !BLOCK_START.test(line) && !INLINE_SYNTAX.test(line);
}

/** A paragraph's inline nodes: its lines joined by soft breaks, the first maybe opening with bold. */
function paragraphInlines(lines: string[]): Inline[] | undefined {
  // Bold only opens the first line, and only where its closing `**` certainly closes.
  if (lines.slice(1).some((line) => line.startsWith("**"))) return undefined;
  const bold = LEADING_BOLD.exec(lines[0]);
  if (bold && bold[2] !== "" && !CLOSES_AFTER.test(bold[1])) return undefined;
  const children: Inline[] = bold ? [{ type: "strong", children: text(bold[1]) }, ...text(bold[2])] : text(lines[0]);
  // A soft line break is a text node of its own, as markdown-tree.ts makes it.
  for (const line of lines.slice(1)) children.push({ type: "text", value: "\n" }, { type: "text", value: line });
  return children;
}

/** The line after a table's last row: rows run to a blank line or the end; anything else gives up. */
function tableEnd(lines: string[], start: number): number | undefined {
  let end = start;
  while (end < lines.length && lines[end].startsWith("|")) end++;
  return end === lines.length || lines[end] === "" ? end : undefined;
}

function tableOf(lines: string[]): BlockNode | undefined {
  const [header, delimiter, ...body] = lines;
  if (delimiter === undefined || !DELIMITER_ROW.test(delimiter)) return undefined;
  const align = delimiter.slice(1, -1).split("|").map(alignOf);
  const rows = [header, ...body].map(cellsOf);
  if (rows.some((row) => row === undefined) || rows[0]!.length !== align.length) return undefined;
  // markdown-it fills a short row with empty cells and drops the cells past the header's.
  const children: TableRow[] = rows.map((cells, r) => ({
    type: "tableRow",
    children: Array.from({ length: align.length }, (_, c): TableCell => ({ type: "tableCell", children: text(r === 0 ? cells![c] : (cells![c] ?? "")) })),
  }));
  return { type: "table", align, children };
}

function alignOf(cell: string): CellAlign {
  const spec = cell.trim();
  const left = spec.startsWith(":");
  const right = spec.endsWith(":");
  return left && right ? "center" : right ? "right" : left ? "left" : null;
}

/** A row's cells, trimmed as markdown-it trims them; undefined when a cell holds inline syntax. */
function cellsOf(line: string): string[] | undefined {
  if (!line.endsWith("|") || line.length < 2) return undefined;
  const cells = line.slice(1, -1).split("|").map((cell) => cell.trim());
  return cells.some((cell) => INLINE_SYNTAX.test(cell)) ? undefined : cells;
}
