/**
 * The small XML vocabulary the Word writer builds its parts from: escaping, and the
 * WordprocessingML namespaces. Parts are built as strings, in the schema's element order,
 * not through the docx library: docs/decisions/0001-word-writer.md says why.
 */

import { stripInvalidXmlChars } from "./sanitize.js";

const TEXT_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Escapes character data. Every string that reaches a part goes through this or
 * escapeAttr, so characters XML 1.0 does not allow are dropped here, whatever their
 * source (data, template output, config values such as font names): the one boundary
 * that keeps every part well-formed. (Runs turn tabs and line ends into elements first:
 * sanitize.ts.)
 */
export function escapeText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
}

/** Escapes an attribute value (double-quoted); invalid XML characters dropped, as in escapeText. */
export function escapeAttr(value: string | number): string {
  return stripInvalidXmlChars(String(value)).replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c]);
}

export const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** The opening tag of every WordprocessingML part's root element: `w` and `r` are all the parts use. */
export function wordRoot(name: string): string {
  return `<${name} xmlns:w="${NS.w}" xmlns:r="${NS.r}">`;
}
