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
 *
 * Cost (issue #17). jsdiff's diff is Myers' O((N+M)·D): fine for a report's paragraphs,
 * minutes for a 20,000-character body rewritten end to end. So each diff is bounded and
 * falls back to a coarser level instead of running on:
 *
 * 1. characters — at most MAX_TOKENS tokens in the two texts together (a long text is
 *    first cut down to what lies between the tokens both start and end with) and at
 *    most MAX_EDIT tokens deleted plus inserted (jsdiff's maxEditLength stops it there);
 * 2. sentences — past either bound, the sentences (up to 。！？；, or a line) are diffed
 *    as whole tokens, again within MAX_EDIT, and each run of changed sentences is then
 *    diffed by character under rule 1, so an edited long body still shows its edits;
 * 3. replaced — when the sentences do not line up either, or none is kept, the whole
 *    old text is shown deleted and the new one inserted.
 *
 * One `report diff` also shares a TextBudget of diff work (TOTAL_WORK) over all its
 * texts, so many large rewritten topics cannot add up to minutes either: once it is
 * spent, texts go to rule 2, then 3. The bounds are counts, not clocks (jsdiff's
 * `timeout`), so the same files always give the same output. The level is reported
 * (TextDiff.level), and the renderers say when it is not "characters". The paragraphs
 * of a normal report are far inside every bound and are diffed exactly as before.
 */
import { diffArrays } from "diff";

export type Op = "equal" | "insert" | "delete";

export interface Segment {
  op: Op;
  text: string;
}

/** How fine a text diff is: see the comment at the top. */
export type TextLevel = "characters" | "sentences" | "replaced";

export interface TextDiff {
  segments: Segment[];
  level: TextLevel;
}

/** Tokens (both texts together) above which the character level is not tried at once. */
export const MAX_TOKENS = 4000;
/** Tokens (or sentences) deleted plus inserted above which a diff gives up. */
export const MAX_EDIT = 1000;
/**
 * Diff work for one `report diff`, summed over its texts: tokens + (edit length reached)².
 * jsdiff spends 0.1–0.25 µs per unit, so this is 1–2.5 s at worst. The sample years
 * (data/) take under 5,000 units; a paragraph of 300 characters rewritten end to end,
 * some 360,000; one diff that gives up at MAX_EDIT, 1,000,000.
 */
export const TOTAL_WORK = 10_000_000;

/** The work left for one `report diff`; each bounded diff below draws on it. */
export class TextBudget {
  constructor(public left = TOTAL_WORK) {}
}

const TOKEN = /\d+(?:[.,]\d+)*%?|[A-Za-z]+|\r\n|[\s\S]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Sentences: up to a run of 。！？；!?; and closing quotes or brackets after it, or up to a line end; a line break is one. */
const SENTENCE = /[^。！？；!?;\n]*[。！？；!?;]+[”’」』）)]*|[^\n]+|\n/gu;

export function sentences(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** Length in characters (code points), the unit of the cleanup and of similarity. */
function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function segmentsOf(parts: ReadonlyArray<{ added: boolean; removed: boolean; value: string[] }>): Segment[] {
  return parts.map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", text: p.value.join("") }));
}

/**
 * jsdiff on two token lists, within `maxEdit` tokens deleted plus inserted and within
 * the budget; null when it would take more. Myers' search costs about the square of the
 * edit length it reaches (D diagonals at each step D) plus the tokens: that is charged.
 */
function boundedDiff(a: string[], b: string[], maxEdit: number, budget: TextBudget): Segment[] | null {
  const size = a.length + b.length;
  const limit = Math.min(size, maxEdit, Math.floor(Math.sqrt(Math.max(0, budget.left - size))));
  // At least |N − M| tokens must be inserted or deleted: no use starting below that.
  if (limit < Math.abs(a.length - b.length)) return null;
  const parts = diffArrays(a, b, { maxEditLength: limit });
  let edits = limit;
  if (parts) {
    edits = 0;
    for (const p of parts) if (p.added || p.removed) edits += p.count ?? p.value.length;
  }
  budget.left -= size + edits * edits;
  return parts ? segmentsOf(parts) : null;
}

/**
 * Character level (rule 1), or null past its bounds. A long text is first cut down to
 * what lies between the tokens both texts start and end with, so one edit in a long
 * body is still a character diff.
 */
function characterDiff(a: string, b: string, budget: TextBudget): Segment[] | null {
  const ta = tokenize(a);
  const tb = tokenize(b);
  if (ta.length + tb.length <= MAX_TOKENS) return boundedDiff(ta, tb, MAX_EDIT, budget);
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start] === tb[start]) start++;
  let end = 0;
  while (end < ta.length - start && end < tb.length - start && ta[ta.length - 1 - end] === tb[tb.length - 1 - end]) end++;
  const ma = ta.slice(start, ta.length - end);
  const mb = tb.slice(start, tb.length - end);
  if (ma.length + mb.length > MAX_TOKENS) return null;
  const middle = boundedDiff(ma, mb, MAX_EDIT, budget);
  if (!middle) return null;
  return [{ op: "equal", text: ta.slice(0, start).join("") }, ...middle, { op: "equal", text: ta.slice(ta.length - end).join("") }];
}

/** Sentence level (rule 2), each changed run refined by character where it can be; null when no sentence is kept. */
function sentenceDiff(a: string, b: string, budget: TextBudget): Segment[] | null {
  const aligned = boundedDiff(sentences(a), sentences(b), MAX_EDIT, budget);
  if (!aligned?.some((s) => s.op === "equal")) return null;
  const out: Segment[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    const refined = del && ins ? characterDiff(del, ins, budget) : null;
    if (refined) out.push(...refined);
    else out.push({ op: "delete", text: del }, { op: "insert", text: ins });
    del = ins = "";
  };
  for (const s of aligned) {
    if (s.op === "delete") del += s.text;
    else if (s.op === "insert") ins += s.text;
    else {
      flush();
      out.push(s);
    }
  }
  flush();
  return out;
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

/** A run of edits between two equalities: its texts and their lengths in characters. */
interface Run {
  del: string[];
  ins: string[];
  delLength: number;
  insLength: number;
}

const emptyRun = (): Run => ({ del: [], ins: [], delLength: 0, insLength: 0 });
const runSize = (r: Run) => Math.max(r.delLength, r.insLength);

/**
 * An equality shorter than the edits on both of its sides carries no meaning for the
 * reader: turn it into a deletion plus an insertion, until no such equality is left.
 * (diff-match-patch also folds equalities as long as the edits; for short Chinese
 * edits that loses a shared word: "[-培育-]{+壮大+}新型{+农业+}经营主体".)
 *
 * In one pass with a stack: folding only ever makes runs of edits longer, so an
 * equality that can be folded stays foldable, and the equalities folded in the end are
 * the same whatever the order; after a fold, only the equality left of the merged run
 * can have become foldable, and it is the next one on the stack.
 */
export function cleanupSemantic(input: Segment[]): Segment[] {
  // runs[k] lies between equals[k - 1] and equals[k]; runs.length === equals.length + 1.
  const runs: Run[] = [emptyRun()];
  const equals: Array<{ text: string; length: number }> = [];
  const foldable = (k: number) => {
    const e = equals[k];
    const before = runSize(runs[k]);
    const after = runSize(runs[k + 1]);
    return before > 0 && after > 0 && e.length < before && e.length < after;
  };
  const fold = () => {
    const k = equals.length - 1;
    const { text, length: n } = equals.pop()!;
    const right = runs.pop()!;
    const left = runs[k];
    left.del.push(text, ...right.del);
    left.ins.push(text, ...right.ins);
    left.delLength += n + right.delLength;
    left.insLength += n + right.insLength;
  };
  const settle = () => {
    while (equals.length && foldable(equals.length - 1)) fold();
  };
  for (const s of normalize(input)) {
    if (s.op === "equal") {
      settle();
      equals.push({ text: s.text, length: length(s.text) });
      runs.push(emptyRun());
      continue;
    }
    const run = runs[runs.length - 1];
    if (s.op === "delete") {
      run.del.push(s.text);
      run.delLength += length(s.text);
    } else {
      run.ins.push(s.text);
      run.insLength += length(s.text);
    }
  }
  settle();
  const out: Segment[] = [];
  runs.forEach((run, k) => {
    if (k > 0) out.push({ op: "equal", text: equals[k - 1].text });
    out.push({ op: "delete", text: run.del.join("") }, { op: "insert", text: run.ins.join("") });
  });
  return normalize(out);
}

/**
 * The readable diff of two texts at the finest level its bounds allow (see the top of
 * this file), cleaned up. Without a budget, the text gets one of its own.
 */
export function diffTextLevel(a: string, b: string, budget = new TextBudget()): TextDiff {
  if (a === b) return { segments: a ? [{ op: "equal", text: a }] : [], level: "characters" };
  // All inserted or all deleted: exact at any length.
  if (!a || !b) return { segments: [a ? { op: "delete", text: a } : { op: "insert", text: b }], level: "characters" };
  const characters = characterDiff(a, b, budget);
  if (characters) return { segments: cleanupSemantic(characters), level: "characters" };
  const bySentence = sentenceDiff(a, b, budget);
  if (bySentence) return { segments: cleanupSemantic(bySentence), level: "sentences" };
  return { segments: normalize([{ op: "delete", text: a }, { op: "insert", text: b }]), level: "replaced" };
}

/** The readable diff of two texts: tokens as above, cleaned up. */
export function diffText(a: string, b: string, budget?: TextBudget): Segment[] {
  return diffTextLevel(a, b, budget).segments;
}

/**
 * How alike two short texts are, 0…1: twice the characters they share in order over
 * their total length (difflib's ratio). "企业科技创新能力不强" / "企业科技创新能力仍然不强" → 0.91.
 */
export function similarity(a: string, b: string): number {
  return similarityOf(tokenize(a), tokenize(b), 0)!;
}

/**
 * similarity() of two tokenized texts when it is at least `threshold`, else null —
 * found sooner: a ratio ≥ t allows at most (1 − t)·(total length) characters deleted
 * plus inserted, so jsdiff can stop there (maxEditLength).
 */
export function similarityOf(a: readonly string[], b: readonly string[], threshold: number): number | null {
  const la = charCount(a);
  const lb = charCount(b);
  const total = la + lb;
  if (total === 0) return 1;
  // Tokens of several characters (numbers, Latin words) make the token edit length a
  // little less than the character one; the bound below stays on the safe side of it.
  const maxEdit = threshold > 0 ? Math.min(a.length + b.length, Math.ceil((1 - threshold) * total) + 1) : a.length + b.length;
  const parts = diffArrays(a as string[], b as string[], { maxEditLength: maxEdit });
  if (!parts) return null;
  let common = 0;
  for (const p of parts) if (!p.added && !p.removed) common += charCount(p.value);
  const score = (2 * common) / total;
  return score >= threshold ? score : null;
}

function charCount(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) n += t.length === 1 ? 1 : length(t);
  return n;
}
