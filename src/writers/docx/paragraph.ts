/**
 * `<w:p>` with the paragraph properties the writer uses, in the schema's element order
 * (CT_PPrBase): style, keep-with-next, keep-lines, page break before, spacing, indent, alignment.
 */

import { escapeAttr } from "./xml.js";

export type Alignment = "left" | "center" | "right" | "both";

export interface Indent {
  left?: number;
  right?: number;
  firstLine?: number;
  firstLineChars?: number;
  hanging?: number;
  hangingChars?: number;
}

export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  /** Start a new page (an attachment). */
  pageBreakBefore?: boolean;
  /** Exact line spacing in twips, no space before or after. */
  exactLine?: number;
  indent?: Indent;
  alignment?: Alignment;
}

/** `<w:spacing>` of exact lines and no space around the paragraph. */
export function exactSpacingXml(line: number): string {
  return `<w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/>`;
}

/** `<w:ind>` with the given sides, in attribute order left, right, firstLine, firstLineChars, hanging, hangingChars. */
export function indentXml(indent: Indent): string {
  let attrs = "";
  for (const key of ["left", "right", "firstLine", "firstLineChars", "hanging", "hangingChars"] as const) {
    if (indent[key] !== undefined) attrs += ` w:${key}="${indent[key]}"`;
  }
  return `<w:ind${attrs}/>`;
}

function paragraphPropsXml(p: ParagraphProps): string {
  const inner =
    (p.style ? `<w:pStyle w:val="${escapeAttr(p.style)}"/>` : "") +
    (p.keepNext ? "<w:keepNext/>" : "") +
    (p.keepLines ? "<w:keepLines/>" : "") +
    (p.pageBreakBefore ? "<w:pageBreakBefore/>" : "") +
    (p.exactLine !== undefined ? exactSpacingXml(p.exactLine) : "") +
    (p.indent ? indentXml(p.indent) : "") +
    (p.alignment ? `<w:jc w:val="${p.alignment}"/>` : "");
  return inner ? `<w:pPr>${inner}</w:pPr>` : "";
}

/** A paragraph of the given runs (already XML). */
export function paragraphXml(props: ParagraphProps, runs: string): string {
  return `<w:p>${paragraphPropsXml(props)}${runs}</w:p>`;
}
