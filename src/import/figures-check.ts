/**
 * `--check` on a key-figures table that became `metrics`: the table is compared by its
 * figures, not its words. The build prints the table again in its own words (指标/单位/
 * 本年/上年/同比增长 for 指标名称/计量单位/2023年/2022年/增长(%)), with units in their own
 * column ("12万" → 12 | 万), numbers as numbers (86.0 → 86, 7,800 → 7800) and growth and
 * 完成情况 computed; a character count would call all of that lost. So:
 * - the header and the cells the metrics hold are no text of the original (textOfKeyFigures);
 *   each row read is compared with the rebuilt table's row instead (checkKeyFigures): its
 *   label, unit, value, previous and target, numerically;
 * - a growth or 完成情况 column the import found to agree with what the build computes is
 *   returned by the build;
 * - what the import kept as comments (other columns, cells that are no number, rows whose
 *   figure is none) stays text of the original, found nowhere in the rebuilt Markdown: lost,
 *   as any unplaced text is.
 */
import type { TableBlock } from "../document/model.js";

/** The key-figures table as it came, and how the import read it (metrics-table.ts). */
export interface KeyFiguresTable {
  header: string[];
  /** The table's rows, the very array of the source table (index.ts finds the table by it). */
  rows: string[][];
  /** Where each field the metrics hold came from; -1 for none. */
  columns: { label: number; unit: number; value: number; previous: number; target: number; note: number };
  /** Columns the build computes (growth, 完成情况) that the import found to agree with it in every row. */
  computed: number[];
  /** Per row: the fields read from it, or null when the row was kept as comments (its figure is no number). */
  read: Array<{ previous: boolean; target: boolean } | null>;
}

/** A cell that holds nothing: empty or a dash (as metrics-table.ts reads it). */
const BLANK = /^(?:[—–\-－/／]+|无)?$/;
const squeeze = (text: string) => text.normalize("NFKC").replace(/[\s\u00a0\u3000]+/g, "");

/**
 * The table's text that still counts as the original's: every cell of a row kept as
 * comments, and of a row read only the cells the metrics do not hold and the build does
 * not compute (kept columns, a cell of 上年/目标 that is no number, the 备注 column, which
 * the build prints below the table as "注：…"). The header is no text.
 */
export function textOfKeyFigures(table: KeyFiguresTable): string[] {
  const { columns: col, computed } = table;
  return table.rows.flatMap((row, r) => {
    const read = table.read[r];
    if (!read) return row;
    return row.filter((cell, c) => {
      if (c === col.label || c === col.unit || c === col.value || computed.includes(c)) return false;
      if (c === col.previous) return !read.previous && !BLANK.test(cell.trim());
      if (c === col.target) return !read.target && !BLANK.test(cell.trim());
      return true;
    });
  });
}

export interface FigureMismatch {
  /** The row's label as the original has it, or the column's header for a column read by the wrong year. */
  where: string;
  /** The original's header of the column ("2023年", "计量单位"). */
  column: string;
  original: string;
  rebuilt: string;
}

export interface KeyFiguresResult {
  /** Rows read as metrics. */
  rows: number;
  /** Of them, those whose every figure came back. */
  back: number;
  /** The first figure that did not come back. */
  mismatch?: FigureMismatch;
}

/** A figure and what is written after it: "12万" → 12, "万"; "7,800" → 7800, ""; "+11.1%" → 11.1, "%". */
function figure(cell: string): { n: number; unit: string } | undefined {
  const m = /^([+-]?\d+(?:\.\d+)?)(.*)$/u.exec(squeeze(cell).replace(/,/g, ""));
  return m ? { n: Number(m[1]), unit: m[2] } : undefined;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/** "％" and "%" alike (NFKC), as the import takes them. */
const sameUnit = (a: string, b: string) => squeeze(a) === squeeze(b);
const YEAR = /^(\d{4})年/;

/** The build's key-figures table in the rebuilt Markdown: 指标 | 单位 | 本年 (本期) | 上年 (上年同期) | … | 目标. */
function rebuiltTable(tables: TableBlock[]) {
  for (const table of tables) {
    const h = table.header.map(squeeze);
    const at = (names: string[]) => h.findIndex((cell) => names.includes(cell));
    const cols = { label: at(["指标"]), unit: at(["单位"]), value: at(["本年", "本期"]), previous: at(["上年", "上年同期"]), target: at(["目标"]) };
    // "表1　2023年主要指标完成情况": the year after the table's number.
    const caption = (table.caption ?? "").normalize("NFKC").replace(/^表\s*\d+\s*/u, "");
    if (cols.label >= 0 && cols.value >= 0) return { table, cols, year: YEAR.exec(caption)?.[1] };
  }
  return undefined;
}

/** Each row read compared with the rebuilt table's row in the same place, figure by figure. */
export function checkKeyFigures(original: KeyFiguresTable, tables: TableBlock[]): KeyFiguresResult {
  const col = original.columns;
  const rows = original.rows.filter((_, r) => original.read[r]);
  const rebuilt = rebuiltTable(tables);
  const name = (c: number) => original.header[c]?.trim() || `${c + 1}`;
  if (!rebuilt) {
    const first = rows[0];
    return { rows: rows.length, back: 0, ...(first ? { mismatch: { where: first[col.label]?.trim() ?? "", column: name(col.label), original: first[col.label]?.trim() ?? "", rebuilt: "—" } } : {}) };
  }
  let mismatch: FigureMismatch | undefined;
  // A column named by its year is read by the report's: it must be the year the rebuilt table is of (本年), or the one before (上年).
  for (const [c, shift] of [[col.value, 0], [col.previous, 1]] as const) {
    const year = c >= 0 ? YEAR.exec(squeeze(original.header[c] ?? ""))?.[1] : undefined;
    if (year && rebuilt.year && Number(year) !== Number(rebuilt.year) - shift) {
      const cell = rebuilt.table.header[shift ? rebuilt.cols.previous : rebuilt.cols.value] ?? "";
      mismatch ??= { where: name(c), column: cell, original: `${year}年`, rebuilt: `${Number(rebuilt.year) - shift}年` };
    }
  }
  const wrongYear = mismatch !== undefined;
  let back = 0;
  let i = 0;
  original.rows.forEach((row, r) => {
    const read = original.read[r];
    if (!read) return;
    const got = rebuilt.table.rows[i++] ?? [];
    const cellOf = (c: number) => (c >= 0 ? (got[c] ?? "").trim() : "");
    const label = row[col.label]?.trim() ?? "";
    const rebuiltLabel = cellOf(rebuilt.cols.label);
    const rebuiltUnit = cellOf(rebuilt.cols.unit);
    const wrong: FigureMismatch[] = [];
    const differ = (c: number, original: string, rebuiltText: string) => wrong.push({ where: label, column: name(c), original: original || "—", rebuilt: rebuiltText || "—" });
    // The label, perhaps with its unit in brackets: "门诊人次（万人次）" is 门诊人次 | 万人次.
    const labelUnit = rebuiltUnit && squeeze(label) === squeeze(`${rebuiltLabel}（${rebuiltUnit}）`);
    if (squeeze(label) !== squeeze(rebuiltLabel) && !labelUnit) differ(col.label, label, rebuiltLabel);
    // The unit: its column, else the label's brackets, else what the value is written with ("12万").
    const unit = (col.unit >= 0 ? row[col.unit]?.trim() : "") || (labelUnit ? rebuiltUnit : (figure(row[col.value] ?? "")?.unit ?? ""));
    if (!sameUnit(unit, rebuiltUnit)) differ(col.unit >= 0 && row[col.unit]?.trim() ? col.unit : col.value, unit, rebuiltUnit);
    // The figures: the same number, written bare or with the row's unit; a blank cell is a dash.
    const fields = [
      [col.value, rebuilt.cols.value, true],
      [col.previous, rebuilt.cols.previous, read.previous],
      [col.target, rebuilt.cols.target, read.target],
    ] as const;
    for (const [c, rc, wasRead] of fields) {
      if (c < 0) continue;
      const cell = row[c]?.trim() ?? "";
      const rebuiltCell = cellOf(rc);
      if (!wasRead) {
        // Kept as a comment, so counted as text; a blank cell must stay blank.
        if (BLANK.test(cell) && !BLANK.test(rebuiltCell)) differ(c, cell, rebuiltCell);
        continue;
      }
      const written = figure(cell);
      const printed = figure(rebuiltCell);
      const ok = written && printed && !printed.unit && same(written.n, printed.n) && (!written.unit || sameUnit(written.unit, rebuiltUnit));
      if (!ok) differ(c, cell, rebuiltCell);
    }
    if (wrong.length) mismatch ??= wrong[0];
    else if (!wrongYear) back++;
  });
  return { rows: rows.length, back, ...(mismatch ? { mismatch } : {}) };
}
