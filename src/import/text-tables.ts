/**
 * Tables copied as text. A table pasted from a web page or a PDF arrives as lines:
 * "| 规章 | 0 | 0 | 0 |" (a Markdown-like copy, perhaps with a |---| rule), or columns
 * kept apart by runs of spaces or tabs ("指标名称    单位    2023年"). Read line by line
 * they became one paragraph per row, silently; here two or more such lines in a row, with
 * the same number of cells, are one table, which the importer then reads as the metrics
 * table where it can (metrics-table.ts) or keeps, with its rows, as a note.
 * This runs on the raw lines, before tidy() drops the spaces between Chinese characters.
 */
import { tableParagraph, tidy, type SourceParagraph } from "./source.js";

const PIPE_ROW = /^\s*\|.*\|\s*$|^[^|]+(?:\|[^|]+){2,}$/;
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

/** Raw lines → paragraphs, a run of table-like lines becoming one table paragraph. */
export function linesWithTables(lines: string[]): TextTables {
  const paragraphs: SourceParagraph[] = [];
  const tables: Array<{ rows: number }> = [];
  let i = 0;
  while (i < lines.length) {
    const first = rowOf(lines[i]);
    if (first) {
      const rows = [first.cells];
      let j = i + 1;
      for (; j < lines.length; j++) {
        if (first.kind === "pipe" && RULE_ROW.test(lines[j])) continue;
        const row = rowOf(lines[j]);
        if (!row || row.kind !== first.kind || row.cells.length !== first.cells.length) break;
        rows.push(row.cells);
      }
      if (rows.length >= 2) {
        paragraphs.push(tableParagraph(rows[0], rows.slice(1)));
        tables.push({ rows: rows.length });
        i = j;
        continue;
      }
    }
    const text = tidy(lines[i]);
    if (text) paragraphs.push({ text });
    i++;
  }
  return { paragraphs, tables };
}
