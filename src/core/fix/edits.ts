/** Text edits by source offset: how --fix changes a file without re-serialising it. */

export interface TextEdit {
  /** Offset in the source text (UTF-16 units). */
  offset: number;
  /** How many units to replace. */
  length: number;
  text: string;
}

/**
 * Apply edits to `text`. Overlapping edits keep the first one (in offset order, longer
 * first at the same offset): e.g. stripping "(一)" wins over making its brackets full-width.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || b.length - a.length);
  const applied: TextEdit[] = [];
  let end = -1;
  for (const edit of sorted) {
    if (edit.offset < end || (edit.offset === end && edit.length === 0 && applied.at(-1)?.offset === edit.offset)) continue;
    applied.push(edit);
    end = edit.offset + edit.length;
  }
  let out = "";
  let at = 0;
  for (const edit of applied) {
    out += text.slice(at, edit.offset) + edit.text;
    at = edit.offset + edit.length;
  }
  return { text: out + text.slice(at), applied };
}
