/**
 * The Document model: the contract between templates (through Markdown) and writers.
 * Writers take only this; they never see the YAML data or the Markdown text.
 */

/** Heading levels of the official numbering: 1 一、 · 2 （一） · 3 1. · 4 （1） */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A run of text with the same look. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /**
   * Set on the leading run(s) of a paragraph that start with a run-in heading
   * ("（一）企业科技创新能力不强。" followed by body text): the heading level decides the font.
   */
  runIn?: HeadingLevel;
}

export interface TitleBlock {
  type: "title";
  text: string;
}

export interface HeadingBlock {
  type: "heading";
  level: HeadingLevel;
  /** The literal ordinal the tool wrote ("一、", "（二）", "3.", "（4）"); "" when none. */
  ordinal: string;
  /** Heading text without the ordinal. */
  text: string;
}

export interface ParagraphBlock {
  type: "paragraph";
  runs: Run[];
}

export type CellAlign = "left" | "center" | "right" | null;

export interface TableBlock {
  type: "table";
  /** "表1　…": the caption line above the table (in Markdown, a "表N" paragraph right before it). */
  caption?: string;
  /** First row: column headers. */
  header: string[];
  rows: string[][];
  align: CellAlign[];
}

export interface SignatureBlock {
  type: "signature";
  organization: string;
  /** Already written out: "2022年12月30日". */
  date?: string;
}

/**
 * 附件说明 (GB/T 9704 7.3.4): the lines as printed — "附件：1.标题", then "2.标题"… (one
 * attachment: "附件：标题"). In Markdown, `<!-- attachment-note -->` and those paragraphs.
 */
export interface AttachmentNoteBlock {
  type: "attachmentNote";
  lines: string[];
}

/**
 * The start of an attachment (GB/T 9704 7.4): a new page, its label ("附件1", or "附件"
 * when there is one) top left in 黑体; a title block and the body follow as usual. In
 * Markdown, `<!-- attachment -->` and the label's paragraph.
 */
export interface AttachmentBlock {
  type: "attachment";
  label: string;
}

export type Block = TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | SignatureBlock | AttachmentNoteBlock | AttachmentBlock;

/**
 * A part's or topic's own blocks, blocks[first..last] (headings and paragraphs): the Word
 * writer marks them with a bookmark of this name (src/render/anchors.ts, issue 21).
 */
export interface Anchor {
  name: string;
  first: number;
  last: number;
  /** On a table block (first = last): the anchor marks one body cell, rows counted after the header. */
  cell?: { row: number; col: number };
}

export interface Document {
  blocks: Block[];
  /** Set only when the template marked some (document/anchors.ts); the Markdown writer ignores them. */
  anchors?: Anchor[];
  /** ISO date (YYYY-MM-DD) used for file metadata so that identical input gives identical bytes. */
  date?: string;
}

/** "表1　主要指标完成情况": a table's caption, in the paragraph right above it (centred above it in Word). */
export const TABLE_CAPTION = /^表\s*\d+/;
