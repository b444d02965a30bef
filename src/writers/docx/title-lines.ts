/**
 * Breaking a long title into lines. About 20 characters of 22 pt fit the 156 mm text
 * block (Latin letters and digits count as half). A longer title is broken with a line
 * break: before a joining 及/和/暨 where one fits (this genre joins summary and plan:
 * "示例县科技局2022年工作总结" / "及2023年工作计划"), otherwise at a word boundary found by
 * Intl.Segmenter, never inside a word or a number. Lines are filled greedily; the last
 * break balances the last two lines.
 */

import { widthInChars } from "./measure.js";

/** Characters of 22 pt that fit a line of the text block (8844 / 440 twips). */
export const TITLE_LINE_CHARS = 20;

/** Conjunctions a title is preferably broken before, by preference. */
const CONJUNCTION_RANK: Readonly<Record<string, number>> = { 暨: 2, 及: 2, 和: 1 };

/** May not start a line. */
const NO_LINE_START = /^[，。、；：？！）》〉」』】”’…—·％%,.;:?!)\]}]/u;
/** May not end a line. */
const NO_LINE_END = /[（《〈「『【“‘(\[{]$/u;
/** Parts of a number or Latin word: never broken between two of these. */
const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{Nd}.,%]/u;

interface Candidate {
  /** UTF-16 offset the next line starts at. */
  at: number;
  /** Rank of the conjunction starting there, 0 when none. */
  conjunction: number;
}

// Created on first use: loading ICU's word data costs ~9 ms, and most titles need no break.
let segmenter: Intl.Segmenter | undefined;

function allowedBreak(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at);
  if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) return false;
  // No break inside a number or Latin word, even if the segmenter offered one.
  return !(LATIN_WORD_CHAR.test(before.slice(-1)) && LATIN_WORD_CHAR.test(after.slice(0, 1)));
}

function wordCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  segmenter ??= new Intl.Segmenter("zh-CN", { granularity: "word" });
  for (const seg of segmenter.segment(text)) {
    if (seg.index === 0 || !allowedBreak(text, seg.index)) continue;
    out.push({ at: seg.index, conjunction: CONJUNCTION_RANK[seg.segment] ?? 0 });
  }
  return out;
}

/** Fallback when no word boundary fits: any position between two characters that is allowed. */
function charCandidates(text: string, start: number): Candidate[] {
  const out: Candidate[] = [];
  let at = start;
  for (const ch of text.slice(start)) {
    at += ch.length;
    if (at < text.length && allowedBreak(text, at)) out.push({ at, conjunction: 0 });
  }
  return out;
}

function pickBreak(text: string, start: number, fitting: Candidate[], max: number): Candidate {
  // A conjunction wins if it does not leave a stub of a line before it.
  const conj = fitting.filter((c) => c.conjunction > 0 && widthInChars(text.slice(start, c.at)) >= max / 4);
  if (conj.length > 0) {
    const best = Math.max(...conj.map((c) => c.conjunction));
    return conj.filter((c) => c.conjunction === best).at(-1)!;
  }
  // If the rest fits on one more line, balance the two lines; otherwise fill this one.
  const rest = fitting.filter((c) => widthInChars(text.slice(c.at)) <= max);
  if (rest.length === 0) return fitting.at(-1)!;
  const diff = (c: Candidate) => Math.abs(widthInChars(text.slice(start, c.at)) - widthInChars(text.slice(c.at)));
  return rest.reduce((a, b) => (diff(b) <= diff(a) ? b : a));
}

/**
 * The genre's usual title, "…2023年工作总结及2024年工作计划": its only conjunction stands
 * before a year, so it is a word of its own and the segmenter's answer is known. Breaking
 * there when both lines fit gives what breakOneLine would, without loading ICU's word
 * data (~10 ms, a twentieth of a build).
 */
function breakBeforeYear(text: string, max: number): string[] | undefined {
  const conjunctions = [...text.matchAll(/[及暨和]/gu)];
  if (conjunctions.length !== 1 || !/^\d/.test(text.slice(conjunctions[0].index + 1))) return undefined;
  const at = conjunctions[0].index;
  const [first, rest] = [text.slice(0, at), text.slice(at)];
  const fits = widthInChars(first) <= max && widthInChars(first) >= max / 4 && widthInChars(rest) <= max;
  return fits && allowedBreak(text, at) ? [first, rest] : undefined;
}

function breakOneLine(text: string, max: number): string[] {
  if (widthInChars(text) <= max) return [text];
  const known = breakBeforeYear(text, max);
  if (known) return known;
  const words = wordCandidates(text);
  const lines: string[] = [];
  let start = 0;
  while (widthInChars(text.slice(start)) > max) {
    const fits = (c: Candidate) => c.at > start && widthInChars(text.slice(start, c.at)) <= max;
    let fitting = words.filter(fits);
    if (fitting.length === 0) fitting = charCandidates(text, start).filter(fits);
    if (fitting.length === 0) break; // nothing allowed fits: leave the rest to wrap on its own
    const chosen = pickBreak(text, start, fitting, max);
    lines.push(text.slice(start, chosen.at));
    start = chosen.at;
  }
  lines.push(text.slice(start));
  return lines;
}

/**
 * The lines of a title. Line breaks already in the text are kept; each line that is
 * too long is broken further.
 */
export function breakTitle(text: string, maxChars: number = TITLE_LINE_CHARS): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap((line) => breakOneLine(line, maxChars));
}
