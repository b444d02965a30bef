/**
 * `--comments`: Word comments (批注) written into the data file as YAML comment lines, each
 * right above the part, topic or metric its range starts in (or at the end of the file
 * when it has no place), at that line's indentation. Inserted as text lines, so every
 * other line stays as it was.
 */
import { parseDocument } from "yaml";
import type { DataPath } from "../../render/anchors.js";

export interface CommentLine {
  path?: DataPath;
  /** One line of text, without "#". */
  text: string;
}

export function insertComments(text: string, comments: readonly CommentLine[]): string {
  const doc = parseDocument(text);
  const at: Array<{ offset: number; text: string }> = [];
  const tail: string[] = [];
  for (const comment of comments) {
    const node = comment.path ? doc.getIn(comment.path as (string | number)[], true) : undefined;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) at.push({ offset: range[0], text: comment.text });
    else tail.push(comment.text);
  }
  let out = text;
  // From the end, so earlier offsets stay good; comments on one place keep their order.
  for (const { offset, text: line } of at.map((c, i) => ({ ...c, i })).sort((a, b) => b.offset - a.offset || b.i - a.i)) {
    const lineStart = out.lastIndexOf("\n", offset - 1) + 1;
    const indent = /^[ \t]*/.exec(out.slice(lineStart))![0];
    out = `${out.slice(0, lineStart)}${indent}# ${line}\n${out.slice(lineStart)}`;
  }
  if (tail.length) out = `${out}${out.endsWith("\n") || !out ? "" : "\n"}${tail.map((line) => `# ${line}\n`).join("")}`;
  return out;
}

/** "批注（王局长，2024-01-05）：请核实人数" — the data's language is Chinese. */
export function commentText(author: string, date: string, text: string): string {
  return `批注（${[author, date.slice(0, 10)].filter(Boolean).join("，")}）：${text}`.replace(/\s*\r?\n\s*/g, " ");
}
