/**
 * The helpers every template gets, the default one and a user's own. They are the only
 * logic templates have; all of them are pure and take already-escaped text.
 */
import { chineseNumber, ordinal, pointMarker, type Level3Style, type PointStyle } from "../core/ordinals.js";
import type { Report, Target } from "../core/schema.js";
import { chineseDate, closeSentence, paragraphsOf, type Text } from "../core/text.js";
import type { HeadingLevel } from "../document/model.js";
import { buildOutline, joinPoints, joinTargets } from "./outline.js";

export interface HelperOptions {
  level3: Level3Style;
  /** The 主要指标完成情况 table as Markdown (render/metrics-table.ts); "" when off or no metrics. */
  metricsTable?: string;
}

type Helper = (...args: never[]) => unknown;

/** Handlebars passes its options object as the last argument; drop it. */
function args(list: unknown[]): unknown[] {
  const last = list.at(-1);
  return last && typeof last === "object" && "hash" in (last as object) ? list.slice(0, -1) : list;
}

/**
 * A number argument. Throwing (rather than printing "NaN" into the report) lets the
 * environment report the helper and where the template calls it.
 */
function num(value: unknown, what: string): number {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new TypeError(`${what} must be a number, got ${JSON.stringify(value) ?? String(value)}`);
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

export function createHelpers(options: HelperOptions): Record<string, Helper> {
  return {
    /** {{ordinal 2 3}} → （三）; n is 1-based. */
    ordinal: (...a: unknown[]) => {
      const [lvl, n] = args(a);
      return ordinal(level(lvl), position(n), options.level3);
    },
    /** {{cnNumber 12}} → 十二 */
    cnNumber: (...a: unknown[]) => chineseNumber(position(args(a)[0])),
    /** {{cnDate "2022-12-30"}} → 2022年12月30日 */
    cnDate: (...a: unknown[]) => {
      const [iso] = args(a);
      return iso ? chineseDate(String(iso)) : "";
    },
    /** {{points list "一是"}} → 一是…。二是…。 */
    points: (...a: unknown[]) => {
      const [list, style] = args(a);
      return joinPoints(list as Text[], (style as PointStyle) || "一是");
    },
    /** {{pointMarker "①" 3}} → ③ */
    pointMarker: (...a: unknown[]) => {
      const [style, n] = args(a);
      return pointMarker(style as PointStyle, position(n));
    },
    /** {{targets plan.targets}} → A；B。 */
    targets: (...a: unknown[]) => joinTargets(args(a)[0] as Target[]),
    /** {{closeSentence title}} adds "。" unless the text already ends a sentence. */
    closeSentence: (...a: unknown[]) => closeSentence(String(args(a)[0] ?? "")),
    /** {{#each (paragraphs body)}} → the paragraphs of a Text value. */
    paragraphs: (...a: unknown[]) => paragraphsOf(args(a)[0] as Text),
    /** {{hashes 2}} → "###": the Markdown heading marker of a numbering level (title is "#"). */
    hashes: (...a: unknown[]) => "#".repeat(level(args(a)[0]) + 1),
    /** {{#with (outline this)}} → the numbered outline the default template prints. */
    outline: (...a: unknown[]) => buildOutline(args(a)[0] as Report, options),
    /** {{metricsTable}} → caption + GFM table of the key figures, or "" (no metrics, or --no-metrics-table). */
    metricsTable: () => options.metricsTable ?? "",
    /** {{add @index 1}} */
    add: (...a: unknown[]) => args(a).reduce<number>((sum, n) => sum + num(n, "add"), 0),
  };
}
