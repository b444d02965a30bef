/**
 * How alike two paragraphs are, for placing a block of the edited document whose bookmark
 * is gone and whose ordinal path finds nothing (docs/review-loop.md): the Dice coefficient
 * of their character bigrams. Bigrams because Chinese has no spaces to split words on, and
 * a reviewer's edit (a phrase replaced, a sentence added) leaves most bigrams in place;
 * Dice because it ignores order of the bigrams and weighs both texts alike.
 */

/** At or above this, a block without a bookmark is taken to be the data's topic it is most like. */
export const SIMILARITY_THRESHOLD = 0.6;

/** Punctuation, spaces and ordinals do not say what a paragraph is about. */
const NOISE = /[\s\p{P}\p{S}]/gu;

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(NOISE, "")];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  if (chars.length === 1) counts.set(chars[0], 1);
  return counts;
}

/** 2·|A∩B| / (|A|+|B|) over the multisets of character bigrams: 1 for equal texts, 0 for nothing shared. */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let size = 0;
  let shared = 0;
  for (const n of x.values()) size += n;
  for (const [gram, n] of y) {
    size += n;
    shared += Math.min(n, x.get(gram) ?? 0);
  }
  return size ? (2 * shared) / size : a === b ? 1 : 0;
}
