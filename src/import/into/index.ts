/**
 * `report import EDITED.docx --into data/2023.yaml` (issue 21, docs/review-loop.md): the
 * edited document is compared with the document the data file builds now (both read by
 * docx-paragraphs.ts). Its paragraphs are grouped into the blocks of parts and topics and
 * each block placed on the data — by bookmark, ordinal path or similarity (blocks.ts);
 * the blocks' paragraphs become field edits and the topics' places list edits
 * (structure.ts); what lies outside them is compared as a sequence (compare.ts). Field
 * edits are applied to the YAML text in place (apply-yaml.ts), then the lists
 * (yaml-lists.ts). Pure: the caller builds the current document and reads and writes the files.
 */
import type { Report } from "../../core/schema.js";
import type { DataPath } from "../../render/anchors.js";
import { applyEdits, type FieldEdit } from "./apply-yaml.js";
import { mapBlocks, paragraphText, type BlockKind } from "./blocks.js";
import { compareOutside } from "./compare.js";
import { readDocxParagraphs, type ChangeMode } from "./docx-paragraphs.js";
import type { Ignored, Unplaced } from "./findings.js";
import { structuralChanges, type Counts } from "./structure.js";
import { anchorTargets, metricTargets } from "./targets.js";
import { commentText, insertComments } from "./yaml-comments.js";
import { applyStructure } from "./yaml-lists.js";

export type { ChangeMode } from "./docx-paragraphs.js";
export type { Ignored, Unplaced } from "./findings.js";
export type { Counts } from "./structure.js";

export interface IntoInput {
  /** The edited .docx. */
  edited: Uint8Array;
  /** The .docx the data file builds now (same settings and template as `report build`). */
  built: Uint8Array;
  /** The data file's text and its validated report. */
  yaml: string;
  report: Report;
  changes: ChangeMode;
  /** --comments: Word comments written into the YAML as comment lines (before the lists are rewritten, so they travel with their topic). */
  writeComments?: boolean;
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
  /** Scalar edits: text and figures. */
  edits: FieldEdit[];
  /** What was applied, by kind, for the summary (text edits and figures are counted from `edits`). */
  counts: Counts & { textEdits: number; figures: number };
  ignored: Ignored[];
  unplaced: Unplaced[];
  /** Word comments (批注): author, date, text, the text they are anchored to and its place in the data. */
  comments: ListedComment[];
  /** Tracked changes found in the edited document (taken or dropped as `changes` says). */
  insertions: number;
  deletions: number;
  /** Blocks placed without their bookmark: by ordinal path or by similarity, with their first paragraph. */
  placed: Array<{ path: DataPath; via: "ordinal" | "similarity"; text: string }>;
}

export function importInto(input: IntoInput): IntoResult {
  const edited = readDocxParagraphs(input.edited, input.changes);
  const built = readDocxParagraphs(input.built, "accept");
  const targets = anchorTargets(input.report);
  const kinds = new Map<string, BlockKind>([...targets].map(([name, t]) => [name, t.kind]));
  const blocks = mapBlocks(built.paragraphs, edited.paragraphs, kinds);
  const structure = structuralChanges(blocks, targets);
  const outside = compareOutside(blocks);
  const edits: FieldEdit[] = [...structure.edits];
  const ignored = [...structure.ignored, ...outside.ignored];
  const unplaced = [...structure.unplaced, ...outside.unplaced];
  const metrics = metricTargets(input.report);
  let figures = 0;
  for (const [name, text] of outside.cells) {
    const path = metrics.get(name);
    // The figure as the table prints it (formatNumber): digits, a point, maybe a sign and thousands commas.
    const figure = text.replace(/[,，\s]/g, "");
    if (!path) unplaced.push({ reason: "unknown-anchor", text });
    else if (!/^-?\d+(\.\d+)?$/.test(figure)) unplaced.push({ reason: "figure", text, path });
    else {
      edits.push({ path, value: figure });
      figures++;
    }
  }
  if (outside.title !== undefined) {
    if (input.report.title === undefined) ignored.push({ kind: "generated-title", text: outside.title });
    else if (outside.title !== input.report.title) edits.unshift({ path: ["title"], value: outside.title });
  }
  const applied = applyEdits(input.yaml, edits);
  unplaced.push(...applied.notApplied.map((e) => ({ reason: "not-scalar" as const, text: e.value, path: e.path })));
  // A comment's place: the block its first paragraph was placed in (whatever the bookmark), else its anchor (a table cell).
  const blockOf = new Map(blocks.edited.flatMap((block) => block.paragraphs.map((p) => [p, block.anchor] as const)));
  const comments = edited.comments.map((c) => {
    const range = edited.commentRanges.get(c.id);
    const paragraph = range?.paragraph === undefined ? undefined : edited.paragraphs[range.paragraph];
    const anchor = (paragraph && blockOf.get(paragraph)) ?? range?.anchor;
    const path = anchor ? (targets.get(anchor)?.path ?? metrics.get(anchor)) : undefined;
    return { author: c.author, date: c.date, text: c.text, on: range?.text ?? "", ...(path ? { path } : {}) };
  });
  // Comment lines go in before the lists are rewritten: above an item, they travel with it.
  const commented = input.writeComments && comments.length ? insertComments(applied.text, comments.map((c) => ({ path: c.path, text: commentText(c.author, c.date, c.text) }))) : applied.text;
  const rebuilt = applyStructure(commented, structure.lists, structure.keys);
  unplaced.push(...rebuilt.failed.map((path) => ({ reason: "list" as const, text: "", path })));
  return {
    yaml: rebuilt.text,
    edits,
    counts: { ...structure.counts, textEdits: edits.filter((e) => !e.paragraphs).length - figures, figures },
    ignored,
    unplaced,
    comments,
    insertions: edited.insertions,
    deletions: edited.deletions,
    placed: blocks.edited.flatMap((b) =>
      b.anchor && (b.via === "ordinal" || b.via === "similarity") ? [{ path: targets.get(b.anchor)!.path, via: b.via, text: paragraphText(b.paragraphs[0]) }] : [],
    ),
  };
}
