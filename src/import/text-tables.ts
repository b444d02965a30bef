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

/** "东柳街道2023年工作总结… |": a line alone with one bar at an end is a cell of the page's layout table, not a row. */
const loneCell = (line: string) => (line.split("|").length === 2 ? line.replace(/^\s*\|\s*|\s*\|\s*$/, "") : line);

/**
 * Items → paragraphs, a run of two or more items whose line reads as a table row becoming
 * one table paragraph; lineOf gives an item's raw line (undefined: it can be no row, as a
 * heading), other the paragraph of an item that is no row.
 */
function groupTables<T>(
  items: T[],
  lineOf: (item: T) => string | undefined,
  isFurniture: (line: string) => boolean,
  other: (item: T) => SourceParagraph | undefined,
): TextTables {
  const paragraphs: SourceParagraph[] = [];
  const tables: Array<{ rows: number }> = [];
  const rowAt = (k: number) => {
    const line = lineOf(items[k]);
    return line === undefined || isFurniture(line) ? undefined : rowOf(line);
  };
  let i = 0;
  while (i < items.length) {
    const first = rowAt(i);
    if (first) {
      const rows = [first.cells];
      let j = i + 1;
      for (; j < items.length; j++) {
        const line = lineOf(items[j]);
        if (first.kind === "pipe" && line !== undefined && RULE_ROW.test(line)) continue;
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
    const paragraph = other(items[i]);
    if (paragraph) paragraphs.push(paragraph);
    i++;
  }
  return { paragraphs, tables };
}

/**
 * Raw lines → paragraphs, a run of table-like lines becoming one table paragraph. Rows of
 * `|` cells need not have the same number of cells (merged cells are copied as fewer or
 * empty ones); spaced columns must, or any two spaced lines of text would be a table.
 * Lines the page put around the report (isFurniture: "索引号 | …" in its metadata table)
 * are no rows, so they can still be dropped as furniture.
 */
export function linesWithTables(lines: string[], isFurniture: (line: string) => boolean = () => false): TextTables {
  return groupTables(lines, (line) => line, isFurniture, (raw) => {
    const line = loneCell(raw);
    const text = (isFurniture(line) && furnitureText(line, isFurniture)) || tidy(line);
    return text ? { text } : undefined;
  });
}

/** A paragraph of a Word or Markdown file and its text before tidy() (its line breaks and the spaces between its cells kept). */
export interface RawParagraph {
  paragraph: SourceParagraph;
  raw?: string;
}

/** A body paragraph as the author typed it: no heading, list item, title or real table, so it may be a row typed as text. */
const typed = (p: SourceParagraph) => !p.heading && !p.list && !p.title && !p.table;

/**
 * The same recognition for Word and Markdown, whose author typed a table as text: each
 * row a paragraph ("| 指标 | 单位 | 2023年 |", or columns apart by tabs), or the rows of
 * one paragraph kept apart by line breaks (Shift+Enter in Word, a Markdown paragraph's
 * lines). A .docx or .md reads as its text does. A paragraph that is no row stays as the
 * reader made it (its bold lead too); one that holds two rows in a row is cut at its
 * line breaks.
 */
export function paragraphsWithTables(items: RawParagraph[], isFurniture: (line: string) => boolean = () => false): SourceParagraph[] {
  const units: RawParagraph[] = items.flatMap((item) => {
    if (item.raw === undefined || !typed(item.paragraph)) return [item];
    const lines = item.raw.split(/\r\n?|\n/).filter((l) => l.trim());
    if (lines.length < 2) return [{ ...item, raw: lines[0] ?? item.raw }];
    const rows = lines.map((line) => !isFurniture(line) && rowOf(line) !== undefined);
    // Lines that hold no table are one paragraph, as the reader made it (and no row).
    if (!rows.some((row, k) => row && rows[k + 1])) return [{ paragraph: item.paragraph }];
    return lines.map((line) => ({ paragraph: { text: tidy(line) }, raw: line }));
  });
  return groupTables(
    units,
    (u) => (u.raw !== undefined && typed(u.paragraph) ? u.raw : undefined),
    isFurniture,
    (u) => {
      if (u.raw === undefined || !typed(u.paragraph)) return u.paragraph;
      const line = loneCell(u.raw);
      if (line === u.raw) return u.paragraph;
      const text = tidy(line);
      return text ? { ...u.paragraph, text } : undefined;
    },
  ).paragraphs;
}
