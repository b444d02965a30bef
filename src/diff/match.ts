/**
 * Which entry of year A is which entry of year B. First by id (topic ids; a target's
 * metric id), then by how alike their titles are (untitled topics: their opening words).
 *
 * SIMILARITY_THRESHOLD = 0.6 on difflib's ratio (text-diff.ts `similarity`): a reworded
 * title that keeps most of its characters in order still matches —
 * "企业科技创新能力不强" → "企业科技创新能力仍然不强" is 0.91 — while two topics that only
 * share a phrase do not — "建设科技创新平台" / "提升创新平台能级" is 0.5. Two entries that
 * both carry ids, different ones, are never matched by similarity: their authors said
 * they are different. Pairs are taken best first, so each entry matches at most once.
 */
import { matchKey, type Entry } from "./entries.js";
import { similarity } from "./text-diff.js";

export const SIMILARITY_THRESHOLD = 0.6;

export type MatchedBy = "id" | "similarity" | "position";

export interface Match {
  a: number;
  b: number;
  by: MatchedBy;
  /** Similarity of the match keys, rounded to 0.01. */
  similarity: number;
}

export interface Matching {
  pairs: Match[];
  onlyA: number[];
  onlyB: number[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function matchEntries(a: readonly Entry[], b: readonly Entry[], threshold = SIMILARITY_THRESHOLD): Matching {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Match[] = [];
  const take = (i: number, j: number, by: MatchedBy) => {
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: i, b: j, by, similarity: round2(similarity(matchKey(a[i]), matchKey(b[j]))) });
  };

  // A part has one intro: this year's intro is last year's, rewritten or not.
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
      const score = similarity(matchKey(ea), matchKey(eb));
      if (score >= threshold) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) if (!usedA.has(i) && !usedB.has(j)) take(i, j, "similarity");

  pairs.sort((x, y) => x.b - y.b);
  return {
    pairs,
    onlyA: a.map((_, i) => i).filter((i) => !usedA.has(i)),
    onlyB: b.map((_, j) => j).filter((j) => !usedB.has(j)),
  };
}
