/**
 * Terminal columns for `report diff --format text`: a Han character or full-width form
 * takes two columns, so lengths in characters would misalign and overflow 80 columns.
 * Ambiguous-width characters (“ ” — ①) count as one, as most terminals draw them.
 * Wrapping keeps numbers and Latin words whole and never starts a line with closing
 * punctuation (，。、；：？！）》” — the Chinese line-breaking rule).
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;

export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

/** Columns a string takes (no escape sequences inside). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Cut to `width` columns, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let w = 0;
  for (const ch of text) {
    if (w + charWidth(ch) > width - 1) break;
    out += ch;
    w += charWidth(ch);
  }
  return `${out}…`;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** A run of text and how to colour it (identity without colour). */
export interface Piece {
  text: string;
  style?: (text: string) => string;
}

interface Atom {
  text: string;
  width: number;
  style?: (text: string) => string;
}

const UNBREAKABLE = /\[-|-\]|\{\+|\+\}|[+\-]?\d[\d.,]*%?|[A-Za-z]+|[\s\S]/gu;
const NO_LINE_START = /^[，。、；：？！）》」』”’…,.;:?!)\]]/u;

function atomsOf(pieces: readonly Piece[]): Atom[] {
  const atoms: Atom[] = [];
  for (const piece of pieces) {
    for (const text of piece.text.match(UNBREAKABLE) ?? []) atoms.push({ text, width: displayWidth(text), style: piece.style });
  }
  return atoms;
}

function paint(atoms: Atom[]): string {
  let out = "";
  let i = 0;
  while (i < atoms.length) {
    let j = i;
    let text = "";
    while (j < atoms.length && atoms[j].style === atoms[i].style) text += atoms[j++].text;
    out += atoms[i].style ? atoms[i].style!(text) : text;
    i = j;
  }
  return out;
}

/**
 * Lay pieces out in lines of at most `width` columns: the first line starts with `indent`
 * spaces, the lines after it with `hanging` (default: the same); "\n" in the text starts a
 * new line. Returns the lines, coloured.
 */
export function wrap(pieces: readonly Piece[], width: number, indent: number, hanging = indent): string[] {
  const limit = (line: number) => Math.max(10, width - (line === 0 ? indent : hanging));
  const lines: Atom[][] = [[]];
  let used = 0;
  for (const atom of atomsOf(pieces)) {
    if (atom.text === "\n") {
      lines.push([]);
      used = 0;
      continue;
    }
    let line = lines[lines.length - 1];
    if (used + atom.width > limit(lines.length - 1) && /^\s+$/.test(atom.text)) {
      // A space where the line breaks is the break itself.
      lines.push([]);
      used = 0;
      continue;
    }
    if (used + atom.width > limit(lines.length - 1) && line.length) {
      const next: Atom[] = [];
      // Closing punctuation may not open a line: take the last character down with it.
      if (NO_LINE_START.test(atom.text) && line.length > 1) next.push(line.pop()!);
      lines.push(next);
      line = next;
      used = next.reduce((w, a) => w + a.width, 0);
    }
    line.push(atom);
    used += atom.width;
  }
  return lines.map((line, i) => " ".repeat(i === 0 ? indent : hanging) + paint(line).trimEnd());
}
