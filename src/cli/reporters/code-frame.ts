/**
 * The source line under a YAML diagnostic with a caret under its column, as eslint and
 * TypeScript print it:
 *
 *     5 |       body：全年粮食产量
 *       |           ^
 *
 * Han characters take two terminal columns, so the caret is placed by display width; a
 * tab is shown as "→" (so a tab mistake can be seen), and a long line is cut around the
 * column.
 */
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../../core/diagnostics.js";
import { displayWidth } from "./diff-width.js";

/** Characters of the line shown at most; around the column when the line is longer. */
const MAX_CHARS = 70;

export function codeFrame(d: Diagnostic, c: ChalkInstance): string[] {
  if (d.sourceLine === undefined) return [];
  let text = d.sourceLine.replace(/\r$/, "");
  let column = Math.max(1, Math.min(d.column, text.length + 1));
  let prefix = "";
  if (text.length > MAX_CHARS) {
    const start = Math.max(0, Math.min(column - 1 - MAX_CHARS / 2, text.length - MAX_CHARS));
    prefix = start > 0 ? "…" : "";
    text = `${prefix}${text.slice(start, start + MAX_CHARS)}${start + MAX_CHARS < text.length ? "…" : ""}`;
    column = column - start + prefix.length;
  }
  const shown = text.replace(/\t/g, "→");
  const gutter = String(d.line);
  const pad = " ".repeat(gutter.length);
  const caretAt = displayWidth(shown.slice(0, column - 1));
  return [c.dim(`  ${gutter} | `) + shown, c.dim(`  ${pad} | `) + c.red(`${" ".repeat(caretAt)}^`)];
}
