/**
 * The helpers every template gets, the default one and a user's own. They are the only
 * logic templates have; all of them are pure and take already-escaped text. Each checks
 * what it is given and throws on the wrong kind of thing (a mapping where it wants a list,
 * a date that is no day of the calendar): the environment turns that into a template/helper
 * diagnostic at the call, never "undefined" or "NaN年" in a report.
 */
import { chineseNumber, ordinal, pointMarker, type Level3Style, type PointStyle } from "../core/ordinals.js";
import { POINT_STYLES, type PartKey } from "../core/schema-constants.js";
import type { Report, Target } from "../core/schema.js";
import { chineseDate, closeSentence, isRealDate, paragraphsOf, type Text } from "../core/text.js";
import type { HeadingLevel } from "../document/model.js";
import { buildOutline, joinPoints, joinTargets } from "./outline.js";

export interface HelperOptions {
  level3: Level3Style;
  /** report.config.yaml's `parts:` (outline.ts); a data file's own wins. */
  parts?: readonly PartKey[];
  /** The 主要指标完成情况 table as Markdown (render/metrics-table.ts); "" when off or no metrics. */
  metricsTable?: string;
}

type Helper = (...args: never[]) => unknown;

/** Handlebars passes its options object as the last argument; drop it. */
function args(list: unknown[]): unknown[] {
  const last = list.at(-1);
  return last && typeof last === "object" && "hash" in (last as object) ? list.slice(0, -1) : list;
}

/** How a wrong argument is named in a message: its kind, or a short quote of a text. */
function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/**
 * A number argument. Throwing (rather than printing "NaN" into the report) lets the
 * environment report the helper and where the template calls it.
 */
function num(value: unknown, what: string): number {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new TypeError(`${what} must be a number, got ${shown(value)}`);
  return n;
}

function level(value: unknown): HeadingLevel {
  const n = num(value, "level");
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new RangeError(`level must be 1, 2, 3 or 4, got ${n}`);
  return n as HeadingLevel;
}

/** A 1-based position (ordinal, point marker). */
function position(value: unknown): number {
  const n = num(value, "n");
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number from 1 up, got ${n}`);
  return n;
}

const isText = (value: unknown): value is Text => typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

/** A Text value (a string or a list of strings); absent (null) is no text. */
function text(value: unknown, what: string): Text {
  if (value == null) return [];
  if (!isText(value)) throw new TypeError(`${what} must be text or a list of texts, got ${shown(value)}`);
  return value;
}

/** A list whose items pass `item`; absent (null) is an empty list. */
function list<T>(value: unknown, what: string, item: (v: unknown) => v is T, itemWhat: string): T[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new TypeError(`${what} must be a list of ${itemWhat}, got ${shown(value)}`);
  const bad = value.findIndex((v) => !item(v));
  if (bad >= 0) throw new TypeError(`${what} must be a list of ${itemWhat}, but item ${bad + 1} is ${shown(value[bad])}`);
  return value as T[];
}

function pointStyle(value: unknown, fallback?: PointStyle): PointStyle {
  if (fallback && (value == null || value === "")) return fallback;
  if (!(POINT_STYLES as readonly unknown[]).includes(value)) throw new TypeError(`the point style must be "一是", "（1）" or "①", got ${shown(value)}`);
  return value as PointStyle;
}

const isTarget = (value: unknown): value is Target =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { text?: unknown }).text === "string";

/** The whole report, as `this` is at the top of a template: outline numbers all of it. */
function wholeReport(value: unknown): Report {
  const r = value as { year?: unknown; organization?: unknown } | null;
  if (typeof r !== "object" || r === null || Array.isArray(r) || !Number.isInteger(r.year) || typeof r.organization !== "string") {
    throw new TypeError(`outline needs the whole report, as in {{#with (outline this)}} at the top of the template, got ${shown(value)}`);
  }
  return value as Report;
}

/** A YYYY-MM-DD date that is a day of the calendar; absent (null or "") is no date. */
function date(value: unknown): string | null {
  if (value == null || value === "") return null;
  const m = typeof value === "string" ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim()) : null;
  if (!m || !isRealDate(`${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`)) {
    throw new RangeError(`the date must be a day of the calendar written YYYY-MM-DD, got ${shown(value)}`);
  }
  return value as string;
}

/** Text a helper closes or prints: a string or a number; absent (null) is "". */
function plain(value: unknown, what: string): string {
  if (value == null) return "";
  // A mapping or a list prints as its marker: the renderer reports it as template/not-text.
  if (typeof value === "string" || typeof value === "number" || typeof value === "object") return String(value);
  throw new TypeError(`${what} must be text, got ${shown(value)}`);
}

/** Truthy as Handlebars' {{#if}} sees it: an empty list is false. */
function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** eq and ne compare two plain values; a mapping or a list would only ever be unequal, so it is a mistake. */
function pair(list: unknown[], name: string): [unknown, unknown] {
  if (list.length !== 2) throw new TypeError(`${name} takes two arguments, got ${list.length}`);
  for (const v of list) if (v !== null && v !== undefined && typeof v === "object") throw new TypeError(`${name} compares texts, numbers or booleans, got ${shown(v)}`);
  return [list[0], list[1]];
}

function some(list: unknown[], name: string): unknown[] {
  if (list.length < 1) throw new TypeError(`${name} takes at least one argument`);
  return list;
}

export function createHelpers(options: HelperOptions): Record<string, Helper> {
  return {
    /** {{ordinal 2 3}} → （三）; n is 1-based. */
    ordinal: (...a: unknown[]) => {
      const [lvl, n] = args(a);
      return ordinal(level(lvl), position(n), options.level3);
    },
    /** {{cnNumber 12}} → 十二 (1 to 9999) */
    cnNumber: (...a: unknown[]) => {
      const n = position(args(a)[0]);
      if (n > 9999) throw new RangeError(`n must be at most 9999 to be written in Chinese, got ${n}`);
      return chineseNumber(n);
    },
    /** {{cnDate "2022-12-30"}} → 2022年12月30日 */
    cnDate: (...a: unknown[]) => {
      const iso = date(args(a)[0]);
      return iso ? chineseDate(iso) : "";
    },
    /** {{points list "一是"}} → 一是…。二是…。 */
    points: (...a: unknown[]) => {
      const [points, style] = args(a);
      return joinPoints(list(points, "points", isText, "texts"), pointStyle(style, "一是"));
    },
    /** {{pointMarker "①" 3}} → ③ */
    pointMarker: (...a: unknown[]) => {
      const [style, n] = args(a);
      return pointMarker(pointStyle(style), position(n));
    },
    /** {{targets plan.targets}} → A；B。 */
    targets: (...a: unknown[]) => joinTargets(list(args(a)[0], "targets", isTarget, "targets (mappings with a text)")),
    /** {{closeSentence title}} adds "。" unless the text already ends a sentence. */
    closeSentence: (...a: unknown[]) => closeSentence(plain(args(a)[0], "closeSentence's argument")),
    /** {{#each (paragraphs body)}} → the paragraphs of a Text value. */
    paragraphs: (...a: unknown[]) => paragraphsOf(text(args(a)[0], "paragraphs' argument")),
    /** {{hashes 2}} → "###": the Markdown heading marker of a numbering level (title is "#"). */
    hashes: (...a: unknown[]) => "#".repeat(level(args(a)[0]) + 1),
    /** {{#with (outline this)}} → the numbered outline the default template prints. */
    outline: (...a: unknown[]) => buildOutline(wholeReport(args(a)[0]), options),
    /** {{metricsTable}} → caption + GFM table of the key figures, or "" (no metrics, or --no-metrics-table). */
    metricsTable: (...a: unknown[]) => {
      if (args(a).length) throw new TypeError(`metricsTable takes no arguments, got ${args(a).map(shown).join(", ")}`);
      return options.metricsTable ?? "";
    },
    /** {{#if (eq part "outlook")}}: strict equality of two texts, numbers or booleans. */
    eq: (...a: unknown[]) => {
      const [x, y] = pair(args(a), "eq");
      return x === y;
    },
    /** {{#if (ne part "outlook")}} */
    ne: (...a: unknown[]) => {
      const [x, y] = pair(args(a), "ne");
      return x !== y;
    },
    /** {{#if (and intro closing)}}: true when every argument is truthy as {{#if}} sees it. */
    and: (...a: unknown[]) => some(args(a), "and").every(truthy),
    /** {{#if (or highlights outlook)}}: true when any argument is truthy as {{#if}} sees it. */
    or: (...a: unknown[]) => some(args(a), "or").some(truthy),
    /** {{#if (not outlook)}} */
    not: (...a: unknown[]) => {
      const list = args(a);
      if (list.length !== 1) throw new TypeError(`not takes one argument, got ${list.length}`);
      return !truthy(list[0]);
    },
    /** {{add @index 1}} */
    add: (...a: unknown[]) => args(a).reduce<number>((sum, n) => sum + num(n, "add"), 0),
  };
}
