/**
 * The edited document against the document the data builds now, paragraph by paragraph:
 * inside each anchor (a part or topic) by position, outside them as a sequence (jsdiff).
 * Table cells are compared in order (cellChanges). Line breaks are
 * layout (the title is broken into lines by the writer), so they do not count.
 */
import { diffArrays } from "diff";
import type { DocxParagraph } from "./docx-paragraphs.js";
import type { Ignored, Unplaced } from "./findings.js";
import type { ParagraphChange } from "./topic-fields.js";

export interface Comparison {
  /** Changed paragraphs per anchor name, each as its index among the anchor's paragraphs. */
  changed: Map<string, ParagraphChange[]>;
  /** Changed table cells that carry an anchor (a metric's 本年 figure), by anchor name: the new text. */
  cells: Map<string, string>;
  /** The new title, when the title paragraph changed. */
  title?: string;
  ignored: Ignored[];
  unplaced: Unplaced[];
}

const TITLE_STYLE = "GwTitle";
const text = (p: DocxParagraph) => p.text.replace(/\n/g, "");

function byAnchor(paragraphs: readonly DocxParagraph[]) {
  const anchored = new Map<string, string[]>();
  const outside: DocxParagraph[] = [];
  const cells: DocxParagraph[] = [];
  for (const p of paragraphs) {
    if (p.inTable) {
      cells.push(p);
      continue;
    }
    if (p.anchor) anchored.set(p.anchor, [...(anchored.get(p.anchor) ?? []), text(p)]);
    else outside.push(p);
  }
  return { anchored, outside, cells };
}

export function compareDocuments(built: readonly DocxParagraph[], edited: readonly DocxParagraph[]): Comparison {
  const result: Comparison = { changed: new Map(), cells: new Map(), ignored: [], unplaced: [] };
  const was = byAnchor(built);
  const now = byAnchor(edited);
  for (const [name, before] of was.anchored) {
    const after = now.anchored.get(name);
    if (!after) {
      result.unplaced.push({ reason: "anchor-missing", text: before.join("") });
      continue;
    }
    if (after.length !== before.length) {
      for (const t of after.filter((t) => !before.includes(t))) result.unplaced.push({ reason: "paragraphs", text: t });
      for (const t of before.filter((t) => !after.includes(t))) result.unplaced.push({ reason: "paragraphs", text: `−${t}` });
      continue;
    }
    const changes = before.flatMap((b, index) => (b === after[index] ? [] : [{ index, before: b, after: after[index] }]));
    if (changes.length) result.changed.set(name, changes);
  }
  for (const [name, after] of now.anchored) {
    if (!was.anchored.has(name)) result.unplaced.push({ reason: "unknown-anchor", text: after.join("") });
  }
  outsideChanges(was.outside, now.outside, result);
  cellChanges(was.cells, now.cells, result);
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
