/**
 * A report's period (data-format.md, `period`): the whole year N, or its first or second
 * half. One place for what depends on it — the words a report prints for the span it
 * summarises and the span its plan is for, the file a period lives in (data/2024-h1.yaml),
 * and which earlier reports a new one follows on from. Small and import-free: the build
 * and validate load it on every run.
 */
import type { Period } from "./schema-constants.js";

export type { Period } from "./schema-constants.js";

/** A report's place in time: the year and the period of it. */
export interface PeriodKey {
  year: number;
  period: Period;
}

export const periodOf = (report: { period?: Period | null }): Period => report.period ?? "year";

/**
 * The span the report summarises, as the title and the metrics table print it:
 * 2023年 · 2024年上半年 · 2024年下半年.
 */
export function periodLabel({ year, period }: PeriodKey): string {
  return period === "first-half" ? `${year}年上半年` : period === "second-half" ? `${year}年下半年` : `${year}年`;
}

/**
 * The span the plan is for: the next year, or, after a first half, the second half of the
 * same year — said without the year, as the title already says it
 * (“2024年上半年工作总结及下半年工作计划”).
 */
export function planPeriodLabel({ year, period }: PeriodKey): string {
  return period === "first-half" ? "下半年" : `${year + 1}年`;
}

/** The summary's default heading names the half without its year (the title has it): 上半年工作开展情况. */
export function summaryPeriodLabel(key: PeriodKey): string {
  return key.period === "first-half" ? "上半年" : key.period === "second-half" ? "下半年" : periodLabel(key);
}

/** The stem of a period's data and output files: 2024, 2024-h1, 2024-h2. */
export function periodStem({ year, period }: PeriodKey): string {
  return period === "first-half" ? `${year}-h1` : period === "second-half" ? `${year}-h2` : String(year);
}

/** "2024", "2024-h1", "2024-H2" → the period; anything else undefined (the year's range is the caller's). */
export function parsePeriodStem(text: string): PeriodKey | undefined {
  const m = /^(\d{4})(?:-([hH])([12]))?$/.exec(text);
  if (!m) return undefined;
  return { year: Number(m[1]), period: !m[2] ? "year" : m[3] === "1" ? "first-half" : "second-half" };
}

/**
 * What a data file's name says: data/2023.yaml → 2023 (the whole year), data/2024-h1.yaml
 * → the first half; "2023-draft.yaml" says a year but no period (undefined).
 */
export function periodFromFileName(file: string): Period | undefined {
  const base = file.split(/[\\/]/).at(-1) ?? "";
  if (/^\d{4}\.ya?ml$/i.test(base)) return "year";
  const m = /^\d{4}-h([12])(?![0-9a-z])[^/\\]*\.ya?ml$/i.exec(base);
  return m ? (m[1] === "1" ? "first-half" : "second-half") : undefined;
}

/** The same period a year before: what the metrics table's 上年 (上年同期) column reads. */
export const sameTimeLastYear = ({ year, period }: PeriodKey): PeriodKey => ({ year: year - 1, period });

/**
 * The reports whose plan the given one follows up, most usual first: `report new` starts
 * from the first that exists, and `report diff <period>` alone compares with it. A year
 * follows last year's report (or its second half); a first half follows last year's
 * report (or its second half); a second half follows the first half of its year.
 */
export function precedingPeriods({ year, period }: PeriodKey): PeriodKey[] {
  if (period === "second-half") return [{ year, period: "first-half" }];
  if (period === "first-half") return [{ year: year - 1, period: "second-half" }, { year: year - 1, period: "year" }];
  return [{ year: year - 1, period: "year" }, { year: year - 1, period: "second-half" }];
}

/**
 * Whether a's plan sets b's targets: a year's plan any later year's, as `report diff` has
 * always read it; otherwise only the period right after a's (a first half's plan: the
 * second half; a second half's: the next year or its first half). A half's plan a year
 * earlier (2023-h1 against 2024-h1) was for another span.
 */
export function planSetsTargetsOf(a: PeriodKey, b: PeriodKey): boolean {
  if (a.period === "year" && b.period === "year") return true;
  if (a.period === "first-half") return b.year === a.year && b.period === "second-half";
  return b.year === a.year + 1 && b.period !== "second-half";
}

/**
 * The dates a report on the period is usually signed within (rule/date-range): a year's
 * in the year or January after it; a first half's from June to August; a second half's
 * from November to January.
 */
export function usualDates({ year, period }: PeriodKey): { first: string; last: string } {
  if (period === "first-half") return { first: `${year}-06-01`, last: `${year}-08-31` };
  if (period === "second-half") return { first: `${year}-11-01`, last: `${year + 1}-01-31` };
  return { first: `${year}-01-01`, last: `${year + 1}-01-31` };
}
