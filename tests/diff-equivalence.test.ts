/**
 * Issue #17 made the text diff and the topic matching bounded (src/diff/text-diff.ts,
 * match.ts). Within their bounds — every report of a normal size — they must give what
 * the unbounded versions gave: those are kept here, as they were before the change, and
 * compared with the new code on random inputs.
 */
import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchKey, type Entry, type EntryKind } from "../src/diff/entries.js";
import { matchEntries, SIMILARITY_THRESHOLD } from "../src/diff/match.js";
import { cleanupSemantic, diffText, diffTextLevel, similarity, similarityOf, tokenize, type Segment } from "../src/diff/text-diff.js";

// ---- The code before issue #17, for reference. ----

const length = (text: string) => [...text].length;

function rawDiff(a: string, b: string): Segment[] {
  return diffArrays(tokenize(a), tokenize(b)).map((p) => ({ op: p.added ? "insert" : p.removed ? "delete" : "equal", text: p.value.join("") }));
}

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

function editsBeside(segments: Segment[], i: number, step: -1 | 1): [number, number] {
  let del = 0;
  let ins = 0;
  for (let j = i + step; j >= 0 && j < segments.length && segments[j].op !== "equal"; j += step) {
    if (segments[j].op === "delete") del += length(segments[j].text);
    else ins += length(segments[j].text);
  }
  return [del, ins];
}

function oldCleanup(input: Segment[]): Segment[] {
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

function oldDiffText(a: string, b: string): Segment[] {
  if (a === b) return a ? [{ op: "equal", text: a }] : [];
  return oldCleanup(rawDiff(a, b));
}

function oldSimilarity(a: string, b: string): number {
  const total = length(a) + length(b);
  if (total === 0) return 1;
  let common = 0;
  for (const s of rawDiff(a, b)) if (s.op === "equal") common += length(s.text);
  return (2 * common) / total;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function oldMatch(a: readonly Entry[], b: readonly Entry[], threshold = SIMILARITY_THRESHOLD) {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<{ a: number; b: number; by: string; similarity: number }> = [];
  const take = (i: number, j: number, by: string) => {
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: i, b: j, by, similarity: round2(oldSimilarity(matchKey(a[i]), matchKey(b[j]))) });
  };
  const introA = a.findIndex((e) => e.kind === "intro");
  const introB = b.findIndex((e) => e.kind === "intro");
  if (introA >= 0 && introB >= 0) take(introA, introB, "position");
  a.forEach((ea, i) => {
    if (usedA.has(i) || !ea.id) return;
    const j = b.findIndex((eb, k) => !usedB.has(k) && eb.kind === ea.kind && eb.id === ea.id);
    if (j >= 0) take(i, j, "id");
  });
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  a.forEach((ea, i) => {
    if (usedA.has(i) || ea.kind === "intro") return;
    b.forEach((eb, j) => {
      if (usedB.has(j) || eb.kind !== ea.kind) return;
      if (ea.id && eb.id && ea.id !== eb.id) return;
      const score = oldSimilarity(matchKey(ea), matchKey(eb));
      if (score >= threshold) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) if (!usedA.has(i) && !usedB.has(j)) take(i, j, "similarity");
  pairs.sort((x, y) => x.b - y.b);
  return { pairs, onlyA: a.map((_, i) => i).filter((i) => !usedA.has(i)), onlyB: b.map((_, j) => j).filter((j) => !usedB.has(j)) };
}

// ---- Random inputs: few distinct characters, so that texts share a lot. ----

const text = (max: number) => fc.array(fc.constantFrom("科", "技", "创", "新", "企", "业", "，", "。", "12", "3.5", "R", "\n"), { maxLength: max }).map((t) => t.join(""));

const segment = fc.record({ op: fc.constantFrom<Segment["op"]>("equal", "insert", "delete"), text: text(6) });

const entry = (kinds: EntryKind[]) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    id: fc.constantFrom(null, null, "x", "y", "z"),
    title: fc.option(text(8), { nil: null }),
    text: text(12),
  }).map((e): Entry => ({ ...e, location: "", depth: 0 }));

const entries = fc.tuple(fc.option(entry(["intro"]), { nil: undefined }), fc.array(entry(["topic", "target"]), { maxLength: 25 })).map(([intro, rest]) => (intro ? [intro, ...rest] : rest));

describe("the bounded code gives what the unbounded code gave, within its bounds", () => {
  it("cleanupSemantic in one pass folds the same equalities as the repeated scan", () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 30 }), (segments) => {
        expect(cleanupSemantic(segments)).toEqual(oldCleanup(segments));
      }),
      { numRuns: 2000 },
    );
  });

  it("diffText of short texts, at the character level", () => {
    fc.assert(
      fc.property(text(40), text(40), (a, b) => {
        expect(diffTextLevel(a, b)).toEqual({ segments: oldDiffText(a, b), level: "characters" });
      }),
      { numRuns: 1000 },
    );
  });

  it("similarity, and similarityOf with a threshold: the same score, or null below it", () => {
    fc.assert(
      fc.property(text(20), text(20), fc.constantFrom(0, 0.3, 0.6, 0.9), (a, b, t) => {
        const old = oldSimilarity(a, b);
        expect(similarity(a, b)).toBe(old);
        expect(similarityOf(tokenize(a), tokenize(b), t)).toBe(old >= t ? old : null);
      }),
      { numRuns: 1000 },
    );
  });

  it("matchEntries: the same pairs, in the same order, with the same scores", () => {
    fc.assert(
      fc.property(entries, entries, (a, b) => {
        const { window, ...now } = matchEntries(a, b);
        expect(window).toBeNull();
        expect(now).toEqual(oldMatch(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it("the fixture's long-standing examples still read the same", () => {
    expect(diffText("总数达到38家", "总数达到43家")).toEqual(oldDiffText("总数达到38家", "总数达到43家"));
  });
});
