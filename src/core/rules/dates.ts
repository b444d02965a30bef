/**
 * Years and dates that disagree: a file named for one year (or half) holding another (the
 * usual slip when last year's file is copied), and a date far from the period it reports on.
 */
import type { Diagnostic } from "../diagnostics.js";
import { hint, message } from "../messages.js";
import { periodLabel, periodStem, usualDates } from "../period.js";
import { PERIODS, YEARS, type Period } from "../schema-constants.js";
import { isRealDate } from "../text.js";
import { locate } from "../yaml-position.js";
import { record, str, type Rule } from "./rule.js";

/** The year a data file's name stands for: "data/2023.yaml" → 2023, "2023-draft.yml" → 2023. */
export function yearFromFileName(file: string): number | undefined {
  const base = file.split(/[\\/]/).at(-1) ?? "";
  const m = /^(\d{4})(?!\d)[^/\\]*\.ya?ml$/i.exec(base);
  return m ? Number(m[1]) : undefined;
}

function reportYear(data: unknown): number | undefined {
  const year = record(data)?.year;
  return typeof year === "number" && Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max ? year : undefined;
}

/** An error: `report build 2024` would quietly render the 2023 data. */
export const fileYear: Rule = ({ data, parsed, lang, options }) => {
  const year = reportYear(data);
  if (options.fileYear === undefined || year === undefined || year === options.fileYear) return [];
  return [
    {
      severity: "error",
      code: "rule/file-year",
      message: message("rule/file-year", lang, { fileYear: options.fileYear, year }),
      file: parsed.file,
      ...locate(parsed, ["year"]),
      path: ["year"],
      expected: String(options.fileYear),
      received: String(year),
      hint: hint("file-year", lang, { fileYear: options.fileYear, year }),
    },
  ];
};

function reportPeriod(data: unknown): Period | undefined {
  const period = record(data)?.period;
  if (period === undefined) return "year";
  return (PERIODS as readonly unknown[]).includes(period) ? (period as Period) : undefined;
}

/** An error, as rule/file-year: `report build 2024-h1` would not find the file, `report build 2024` would print a half as the year. */
export const filePeriod: Rule = ({ data, parsed, lang, options }) => {
  const period = reportPeriod(data);
  const year = reportYear(data);
  if (options.filePeriod === undefined || period === undefined || period === options.filePeriod || year === undefined) return [];
  const where = record(data)?.period === undefined ? ["year"] : ["period"];
  const named = periodLabel({ year, period: options.filePeriod });
  const stem = periodStem({ year, period });
  return [
    {
      severity: "error",
      code: "rule/file-period",
      message: message("rule/file-period", lang, { named, period, label: periodLabel({ year, period }) }),
      file: parsed.file,
      ...locate(parsed, where),
      path: where,
      expected: options.filePeriod,
      received: period,
      hint: hint("file-period", lang, { period: options.filePeriod, stem }),
    },
  ];
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A real day of the calendar (2023-02-30 is the schema's to report, not ours). */
function isCalendarDate(iso: string): boolean {
  return ISO.test(iso) && isRealDate(iso);
}

/**
 * A warning: a report on year N is dated in N or in January of N+1; on a first half, from
 * June to August; on a second half, from November to January (period.ts). Anything else
 * is most likely last year's date left in a copied file, but a late report is possible.
 */
export const dateRange: Rule = ({ data, parsed, lang }) => {
  const year = reportYear(data);
  const period = reportPeriod(data) ?? "year";
  const report = record(data);
  if (year === undefined || !report) return [];
  const { first, last } = usualDates({ year, period });
  const label = periodLabel({ year, period });
  const out: Diagnostic[] = [];
  const check = (value: unknown, path: string[]) => {
    const date = str(value);
    // Malformed dates are the schema's to report.
    if (!date || !isCalendarDate(date) || (date >= first && date <= last)) return;
    out.push({
      severity: "warning",
      code: "rule/date-range",
      message: message("rule/date-range", lang, { date, year, next: year + 1, period, label, first, last }),
      file: parsed.file,
      ...locate(parsed, path),
      path,
      expected: `${first} … ${last}`,
      received: date,
      hint: hint("date-range", lang, { year, next: year + 1, period, label }),
    });
  };
  check(report.date, ["date"]);
  check(record(report.signature)?.date, ["signature", "date"]);
  return out;
};
