/**
 * What the block reader (block-yaml.ts) reads within one line: double- and single-quoted
 * scalars and flow collections (`[a, b]`, `{ id: x, value: 2.6 }`), and the small tests
 * both share. Anything else gives up (`giveUp`), and the file goes to the other readers.
 */
import { resolvePlain } from "./yaml-core.js";

/** Thrown to give up; caught once, in readBlockYaml (block-yaml.ts). */
export class NotBlockStyle extends Error {}
export const giveUp = (): never => {
  throw new NotBlockStyle();
};

/**
 * Deeper nesting is left to the others (the reader recurses; the full check reports
 * nesting beyond its limit of 64 levels, yaml-source.ts).
 */
export const MAX_NESTING = 64;

/**
 * Not a duplicate (which the others report), not one that resolves to null, a boolean
 * or a number, and not `__proto__` (which an assignment would not make a key).
 */
export function usableKey(map: Record<string, unknown>, key: string): boolean {
  return !Object.hasOwn(map, key) && key !== "__proto__" && typeof resolvePlain(key) === "string";
}

/**
 * A plain scalar's first character may not be an indicator (YAML 1.2, ns-plain-first):
 * this is also where anchors (&), aliases (*) and tags (!) are turned away.
 */
export const PLAIN_FIRST_BAD = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;

/** The spaces a line starts with. */
export function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/** Trailing spaces removed: YAML's white space is spaces and tabs, not JavaScript's (U+3000 is text). */
export const trimSpaces = (text: string): string => text.replace(/ +$/, "");

/** The text before a comment (" #"), trailing spaces removed. */
export function beforeComment(text: string): string {
  const hash = text.indexOf(" #");
  return trimSpaces(hash < 0 ? text : text.slice(0, hash));
}

/** Only spaces or a comment may follow a closed quoted scalar or flow collection. */
export function restIsEmpty(rest: string): void {
  const trimmed = rest.slice(indentOf(rest));
  if (trimmed !== "" && (trimmed[0] !== "#" || trimmed.length === rest.length)) giveUp();
}

const ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t", r: "\r", "0": "\0", " ": " " };

/** A double-quoted scalar that closes on its line: its value and what follows it. */
export function doubleQuoted(text: string): [string, string] {
  let value = "";
  let i = 1;
  for (;;) {
    const next = text.slice(i).search(/["\\]/);
    if (next < 0) return giveUp();
    value += text.slice(i, i + next);
    i += next;
    if (text[i] === '"') return [value, text.slice(i + 1)];
    const code = text[i + 1];
    if (code === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      const unit = parseInt(text.slice(i + 2, i + 6), 16);
      // Surrogates written as escapes: `yaml` and js-yaml may pair them differently.
      if (unit >= 0xd800 && unit <= 0xdfff) giveUp();
      value += String.fromCharCode(unit);
      i += 6;
    } else if (code !== undefined && code in ESCAPES) {
      value += ESCAPES[code];
      i += 2;
    } else return giveUp();
  }
}

/** A single-quoted scalar that closes on its line ('' is a quote). */
export function singleQuoted(text: string): [string, string] {
  let value = "";
  let i = 1;
  for (;;) {
    const next = text.indexOf("'", i);
    if (next < 0) return giveUp();
    value += text.slice(i, next);
    if (text[next + 1] !== "'") return [value, text.slice(next + 1)];
    value += "'";
    i = next + 2;
  }
}

/** Flow collections on one line: `[a, b]`, `{ id: x, value: 2.6 }`, nested. */
class Flow {
  i = 0;
  private depth = 0;
  constructor(readonly text: string) {}

  private spaces(): void {
    while (this.text[this.i] === " ") this.i++;
  }

  value(): unknown {
    this.spaces();
    const c = this.text[this.i];
    if (c === "[" || c === "{") {
      if (++this.depth > MAX_NESTING) giveUp();
      const value = c === "[" ? this.sequence() : this.mapping();
      this.depth--;
      return value;
    }
    if (c === '"' || c === "'") {
      const [value, rest] = (c === '"' ? doubleQuoted : singleQuoted)(this.text.slice(this.i));
      this.i = this.text.length - rest.length;
      return value;
    }
    return resolvePlain(this.plain());
  }

  /** A plain scalar in flow: it ends at , [ ] { } or a comment; ": " would make it a key. */
  private plain(): string {
    const match = /^[^,[\]{}]*/.exec(this.text.slice(this.i))![0];
    const value = trimSpaces(match);
    if (value === "" || PLAIN_FIRST_BAD.test(value) || / #|:(?: |$)/.test(match)) giveUp();
    this.i += match.length;
    if (this.text[this.i] === "[" || this.text[this.i] === "{") giveUp();
    return value;
  }

  private sequence(): unknown[] {
    this.i++;
    const items: unknown[] = [];
    for (;;) {
      this.spaces();
      if (this.text[this.i] === "]") break;
      items.push(this.value());
      this.spaces();
      if (this.text[this.i] === ",") this.i++;
      else if (this.text[this.i] !== "]") giveUp();
    }
    this.i++;
    return items;
  }

  private mapping(): Record<string, unknown> {
    this.i++;
    const map: Record<string, unknown> = {};
    for (;;) {
      this.spaces();
      if (this.text[this.i] === "}") break;
      const key = /^([A-Za-z_][A-Za-z0-9_-]*): +/.exec(this.text.slice(this.i));
      if (!key || !usableKey(map, key[1])) return giveUp();
      this.i += key[0].length;
      map[key[1]] = this.value();
      this.spaces();
      if (this.text[this.i] === ",") this.i++;
      else if (this.text[this.i] !== "}") giveUp();
    }
    this.i++;
    return map;
  }
}

export function flowValue(text: string): unknown {
  const flow = new Flow(text);
  const value = flow.value();
  restIsEmpty(text.slice(flow.i));
  return value;
}
