/**
 * The mistakes a Chinese keyboard makes in YAML, found line by line in the source text.
 * yaml reports them as what they do to the grammar ("Implicit keys need to be on a single
 * line", a missing key, an object where a text was expected); here they are named as
 * what the user typed, so the hint can say what to type instead. A line counts only when
 * the word before its colon is a key of the data format (key-names.ts) or the mistake
 * cannot be anything else (a tab in the indentation), so prose is never flagged.
 */
import { isKeyName } from "./key-names.js";

export type MistakeKind = "tab" | "quoted-key" | "full-width-colon" | "chinese-key" | "colon-space" | "hash-in-text" | "number-unit" | "colon-in-text";

export interface Mistake {
  kind: MistakeKind;
  /** 1-based. */
  line: number;
  /** 1-based, in characters (UTF-16 code units, as yaml counts). */
  column: number;
  /** The key as typed (without quotes), when the mistake is about a key. */
  key?: string;
  /** What else the message needs: the number and the unit, the value. */
  value?: string;
  unit?: string;
  /** The mistake breaks the YAML grammar, so the parser's errors after it may follow from it. */
  syntax: boolean;
}

/** Indentation and any list dashes before a key. */
const LEAD = String.raw`^((?:[ ]*-[ ]+)*[ ]*)`;
const QUOTES = "“”‘’「」『』";
const RULES: Array<{ kind: MistakeKind; syntax: boolean; pattern: RegExp; needsKey?: boolean }> = [
  { kind: "tab", syntax: true, pattern: /^([ ]*(?:-[ ]*)*)\t/ },
  { kind: "quoted-key", syntax: false, pattern: new RegExp(`${LEAD}[${QUOTES}]([^${QUOTES}\\s]+)[${QUOTES}]\\s*[:：]`) },
  { kind: "full-width-colon", syntax: true, needsKey: true, pattern: new RegExp(`${LEAD}["']?([A-Za-z]+)["']?\\s*：`) },
  // A Chinese word before "：" after a dash is a list item's text (- 目标：……), so not after one.
  { kind: "full-width-colon", syntax: true, needsKey: true, pattern: /^([ ]*)(\p{Script=Han}+)\s*：/u },
  { kind: "chinese-key", syntax: false, needsKey: true, pattern: new RegExp(`${LEAD}(\\p{Script=Han}+)\\s*:(?:\\s|$)`, "u") },
  { kind: "colon-space", syntax: true, needsKey: true, pattern: new RegExp(`${LEAD}([A-Za-z]+):(?=[^\\s:/])`) },
  { kind: "hash-in-text", syntax: false, needsKey: true, pattern: new RegExp(`${LEAD}([A-Za-z]+):[ ]+#`) },
  { kind: "hash-in-text", syntax: false, pattern: /^((?:[ ]*-[ ]+)*[ ]*-[ ]+)(#)/ },
  { kind: "number-unit", syntax: false, pattern: new RegExp(`${LEAD}(value|previous|target):[ ]*([-+]?\\d[\\d,]*(?:\\.\\d+)?)[ ]*([^\\s\\d#"'.,][^#]*?)[ ]*(?:#.*)?$`) },
  // The same in a flow mapping: - { id: grain, value: 12.6万吨, unit: 万吨 }
  { kind: "number-unit", syntax: false, pattern: /^(.*[{,][ ]*)(value|previous|target):[ ]*([-+]?\d+(?:\.\d+)?)[ ]*([^\s\d#"'.,{}][^,{}#]*?)[ ]*[,}]/ },
];

/** `key: text: more` (a plain text holding ": "), or `- 主要做法: …` (a list item read as a key). */
const COLON_IN_VALUE = new RegExp(`${LEAD}([A-Za-z]+):[ ]+([^\\s"'|>#\\[{&*!][^#]*?):(?:[ ]|$)`);
const COLON_IN_ITEM = /^((?:[ ]*-[ ]+)+)([^\s"'#[{&*!:-][^:"']*?):(?:[ ]|$)/u;

/** Block scalars (`body: |`) hold prose: their lines are not looked at. */
const BLOCK_START = /(?:^|[:\-])[ ]*[|>][-+0-9]*[ ]*(?:#.*)?$/;
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/** `isKey`: the words that are keys here (the data format's and their Chinese names; a config adds its own). */
export function detectMistakes(text: string, isKey: (word: string) => boolean = isKeyName): Mistake[] {
  const found: Mistake[] = [];
  let blockIndent: number | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (blockIndent !== undefined) {
      if (!line.trim() || indentOf(line) > blockIndent) return;
      blockIndent = undefined;
    }
    if (/^\s*(#|$)/.test(line)) return;
    const mistake = lineMistake(line, index + 1, isKey);
    if (mistake) found.push(mistake);
    if (BLOCK_START.test(line)) blockIndent = indentOf(line);
  });
  return found;
}

function lineMistake(line: string, lineNo: number, isKey: (word: string) => boolean): Mistake | undefined {
  for (const rule of RULES) {
    const m = rule.pattern.exec(line);
    if (!m || (rule.needsKey && !isKey(m[2]))) continue;
    const column = m[1].length + 1;
    if (rule.kind === "number-unit") return { kind: rule.kind, line: lineNo, column: line.indexOf(m[3], column - 1) + 1, key: m[2], value: m[3], unit: m[4], syntax: false };
    if (rule.kind === "hash-in-text") return { kind: rule.kind, line: lineNo, column: line.indexOf("#", column - 1) + 1, key: m[2] === "#" ? undefined : m[2], syntax: false };
    return { kind: rule.kind, line: lineNo, column, key: rule.kind === "tab" ? undefined : m[2], syntax: rule.syntax };
  }
  const inValue = COLON_IN_VALUE.exec(line);
  if (inValue && isKey(inValue[2])) {
    return { kind: "colon-in-text", line: lineNo, column: inValue[0].length - (inValue[0].endsWith(" ") ? 1 : 0), key: inValue[2], syntax: true };
  }
  const inItem = COLON_IN_ITEM.exec(line);
  // A key of ours after a dash is a mapping in a list, as it should be; anything else with
  // Han characters is a text someone wrote with "：" turned into ": ".
  if (inItem && !isKey(inItem[2].trim()) && /\p{Script=Han}/u.test(inItem[2])) {
    return { kind: "colon-in-text", line: lineNo, column: inItem[1].length + inItem[2].length + 1, syntax: false };
  }
  return undefined;
}
