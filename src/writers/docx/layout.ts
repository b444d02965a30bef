/**
 * Page geometry and sizes of the official layout (docs/word-layout.md).
 * Lengths are twips (1/20 pt), font sizes half-points, as OOXML writes them.
 */

export const PAGE_SIZE = { width: 11906, height: 16838 } as const;

/** Top 37 mm, bottom 35 mm, left 28 mm, right 26 mm: a 156 × 225 mm text block. */
export const PAGE_MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;

/** Width of the text block: 11906 − 1588 − 1474. */
export const TEXT_WIDTH = PAGE_SIZE.width - PAGE_MARGIN.left - PAGE_MARGIN.right;

/** 22 lines a page: exact line spacing and the `lines` document grid share this pitch. */
export const LINE_PITCH = 579;

/** Font sizes in half-points. */
export const SIZE = {
  /** 二号 22 pt */
  title: 44,
  /** 三号 16 pt: body, headings, signature */
  body: 32,
  /** 四号 14 pt: table cells */
  table: 28,
  /** 四号 14 pt */
  pageNumber: 28,
} as const;

/** One body character (16 pt) in twips: the unit of "two characters" indents. */
export const BODY_CHAR = 320;

/** Body runs are condensed by 0.25 pt (`w:spacing w:val="-5"`) so 28 characters fit a line. */
export const CONDENSE = -5;

/** Exact line spacing of table cell paragraphs (22 pt for 14 pt text). */
export const TABLE_LINE = 440;

/** First-line indent of two characters, with the twips fallback for renderers that ignore `firstLineChars`. */
export const FIRST_LINE_INDENT = { firstLineChars: 200, firstLine: 2 * BODY_CHAR } as const;

/** Explicitly no indent, so the body's first-line indent (in Normal) does not leak. */
export const NO_INDENT = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 } as const;

/**
 * Page number line: exact 20 pt for the 14 pt number, and a footer distance (page edge to
 * the bottom of that line) that puts the dashes 7 mm below the text block, as GB/T 9704
 * 7.5 measures it (一字线上距版心下边缘7mm; 35 mm − 7 mm = 28 mm from the page edge).
 * Measured in the page LibreOffice renders (tests/layout-polish.test.ts); 1300 put them 9.2 mm below.
 */
export const FOOTER_LINE = 400;
export const FOOTER_DISTANCE = 1420;
/** No header is written; Word's usual 15 mm. */
export const HEADER_DISTANCE = 851;
