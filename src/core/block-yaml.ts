/**
 * The quickest first read of a data file: a reader for the block style our data files
 * are written in — block mappings (with plain-word keys) and sequences, plain scalars
 * (folded over several lines too), one-line quoted scalars, `|` and `>` block scalars,
 * one-line flow collections, comments. It reads a line at a time with a few regular
 * expressions, about 2.5× as fast as js-yaml on a run's first (cold) read, and its code
 * is a fifth of js-yaml's to load (README, "Performance").
 *
 * Like quick-yaml.ts it must give exactly the data the `yaml` package gives, or nothing:
 * anything else — a quoted scalar over several lines, a tab, a document marker, an
 * anchor, alias or tag, a complex or quoted key, an indentation it does not expect, a
 * duplicate key — makes it give up, and the file goes to js-yaml, then to `yaml`
 * (quick-read.ts, quick-yaml.ts). Scalars resolve by the same core-schema rules as
 * js-yaml's there (yaml-core.ts). tests/quick-yaml.test.ts holds it to the `yaml`
 * package's data on every fixture, on generated reports in every scalar style, on texts
 * put together from YAML's pieces and on hand-written edge cases.
 */
import { resolvePlain } from "./yaml-core.js";
import { beforeComment, doubleQuoted, flowValue, giveUp, indentOf, MAX_NESTING, NotBlockStyle, PLAIN_FIRST_BAD, restIsEmpty, singleQuoted, trimSpaces, usableKey } from "./yaml-inline.js";

/**
 * Characters this reader leaves to the others: tabs, carriage returns other than in
 * CRLF, a byte order mark, characters YAML does not allow (which the others report), the
 * line separators js-yaml and `yaml` treat differently.
 */
const UNUSUAL = /[\0-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A document's start or end ("---", "..."): files with several documents or markers go to the others. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)/m;

/** A key as our files write them: a plain word. Quoted or unusual keys go to the others. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;

class Lines {
  readonly lines: string[];
  readonly endsWithBreak: boolean;
  index = 0;

  constructor(text: string) {
    this.lines = text.split("\n");
    // A final line break leaves one empty string; a file without one ends in a text line.
    this.endsWithBreak = text.endsWith("\n");
    if (this.endsWithBreak) this.lines.pop();
  }

  /** Skips blank and comment lines; the next content line's indentation, or -1 at the end. */
  nextIndent(): number {
    while (this.index < this.lines.length) {
      const line = this.lines[this.index];
      const indent = indentOf(line);
      if (indent === line.length || line[indent] === "#") this.index++;
      else return indent;
    }
    return -1;
  }
}

/** A block sequence's dash: "-" alone or followed by a space. */
const isDash = (text: string): boolean => text[0] === "-" && (text.length === 1 || text[1] === " ");

class BlockReader {
  private depth = 0;
  constructor(private readonly lines: Lines) {}

  /** The current line from column `col`, when it is a content line indented exactly so. */
  private lineAt(col: number): string | undefined {
    return this.lines.nextIndent() === col ? this.lines.lines[this.lines.index].slice(col) : undefined;
  }

  /**
   * The node that starts at column `col` of the current line (`text` is the line from
   * there): a sequence, a mapping or a scalar. `parent` is the indentation of the key or
   * dash it belongs to.
   */
  node(col: number, text: string, parent: number): unknown {
    if (++this.depth > MAX_NESTING) giveUp();
    try {
      if (isDash(text)) return this.sequence(col, text);
      if (KEY.test(text)) return this.mapping(col, text);
      // A block scalar's header on a line of its own: left to the others.
      if (col === indentOf(this.lines.lines[this.lines.index]) && (text[0] === "|" || text[0] === ">")) giveUp();
      return this.inlineValue(text, parent);
    } finally {
      this.depth--;
    }
  }

  /** The node of a key or dash whose line held nothing after it: on deeper lines, or null. */
  private nested(parent: number, sequenceAtSameIndent: boolean): unknown {
    const indent = this.lines.nextIndent();
    const text = indent >= 0 ? this.lines.lines[this.lines.index].slice(indent) : "";
    if (indent > parent) return this.node(indent, text, parent);
    // "key:" with its list's dashes under the key itself, as YAML allows for mappings.
    if (sequenceAtSameIndent && indent === parent && isDash(text)) return this.sequence(indent, text);
    return null;
  }

  /** A block sequence whose dashes stand at `col`; `first` is its first entry from the dash on. */
  private sequence(col: number, first: string): unknown[] {
    const items: unknown[] = [];
    for (let text: string | undefined = first; text !== undefined && isDash(text); text = this.lineAt(col)) {
      const after = text.slice(1);
      const gap = indentOf(after);
      if (gap === after.length || after[gap] === "#") {
        this.lines.index++;
        items.push(this.nested(col, false));
      } else {
        items.push(this.node(col + 1 + gap, after.slice(gap), col));
      }
    }
    this.endOfBlock(col);
    return items;
  }

  /** A block mapping whose keys stand at `col`; `first` is its first entry from the key on. */
  private mapping(col: number, first: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let text: string | undefined = first; text !== undefined && !isDash(text); text = this.lineAt(col)) {
      const key = KEY.exec(text);
      if (!key || !usableKey(map, key[1])) return giveUp();
      const rest = text.slice(key[0].length);
      if (rest === "" || rest[0] === "#") {
        this.lines.index++;
        map[key[1]] = this.nested(col, true);
      } else {
        map[key[1]] = this.inlineValue(rest, col);
      }
    }
    this.endOfBlock(col);
    return map;
  }

  /** What may follow a finished block: a line less indented, or the end. */
  private endOfBlock(col: number): void {
    if (this.lines.nextIndent() > col) giveUp();
  }

  /**
   * A scalar or flow collection that starts in the current line (`text`, from its first
   * character), and the lines it takes. `parent` is the indentation of its key or dash.
   */
  private inlineValue(text: string, parent: number): unknown {
    const c = text[0];
    if (c === "|" || c === ">") return this.blockScalar(text, parent);
    this.lines.index++;
    if (c === '"' || c === "'") {
      const [value, rest] = (c === '"' ? doubleQuoted : singleQuoted)(text);
      restIsEmpty(rest);
      return value;
    }
    if (c === "[" || c === "{") return flowValue(text);
    const value = beforeComment(text);
    if (PLAIN_FIRST_BAD.test(value) || /:(?: |$)/.test(value)) giveUp();
    // After a comment the scalar cannot go on (deeper lines are then a mistake, endOfBlock's to find).
    if (value.length < trimSpaces(text).length) return resolvePlain(value);
    const more = this.plainContinuation(parent);
    return more === "" ? resolvePlain(value) : value + more;
  }

  /**
   * The lines a plain scalar goes on in (deeper than `parent`), folded as YAML folds
   * them: one line break is a space, each empty line a line break. A scalar on several
   * lines is always text. Lines that could be read otherwise (a comment, ": ", an
   * indicator first) are left to the others.
   */
  private plainContinuation(parent: number): string {
    const lines = this.lines.lines;
    let more = "";
    let breaks = 0;
    for (let i = this.lines.index; i < lines.length; i++) {
      const line = lines[i];
      const indent = indentOf(line);
      if (indent === line.length) {
        breaks++;
        continue;
      }
      if (indent <= parent) break;
      const piece = trimSpaces(line.slice(indent));
      if (PLAIN_FIRST_BAD.test(piece) || /:(?: |$)| #/.test(piece)) giveUp();
      more += breaks ? "\n".repeat(breaks) + piece : ` ${piece}`;
      breaks = 0;
      this.lines.index = i + 1;
    }
    return more;
  }

  /** `|` or `>` with an optional chomping indicator `-` (`+` and explicit indentation go to the others). */
  private blockScalar(header: string, parent: number): string {
    const match = /^([|>])(-?)(?: +#.*| *)$/.exec(header);
    if (!match) return giveUp();
    const [, style, strip] = match;
    const lines = this.lines.lines;
    let i = this.lines.index + 1;
    const contentIndent = i < lines.length ? indentOf(lines[i]) : 0;
    // The first line sets the indentation; a first line that is empty (or absent) goes to the others.
    if (contentIndent <= parent || contentIndent === lines[i].length) giveUp();
    const content: string[] = [];
    for (; i < lines.length; i++) {
      const line = lines[i];
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) {
        if (lineIndent > contentIndent) giveUp();
        content.push("");
      } else if (lineIndent >= contentIndent) {
        content.push(line.slice(contentIndent));
      } else break;
    }
    // The scalar's last line without a line break: the others decide what clipping makes of it.
    if (i === lines.length && !this.lines.endsWithBreak) giveUp();
    while (content.length && content[content.length - 1] === "") content.pop();
    this.lines.index = i;
    if (content.length === 0) giveUp();
    const body = style === "|" ? content.join("\n") : fold(content);
    return strip ? body : `${body}\n`;
  }
}

/**
 * A folded scalar's lines: a single line break becomes a space, each empty line a line
 * break. More-indented lines keep their breaks by rules of their own: left to the others.
 */
function fold(content: string[]): string {
  let out = content[0];
  let empty = 0;
  for (let k = 1; k < content.length; k++) {
    const line = content[k];
    if (line === "") {
      empty++;
      continue;
    }
    if (line[0] === " ") giveUp();
    out += empty ? "\n".repeat(empty) + line : ` ${line}`;
    empty = 0;
  }
  if (content[0][0] === " ") giveUp();
  return out;
}

/** The file's data when it is written in the usual block style, else undefined. */
export function readBlockYaml(text: string): { data: unknown } | undefined {
  // CRLF line ends read as LF, as YAML normalises line breaks (in block scalars too).
  if (text.includes("\r")) text = text.replace(/\r\n/g, "\n");
  if (UNUSUAL.test(text) || DOCUMENT_MARKER.test(text)) return undefined;
  const lines = new Lines(text);
  try {
    const indent = lines.nextIndent();
    // Nothing but comments and blank lines: an empty document, null.
    if (indent === -1) return { data: null };
    // A file that is not one mapping or sequence from column 0 (a scalar, indented) goes to the others.
    if (indent !== 0) return undefined;
    const first = lines.lines[lines.index];
    // A scalar for the whole file is left to the others.
    if (!isDash(first) && !KEY.test(first)) return undefined;
    const data = new BlockReader(lines).node(0, first, -1);
    return lines.nextIndent() === -1 ? { data } : undefined;
  } catch (error) {
    if (error instanceof NotBlockStyle) return undefined;
    throw error;
  }
}
