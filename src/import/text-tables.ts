/**
 * Tables copied as text. A table pasted from a web page or a PDF arrives as lines:
 * "| 规章 | 0 | 0 | 0 |" (a Markdown-like copy, perhaps with a |---| rule), or columns
 * kept apart by runs of spaces or tabs ("指标名称    单位    2023年"). Read line by line
 * they became one paragraph per row, silently; here two or more such lines in a row, with
 * the same number of cells, are one table, which the importer then reads as the metrics
 * table where it can (metrics-table.ts) or keeps, with its rows, as a note.
 * This runs on the raw lines, before tidy() drops the spaces between Chinese characters.
 */
import { WIDE_CHARS } from "../core/text.js";
import { tableParagraph, tidy, type SourceParagraph } from "./source.js";

/** "| a | b |", "a | b | c", and "a | b |" as a 政府信息公开 report's tables are copied (a cell, then a bar). */
const PIPE_ROW = /^\s*\|.*\|\s*$|^[^|]+(?:\|[^|]+){2,}$|^[^|]+(?:\|[^|]*)*\|\s*$/;
const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** Two or more spaces (any width) or a tab between cells. */
const SPACED = /(?:[ \u00a0\u3000]{2,}|\t)+/;

function pipeCells(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => tidy(c));
}

function spacedCells(line: string): string[] {
  const cells = line.trim().split(SPACED).map((c) => tidy(c));
  return cells.length >= 3 && cells.every(Boolean) ? cells : [];
}

/** Spaces tidy() would drop: between Chinese characters; there they parted the cells of a page's line. */
const CELL_SPACE = new RegExp(`(?:[ \\u00a0\\u3000]{2,}|\\t|\\u3000|(?<=[${WIDE_CHARS}])[ \\u00a0]+(?=[${WIDE_CHARS}]))+`, "gu");

/**
 * A furniture line ("来源：某县民政局  浏览次数：12") with its cells kept apart by two spaces,
 * so the note that lists it does not read "某县民政局浏览次数"; undefined when that text
 * would no longer be furniture.
 */
function furnitureText(line: string, isFurniture: (line: string) => boolean): string | undefined {
  const text = line.trim().split(CELL_SPACE).map((c) => tidy(c)).filter(Boolean).join("  ");
  return text && isFurniture(text) ? text : undefined;
}

/** Cells of a line that looks like a table row, of either kind; [] when it is not one. */
function rowOf(line: string): { kind: "pipe" | "spaced"; cells: string[] } | undefined {
  if (PIPE_ROW.test(line) && line.includes("|")) return { kind: "pipe", cells: pipeCells(line) };
  const cells = spacedCells(line);
  return cells.length ? { kind: "spaced", cells } : undefined;
}

export interface TextTables {
  paragraphs: SourceParagraph[];
  /** Rows in the tables found, for the note. */
  tables: Array<{ rows: number }>;
}

/**
 * Raw lines → paragraphs, a run of table-like lines becoming one table paragraph. Rows of
 * `|` cells need not have the same number of cells (merged cells are copied as fewer or
 * empty ones); spaced columns must, or any two spaced lines of text would be a table.
 * Lines the page put around the report (isFurniture: "索引号 | …" in its metadata table)
 * are no rows, so they can still be dropped as furniture.
 */
export function linesWithTables(lines: string[], isFurniture: (line: string) => boolean = () => false): TextTables {
  const paragraphs: SourceParagraph[] = [];
  const tables: Array<{ rows: number }> = [];
  const rowAt = (k: number) => (isFurniture(lines[k]) ? undefined : rowOf(lines[k]));
  let i = 0;
  while (i < lines.length) {
    const first = rowAt(i);
    if (first) {
      const rows = [first.cells];
      let j = i + 1;
      for (; j < lines.length; j++) {
        if (first.kind === "pipe" && RULE_ROW.test(lines[j])) continue;
        const row = rowAt(j);
        if (!row || row.kind !== first.kind || (row.kind === "spaced" && row.cells.length !== first.cells.length)) break;
        rows.push(row.cells);
      }
      if (rows.length >= 2) {
        paragraphs.push(tableParagraph(rows[0], rows.slice(1)));
        tables.push({ rows: rows.length });
        i = j;
        continue;
      }
    }
    // A line alone with one bar at an end is a cell of the page's layout table: "东柳街道2023年工作总结… |".
    const line = lines[i].split("|").length === 2 ? lines[i].replace(/^\s*\|\s*|\s*\|\s*$/, "") : lines[i];
    const text = (isFurniture(line) && furnitureText(line, isFurniture)) || tidy(line);
    if (text) paragraphs.push({ text });
    i++;
  }
  return { paragraphs, tables };
}
