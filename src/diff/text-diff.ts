/**
 * Text comparison for Chinese. Chinese has no spaces between words, so a word diff has
 * nothing to split on; we diff character by character, except that a number ("2.5",
 * "38", "42%") or a Latin word is one token — "总数达到[-38-]{+43+}家", never
 * "{+4+}3[-8-]". Our own tokens (not Intl.Segmenter's words) keep the output the same
 * on every Node/ICU version, so golden files hold.
 *
 * A raw character diff of two rewritten sentences matches stray common characters
 * ("的", "，") and reads as confetti; cleanupSemantic folds such short equalities into
 * the edits around them (the rule of diff-match-patch's semantic cleanup).
 */
import { diffArrays } from "diff";

export type Op = "equal" | "insert" | "delete";

export interface Segment {
  op: Op;
  text: string;
}

const TOKEN = /\d+(?:[.,]\d+)*%?|[A-Za-z]+|\r\n|[\s\S]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Length in characters (code points), the unit of the cleanup and of similarity. */
function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function rawDiff(a: string, b: string): Segment[] {
  const parts = diffArrays(tokenize(a), tokenize(b));
  return parts.map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", text: p.value.join("") }));
}

/** Merge neighbours; inside each run of edits, all deletions first, then all insertions. */
function normalize(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = ins = "";
  };
  for (const s of segments) {
    if (!s.text) continue;
    if (s.op === "delete") del += s.text;
    else if (s.op === "insert") ins += s.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === "equal") last.text += s.text;
      else out.push({ ...s });
    }
  }
  flush();
  return out;
}

/** Sizes of the edit run around index i, on one side: [deleted, inserted] characters. */
function editsBeside(segments: Segment[], i: number, step: -1 | 1): [number, number] {
  let del = 0;
  let ins = 0;
  for (let j = i + step; j >= 0 && j < segments.length && segments[j].op !== "equal"; j += step) {
    if (segments[j].op === "delete") del += length(segments[j].text);
    else ins += length(segments[j].text);
  }
  return [del, ins];
}

/**
 * An equality shorter than the edits on both of its sides carries no meaning for the
 * reader: turn it into a deletion plus an insertion, and repeat until nothing changes.
 * (diff-match-patch also folds equalities as long as the edits; for short Chinese
 * edits that loses a shared word: "[-培育-]{+壮大+}新型{+农业+}经营主体".)
 */
export function cleanupSemantic(input: Segment[]): Segment[] {
  let segments = normalize(input);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < segments.length - 1; i++) {
      const s = segments[i];
      if (s.op !== "equal") continue;
      const before = Math.max(...editsBeside(segments, i, -1));
      const after = Math.max(...editsBeside(segments, i, 1));
      if (before > 0 && after > 0 && length(s.text) < before && length(s.text) < after) {
        segments = normalize([...segments.slice(0, i), { op: "delete", text: s.text }, { op: "insert", text: s.text }, ...segments.slice(i + 1)]);
        changed = true;
        break;
      }
    }
  }
  return segments;
}

/** The readable diff of two texts: tokens as above, cleaned up. */
export function diffText(a: string, b: string): Segment[] {
  if (a === b) return a ? [{ op: "equal", text: a }] : [];
  return cleanupSemantic(rawDiff(a, b));
}

/**
 * How alike two short texts are, 0…1: twice the characters they share in order over
 * their total length (difflib's ratio). "企业科技创新能力不强" / "企业科技创新能力仍然不强" → 0.91.
 */
export function similarity(a: string, b: string): number {
  const total = length(a) + length(b);
  if (total === 0) return 1;
  let common = 0;
  for (const s of rawDiff(a, b)) if (s.op === "equal") common += length(s.text);
  return (2 * common) / total;
}
