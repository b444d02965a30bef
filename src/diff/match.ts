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
 *
 * In time linear in the entries, bar sorting (issue #17: all pairs of 2,000 untitled
 * topics took minutes):
 *
 * 1. the intro with the intro;
 * 2. ids, through a map;
 * 3. identical match keys, through a map, in reading order — the pairs of similarity 1,
 *    which best-first would take first and in that order anyway;
 * 4. similarity for what is left, at most COMPARISONS comparisons per kind of entry.
 *    When every pair of the entries left fits, every pair is compared, as always: a
 *    report of any normal size gets the same matches as before. Past that, each entry
 *    left in A is compared only with the entries left in B within `window` places of its
 *    own place (places scaled by the two lists' lengths), the window as wide as
 *    COMPARISONS allow, at least 1. A topic both reworded and moved far may then show as
 *    removed and added; Matching.window says when this happened, and the output says so.
 *
 * A comparison itself is bounded: keys are compared on their first KEY_CHARS characters,
 * a cheap count of shared characters rules out most pairs before any diff, and the diff
 * stops once the pair cannot reach the threshold (similarityOf) — at most a few tenths
 * of a millisecond, usually a few microseconds.
 */
import { matchKey, type Entry } from "./entries.js";
import { similarityOf, tokenize } from "./text-diff.js";

export const SIMILARITY_THRESHOLD = 0.6;
/** Similarity comparisons of the entries left after ids and identical keys, per kind (step 4). */
export const COMPARISONS = 20_000;
/** Characters of a match key that similarity looks at, as many as an untitled topic's key has. */
export const KEY_CHARS = 60;

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
  /** The window of step 4 when it applied (for the widest-compared kind), else null. */
  window: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A key prepared for comparisons: its tokens and how often each character occurs. */
interface Key {
  text: string;
  tokens: string[];
  chars: Map<string, number>;
  length: number;
}

function prepare(entry: Entry): Key {
  const text = matchKey(entry);
  const tokens = tokenize([...text].slice(0, KEY_CHARS).join(""));
  const chars = new Map<string, number>();
  let length = 0;
  for (const t of tokens) {
    for (const ch of t) {
      chars.set(ch, (chars.get(ch) ?? 0) + 1);
      length++;
    }
  }
  return { text, tokens, chars, length };
}

/** Upper bound of the ratio from the characters the keys share in any order (difflib's quick_ratio). */
function quickRatio(x: Key, y: Key): number {
  const total = x.length + y.length;
  if (total === 0) return 1;
  const [small, large] = x.chars.size <= y.chars.size ? [x.chars, y.chars] : [y.chars, x.chars];
  let common = 0;
  for (const [ch, n] of small) common += Math.min(n, large.get(ch) ?? 0);
  return (2 * common) / total;
}

function score(x: Key, y: Key, threshold: number): number | null {
  if (x.text === y.text) return 1;
  if ((2 * Math.min(x.length, y.length)) / (x.length + y.length) < threshold) return null;
  if (quickRatio(x, y) < threshold) return null;
  return similarityOf(x.tokens, y.tokens, threshold);
}

export function matchEntries(a: readonly Entry[], b: readonly Entry[], threshold = SIMILARITY_THRESHOLD): Matching {
  const keysA = new Map<number, Key>();
  const keysB = new Map<number, Key>();
  const keyA = (i: number) => keysA.get(i) ?? keysA.set(i, prepare(a[i])).get(i)!;
  const keyB = (j: number) => keysB.get(j) ?? keysB.set(j, prepare(b[j])).get(j)!;
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Match[] = [];
  const take = (i: number, j: number, by: MatchedBy, known?: number) => {
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: i, b: j, by, similarity: round2(known ?? score(keyA(i), keyB(j), 0)!) });
  };

  // 1. A part has one intro: this year's intro is last year's, rewritten or not.
  const introA = a.findIndex((e) => e.kind === "intro");
  const introB = b.findIndex((e) => e.kind === "intro");
  if (introA >= 0 && introB >= 0) take(introA, introB, "position");

  // 2. Each id of A with the first entry of B of the same kind and id not yet taken.
  const byId = new Map<string, number[]>();
  b.forEach((eb, j) => {
    if (!eb.id || usedB.has(j)) return;
    const k = `${eb.kind}\u0000${eb.id}`;
    (byId.get(k) ?? byId.set(k, []).get(k)!).push(j);
  });
  a.forEach((ea, i) => {
    if (usedA.has(i) || !ea.id) return;
    const j = byId.get(`${ea.kind}\u0000${ea.id}`)?.shift();
    if (j !== undefined) take(i, j, "id");
  });

  // 3. Identical keys, each entry of A (in order) with the first entry of B left with
  // that key that it may match: any, for an entry without id; one without id, for an
  // entry with one (one with the same id was taken in step 2).
  const byKey = new Map<string, { withId: number[]; withoutId: number[] }>();
  b.forEach((eb, j) => {
    if (usedB.has(j) || eb.kind === "intro") return;
    const k = `${eb.kind}\u0000${keyB(j).text}`;
    const lists = byKey.get(k) ?? byKey.set(k, { withId: [], withoutId: [] }).get(k)!;
    (eb.id ? lists.withId : lists.withoutId).push(j);
  });
  a.forEach((ea, i) => {
    if (usedA.has(i) || ea.kind === "intro") return;
    const lists = byKey.get(`${ea.kind}\u0000${keyA(i).text}`);
    if (!lists) return;
    const [x, y] = [lists.withoutId[0], ea.id ? undefined : lists.withId[0]];
    const j = x === undefined ? y : y === undefined ? x : Math.min(x, y);
    if (j === undefined) return;
    (j === x ? lists.withoutId : lists.withId).shift();
    take(i, j, "similarity", 1);
  });

  // 4. Similarity, best pairs first, over all pairs or within the window.
  let window: number | null = null;
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  const kinds = new Set(a.map((e) => e.kind));
  for (const kind of kinds) {
    if (kind === "intro") continue;
    const restA = a.flatMap((e, i) => (e.kind === kind && !usedA.has(i) ? [i] : []));
    const restB = b.flatMap((e, j) => (e.kind === kind && !usedB.has(j) ? [j] : []));
    if (!restA.length || !restB.length) continue;
    const all = restA.length * restB.length <= COMPARISONS;
    const w = all ? restB.length : Math.max(1, Math.floor(COMPARISONS / (2 * restA.length)));
    if (!all) window = Math.max(window ?? 0, w);
    restA.forEach((i, r) => {
      const ea = a[i];
      const centre = all ? 0 : Math.floor(((r + 0.5) * restB.length) / restA.length);
      const from = all ? 0 : Math.max(0, centre - w);
      const to = all ? restB.length - 1 : Math.min(restB.length - 1, centre + w);
      for (let s = from; s <= to; s++) {
        const j = restB[s];
        if (ea.id && b[j].id && ea.id !== b[j].id) continue;
        const found = score(keyA(i), keyB(j), threshold);
        if (found !== null) candidates.push({ i, j, score: found });
      }
    });
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j, score: s } of candidates) if (!usedA.has(i) && !usedB.has(j)) take(i, j, "similarity", s);

  pairs.sort((x, y) => x.b - y.b);
  return {
    pairs,
    onlyA: a.map((_, i) => i).filter((i) => !usedA.has(i)),
    onlyB: b.map((_, j) => j).filter((j) => !usedB.has(j)),
    window,
  };
}
