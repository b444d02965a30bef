/**
 * The <year> argument of build, diff and new: a year (2023) or a half of one (2024-h1,
 * 2024-h2; core/period.ts). A file of its own: diff and new importing
 * it from commands/build.ts pulled the whole build (Handlebars, the Markdown parser)
 * into their start-up.
 */
import { parsePeriodStem, type PeriodKey } from "../core/period.js";
import { YEARS } from "../core/schema-constants.js";
import type { CommandContext } from "./context.js";
import { ExitError } from "./exit-codes.js";
import { cliMessages } from "./messages.js";

/** A year a report can be for (the data format's range: schema-constants.ts). */
export function parseYear(value: string, ctx: CommandContext): number {
  if (!/^\d{4}$/.test(value)) throw new ExitError(cliMessages(ctx.lang).badYear(value));
  const year = Number(value);
  if (year < YEARS.min || year > YEARS.max) throw new ExitError(cliMessages(ctx.lang).yearOutOfRange(value, YEARS.min, YEARS.max));
  return year;
}

/** A year or a half of one: "2023", "2024-h1", "2024-h2" (the stem of its data file). */
export function parsePeriodArg(value: string, ctx: CommandContext): PeriodKey {
  const key = parsePeriodStem(value.trim());
  if (!key) throw new ExitError(cliMessages(ctx.lang).badYear(value), undefined, cliMessages(ctx.lang).halfYearHint);
  parseYear(String(key.year), ctx);
  return key;
}
