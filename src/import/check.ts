/**
 * The round-trip score: how much of the original text comes back, in order, when the
 * imported data is built again (validate → render → Markdown, as `build --format md`).
 *
 * Measure: both texts are reduced to their characters — block by block, a leading
 * ordinal dropped (一、 （一） 1. （1）…: the tool renumbers), whitespace dropped, NFKC
 * applied (so ，and , count the same: punctuation width is ignored) — and the score is
 * LCS(original, rebuilt) / length(original): the share of the original's characters
 * found in the same order in the rebuilt Markdown (exact within a bounded amount of work;
 * past it, for long texts that differ much, a lower bound found paragraph by paragraph:
 * align.ts). Markdown syntax is not counted (the rebuilt text is read through the
 * Markdown parser). Web furniture lines the importer dropped on purpose are not part of
 * the original; unplaced text is, and costs score. A key-figures table read as metrics is
 * compared by its figures instead (figures-check.ts): its header and the cells the metrics
 * hold are not in `original`, and a figure that does not come back is a structure difference.
 */
import type { Settings } from "../core/config.js";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import { validateSource } from "../core/validate.js";
import { blockTexts } from "../document/block-text.js";
import { parseMarkdown } from "../document/parse-markdown.js";
import { renderReport } from "../render-report.js";
import type { TemplateSet } from "../render/template-files.js";
import { writeMarkdown } from "../writers/markdown.js";
import type { TableBlock } from "../document/model.js";
import { alignBlocks } from "./align.js";
import { checkKeyFigures, type KeyFiguresResult, type KeyFiguresTable } from "./figures-check.js";
import { stripMarker } from "./markers.js";
import { firstDifference, shapeOf, titleInBody, type Shape, type StructureDifference } from "./structure-check.js";

/** The bar the issue sets: at least this share must come back. */
export const ROUND_TRIP_BAR = 0.98;

/** One block's text reduced to the characters that are compared. */
export function comparable(text: string): string {
  return stripMarker(text.trim()).normalize("NFKC").replace(/[\s\u00a0\u3000]+/g, "");
}

/** The texts of a Markdown document's blocks, Markdown syntax and escapes gone. */
export function markdownBlocks(markdown: string): string[] {
  return parseMarkdown(markdown).blocks.flatMap(blockTexts);
}

export interface Score {
  /** 0…1 */
  share: number;
  matched: number;
  total: number;
  /** Set when long, much-changed texts were aligned by paragraphs first: the share is a lower bound (align.ts). */
  approximate?: true;
}

export function scoreTexts(original: string[], rebuilt: string[]): Score {
  const { matched, total, approximate } = alignBlocks(original.map(comparable), rebuilt.map(comparable));
  return { share: total ? matched / total : 1, matched, total, ...(approximate ? { approximate } : {}) };
}

export interface RoundTrip {
  diagnostics: Diagnostic[];
  /** Absent when the data does not validate or render. */
  markdown?: string;
  score?: Score;
  /** Headings per level and points, original against rebuilt, when the original's shape was given. */
  structure?: { original: Shape; rebuilt: Shape; difference?: StructureDifference };
  /** The key-figures table read as metrics, row by row against the rebuilt one, when the import read one (figures-check.ts). */
  figures?: KeyFiguresResult;
}

/** Validate the YAML, build its Markdown and score it against the original paragraphs. */
export function roundTrip(
  yaml: string,
  original: string[],
  templates: TemplateSet,
  settings: Settings,
  lang: Lang,
  file = "(import)",
  originalShape?: Shape,
  keyFigures?: KeyFiguresTable,
): RoundTrip {
  const validated = validateSource({ file, text: yaml }, lang);
  // A placeholder (the import's own （请填写单位名称） when no organisation was found) makes the
  // data invalid, not unmeasurable: the text is scored as a draft would print it, so a report
  // with no title line is measured too. The diagnostics stay the strict ones.
  const report = validated.report ?? validateSource({ file, text: yaml }, lang, { draft: true }).report;
  if (!report) return { diagnostics: validated.diagnostics };
  const rendered = renderReport(report, templates, settings, lang);
  const diagnostics = [...validated.diagnostics, ...rendered.diagnostics];
  if (!rendered.document) return { diagnostics };
  const markdown = writeMarkdown(rendered.document);
  // Parsed once: a pasted report may have 100,000 paragraphs.
  const parsed = parseMarkdown(markdown).blocks;
  const score = scoreTexts(original, parsed.flatMap(blockTexts));
  // The key-figures table by its figures: its cells are not in `original` (index.ts), save those kept as comments.
  const figures = keyFigures ? checkKeyFigures(keyFigures, parsed.filter((b): b is TableBlock => b.type === "table")) : undefined;
  const withFigures = figures ? { figures } : {};
  if (!originalShape) return { diagnostics, markdown, score, ...withFigures };
  // The rebuilt side without its tables' cells, as the original side (index.ts); a part
  // heading the build generated, the original having none (a plan alone), is discounted.
  const generated = new Set(originalShape.generatedHeadings?.map(comparable));
  const rebuilt = shapeOf(
    parsed
      .filter((b) => b.type !== "table")
      .flatMap((b) => {
        const own = b.type === "heading" && generated.delete(comparable(b.text));
        return blockTexts(b).map((text) => (own ? { text, generated: true as const } : { text }));
      }),
  );
  // The counts first; then the original's title, which must not open a body paragraph.
  const paragraphs = parsed.filter((b) => b.type === "paragraph").flatMap(blockTexts);
  const difference =
    firstDifference(originalShape, rebuilt) ??
    (titleInBody(originalShape.title, paragraphs) ? { what: "title" as const, title: originalShape.title! } : undefined) ??
    (figures?.mismatch ? { what: "figures" as const, ...figures.mismatch } : undefined);
  return { diagnostics, markdown, score, structure: { original: originalShape, rebuilt, ...(difference ? { difference } : {}) }, ...withFigures };
}
