/**
 * The edited document against the document the data builds now, outside the blocks of
 * parts and topics (blocks.ts, structure.ts): the paragraphs there as a sequence (jsdiff)
 * — the title, generated headings, the signature — and the table cells in order
 * (cellChanges). Line breaks are layout (the title is broken into lines by the writer),
 * so they do not count.
 */
import { diffArrays } from "diff";
import { paragraphText, type BlockMap } from "./blocks.js";
import type { DocxParagraph } from "./docx-paragraphs.js";
import type { Ignored, Unplaced } from "./findings.js";

export interface Comparison {
  /** Changed table cells that carry an anchor (a metric's 本年 figure), by anchor name: the new text. */
  cells: Map<string, string>;
  /** The new title, when the title paragraph changed. */
  title?: string;
  ignored: Ignored[];
  unplaced: Unplaced[];
}

const TITLE_STYLE = "GwTitle";
const text = paragraphText;

/** What lies outside the blocks (blocks.ts): the table's cells, and the other paragraphs as a sequence. */
export function compareOutside(map: BlockMap): Comparison {
  const result: Comparison = { cells: new Map(), ignored: [], unplaced: [] };
  outsideChanges(map.builtOutside, map.editedOutside, result);
  cellChanges(map.builtCells, map.editedCells, result);
  return result;
}

/**
 * Table cells, in order: a changed cell with an anchor is a metric's figure; any other
 * changed cell (a label, a unit, a computed growth, another table) has no place yet.
 */
function cellChanges(before: DocxParagraph[], after: DocxParagraph[], result: Comparison): void {
  if (before.length !== after.length) {
    const was = new Set(before.map(text));
    for (const p of after) if (!was.has(text(p))) result.unplaced.push({ reason: "table-cell", text: text(p) });
    return;
  }
  before.forEach((b, i) => {
    const now = text(after[i]);
    if (text(b) === now) return;
    if (b.anchor) result.cells.set(b.anchor, now);
    else result.unplaced.push({ reason: "table-cell", text: now });
  });
}

/** Outside the anchors: the title, generated headings (目标任务, 重点工作), intro, closing, signature. */
function outsideChanges(before: DocxParagraph[], after: DocxParagraph[], result: Comparison): void {
  const parts = diffArrays(before.map(text), after.map(text));
  let removed: string[] = [];
  let at = 0; // index into before
  for (const part of parts) {
    if (part.removed) {
      removed = part.value;
      at += part.count ?? part.value.length;
      continue;
    }
    if (part.added) {
      part.value.forEach((t, i) => {
        const old = i < removed.length ? before[at - removed.length + i] : undefined;
        if (old?.style === TITLE_STYLE) result.title = t;
        else if (old?.style?.startsWith("Heading")) result.ignored.push({ kind: "generated-heading", text: t });
        else result.unplaced.push({ reason: "outside", text: t });
      });
      removed.slice(part.value.length).forEach((t) => result.unplaced.push({ reason: "removed", text: t }));
    } else {
      removed.forEach((t) => result.unplaced.push({ reason: "removed", text: t }));
      at += part.count ?? part.value.length;
    }
    removed = [];
  }
  removed.forEach((t) => result.unplaced.push({ reason: "removed", text: t }));
}
