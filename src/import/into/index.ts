/**
 * `report import EDITED.docx --into data/2023.yaml` (issue 21), the text edits: the
 * edited document is compared with the document the data file builds now (both read
 * by docx-paragraphs.ts); each changed paragraph is placed by its anchor (a bookmark
 * the writer put around each part and topic) and taken apart into field edits
 * (topic-fields.ts), which are applied to the YAML text in place (apply-yaml.ts).
 * Pure: the caller builds the current document and reads and writes the files.
 */
import type { Report } from "../../core/schema.js";
import type { DataPath } from "../../render/anchors.js";
import { applyEdits, type FieldEdit } from "./apply-yaml.js";
import { compareDocuments } from "./compare.js";
import { readDocxParagraphs, type ChangeMode } from "./docx-paragraphs.js";
import type { Ignored, Unplaced } from "./findings.js";
import { anchorTargets, metricTargets } from "./targets.js";
import { targetEdits } from "./topic-fields.js";

export type { ChangeMode } from "./docx-paragraphs.js";
export type { Ignored, Unplaced } from "./findings.js";

export interface IntoInput {
  /** The edited .docx. */
  edited: Uint8Array;
  /** The .docx the data file builds now (same settings and template as `report build`). */
  built: Uint8Array;
  /** The data file's text and its validated report. */
  yaml: string;
  report: Report;
  changes: ChangeMode;
}

export interface ListedComment {
  author: string;
  date: string;
  text: string;
  /** The document text the comment covers. */
  on: string;
  path?: DataPath;
}

export interface IntoResult {
  /** The data file's new text (the same string when nothing changed). */
  yaml: string;
  edits: FieldEdit[];
  ignored: Ignored[];
  unplaced: Unplaced[];
  /** Word comments (批注): author, date, text, the text they are anchored to and its place in the data. */
  comments: ListedComment[];
  /** Tracked changes found in the edited document (taken or dropped as `changes` says). */
  insertions: number;
  deletions: number;
}

export function importInto(input: IntoInput): IntoResult {
  const edited = readDocxParagraphs(input.edited, input.changes);
  const built = readDocxParagraphs(input.built, "accept");
  const comparison = compareDocuments(built.paragraphs, edited.paragraphs);
  const targets = anchorTargets(input.report);
  const edits: FieldEdit[] = [];
  const ignored = [...comparison.ignored];
  const unplaced = [...comparison.unplaced];
  for (const [name, changes] of comparison.changed) {
    const target = targets.get(name);
    if (!target) {
      unplaced.push(...changes.map((c) => ({ reason: "unknown-anchor" as const, text: c.after })));
      continue;
    }
    const result = targetEdits(target, changes);
    edits.push(...result.edits);
    ignored.push(...result.ignored);
    unplaced.push(...result.unplaced);
  }
  const metrics = metricTargets(input.report);
  for (const [name, text] of comparison.cells) {
    const path = metrics.get(name);
    // The figure as the table prints it (formatNumber): digits, a point, maybe a sign and thousands commas.
    const figure = text.replace(/[,，\s]/g, "");
    if (!path) unplaced.push({ reason: "unknown-anchor", text });
    else if (!/^-?\d+(\.\d+)?$/.test(figure)) unplaced.push({ reason: "figure", text, path });
    else edits.push({ path, value: figure });
  }
  if (comparison.title !== undefined) {
    if (input.report.title === undefined) ignored.push({ kind: "generated-title", text: comparison.title });
    else if (comparison.title !== input.report.title) edits.unshift({ path: ["title"], value: comparison.title });
  }
  const applied = applyEdits(input.yaml, edits);
  unplaced.push(...applied.notApplied.map((e) => ({ reason: "not-scalar" as const, text: e.value, path: e.path })));
  const comments = edited.comments.map((c) => {
    const range = edited.commentRanges.get(c.id);
    const path = range?.anchor ? (targets.get(range.anchor)?.path ?? metrics.get(range.anchor)) : undefined;
    return { author: c.author, date: c.date, text: c.text, on: range?.text ?? "", ...(path ? { path } : {}) };
  });
  return { yaml: applied.text, edits, ignored, unplaced, comments, insertions: edited.insertions, deletions: edited.deletions };
}
