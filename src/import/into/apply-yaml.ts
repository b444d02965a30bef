/**
 * Field edits → the data file's text, in place. The yaml package's Document API finds
 * each edited value (its source range); its CST then rewrites only that scalar token
 * (CST.setScalarValue keeps the scalar's style: plain, quoted, literal or folded) and
 * prints the rest of the file back as it was, byte for byte: comments, key order,
 * quoting, blank lines and untouched lines stay.
 */
import { CST, isCollection, isScalar, parse, parseDocument, Parser } from "yaml";
import type { DataPath } from "../../render/anchors.js";

export interface FieldEdit {
  path: DataPath;
  /** The new text of the scalar at path. */
  value: string;
  /** Paragraphs added or removed in a one-string Text (counted as paragraphs, not as a text edit). */
  paragraphs?: true;
}

/** The text with the edits applied; edits whose path is no scalar are returned as not applied. */
export function applyEdits(text: string, edits: readonly FieldEdit[]): { text: string; notApplied: FieldEdit[] } {
  if (!edits.length) return { text, notApplied: [] };
  const doc = parseDocument(text, { keepSourceTokens: true });
  const byOffset = new Map<number, FieldEdit & { inFlow: boolean; number: boolean }>();
  const notApplied: FieldEdit[] = [];
  for (const edit of edits) {
    const node = doc.getIn(edit.path as (string | number)[], true);
    const parent = doc.getIn(edit.path.slice(0, -1) as (string | number)[], true);
    // In a flow collection ("[a, b]") a value with "," or "]" must be quoted.
    // A number stays a number (setScalarValue would quote "2.7" to keep it a string).
    const number = isScalar(node) && typeof node.value === "number" && Number.isFinite(Number(edit.value));
    if (isScalar(node) && node.range) byOffset.set(node.range[0], { ...edit, inFlow: isCollection(parent) && Boolean(parent.flow), number });
    else notApplied.push(edit);
  }
  const tokens = [...new Parser().parse(text)];
  const set = (token: CST.Token | undefined) => {
    if (!token || !CST.isScalar(token)) return;
    const edit = byOffset.get(token.offset);
    if (!edit) return;
    if (edit.number && token.type === "scalar") token.source = edit.value;
    else if (token.type === "block-scalar") setBlockScalar(token, edit.value);
    else if (edit.value.includes("\n") && !edit.inFlow) {
      // Paragraphs (a split, a paragraph added): a literal block at the key's column + 2.
      const line = text.slice(text.lastIndexOf("\n", token.offset - 1) + 1);
      const column = /^[ -]*/.exec(line)![0].length;
      CST.setScalarValue(token, edit.value, { type: "BLOCK_LITERAL" });
      const block = token as CST.Token; // setScalarValue changed its type
      if (block.type === "block-scalar") setBlockScalar(block, edit.value, " ".repeat(column + 2), text.includes("\r\n") ? "\r\n" : "\n");
    } else {
      CST.setScalarValue(token, edit.value, { inFlow: edit.inFlow });
      // A plain scalar that would now read as another type (a title edited to "2", "true",
      // "null"): quoted, so it stays text. Not an emptied one: it reads as null, which the
      // schema reports, rather than as "" let through.
      if (token.type === "scalar" && edit.value !== "" && !readsAs(token.source, edit.value)) CST.setScalarValue(token, edit.value, { inFlow: edit.inFlow, type: "QUOTE_DOUBLE" });
    }
    byOffset.delete(token.offset);
  };
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => set(item.value));
  }
  for (const { path, value } of byOffset.values()) notApplied.push({ path, value });
  return { text: tokens.map((t) => CST.stringify(t)).join(""), notApplied };
}

/** Whether a plain scalar's source reads back as the string `value`. */
function readsAs(source: string, value: string): boolean {
  try {
    return parse(source) === value;
  } catch {
    return false;
  }
}

/**
 * A block scalar's new content at its old indentation, its header line (and comment)
 * kept. (CST.setScalarValue re-indents the content to the key's column, which no longer
 * parses.) A folded scalar whose new text has line breaks becomes literal ("|"), so the
 * breaks read back as written. `at` and `lineEnd`: the indentation and the file's line
 * end, for a scalar just made a block.
 */
function setBlockScalar(token: CST.BlockScalar, value: string, at?: string, lineEnd?: string): void {
  const indent = at ?? /^( *)\S/m.exec(token.source)?.[1] ?? " ".repeat(token.indent + 2);
  const header = token.props.find((p): p is CST.SourceToken => p.type === "block-scalar-header");
  if (header && value.includes("\n")) header.source = header.source.replace(">", "|");
  const eol = lineEnd ?? (token.source.includes("\r\n") ? "\r\n" : "\n"); // a CRLF file stays CRLF
  token.source = `${value
    .split("\n")
    .map((line) => (line ? indent + line : ""))
    .join(eol)}${eol}`;
}
