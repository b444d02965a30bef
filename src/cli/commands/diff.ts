/**
 * `report diff <yearA> <yearB>`: two years' data compared (src/diff), printed as text,
 * md or json. `report diff 2023` compares 2022 with 2023; `--a`/`--b` name files. A half
 * is named as its file is (2024-h1); `report diff 2024-h2` alone compares it with the
 * report whose plan it follows up (2024-h1; core/period.ts).
 * Exit 0, or 1 with --exit-code when there are differences (like git diff); 1 also when
 * a file is invalid, 2 for usage and I/O errors.
 */
import { resolve } from "node:path";
import type { Diagnostic } from "../../core/diagnostics.js";
import type { Report } from "../../core/schema.js";
import { validateSource } from "../../core/validate.js";
import { diffReports, SECTION_NAMES, type SectionName } from "../../diff/index.js";
import { settingsForCommand } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, type ExitCode } from "../exit-codes.js";
import { readInputText, readOptions, sourceOrExit } from "../read-input.js";
import { shownFrom } from "../io.js";
import { cliMessages } from "../messages.js";
import { formatDiffJson } from "../reporters/diff-json.js";
import { formatDiffMarkdown } from "../reporters/diff-markdown.js";
import { formatDiffText } from "../reporters/diff-text.js";
import { formatSummarized, summaryOptions } from "../reporters/warning-summary.js";
import { existsSync } from "node:fs";
import { periodStem, precedingPeriods } from "../../core/period.js";
import { parsePeriodArg } from "../year-arg.js";
import { yearMessages } from "../year-messages.js";

export interface DiffFlags {
  dataDir?: string;
  a?: string;
  b?: string;
  section?: string;
  format?: string;
  exitCode?: boolean;
  /** Every warning in full, not three per rule. */
  verbose?: boolean;
}

const FORMATS = ["text", "md", "json"] as const;
type DiffFormat = (typeof FORMATS)[number];

function parseSections(value: string | undefined, ctx: CommandContext): SectionName[] {
  if (!value) return [...SECTION_NAMES];
  const names = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const name of names) {
    if (!(SECTION_NAMES as readonly string[]).includes(name)) throw new ExitError(yearMessages(ctx.lang).badSection(name, SECTION_NAMES.join(", ")));
  }
  return names as SectionName[];
}

function parseFormat(value: string | undefined, ctx: CommandContext): DiffFormat {
  const format = (value ?? "text").trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new ExitError(yearMessages(ctx.lang).badDiffFormat(format));
  return format as DiffFormat;
}

/** The report a period follows up: the first of its preceding periods whose file exists, else the usual one. */
function precedingFile(y: string, dataDir: string, ctx: CommandContext): string {
  const candidates = precedingPeriods(parsePeriodArg(y, ctx)).map((k) => resolve(dataDir, `${periodStem(k)}.yaml`));
  return candidates.find((f) => existsSync(f)) ?? candidates[0];
}

/** Which two files: --a/--b, else years (or halves) from the data directory ("2023" alone: 2022 and 2023). */
function pickFiles(years: string[], flags: DiffFlags, dataDir: string, ctx: CommandContext): [string, string] {
  const m = yearMessages(ctx.lang);
  const cwd = ctx.io.cwd;
  const yearFile = (y: string) => resolve(dataDir, `${periodStem(parsePeriodArg(y, ctx))}.yaml`);
  const given = years.filter((y) => y !== undefined);
  if (flags.a && flags.b) {
    if (given.length) throw new ExitError(m.diffArgs);
    return [resolve(cwd, flags.a), resolve(cwd, flags.b)];
  }
  if (flags.a || flags.b) {
    if (given.length !== 1) throw new ExitError(m.diffArgs);
    return flags.a ? [resolve(cwd, flags.a), yearFile(given[0])] : [yearFile(given[0]), resolve(cwd, flags.b!)];
  }
  if (given.length === 1) return [precedingFile(given[0], dataDir, ctx), yearFile(given[0])];
  if (given.length !== 2) throw new ExitError(m.diffArgs);
  return [yearFile(given[0]), yearFile(given[1])];
}

export async function runDiff(years: string[], flags: DiffFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const shown = shownFrom(io.cwd);
  const sections = parseSections(flags.section, ctx);
  const format = parseFormat(flags.format, ctx);

  const settings = settingsForCommand(ctx);
  if (!settings) return EXIT.invalid;
  const dataDir = resolve(io.cwd, flags.dataDir ?? settings.dataDir);
  const [fileA, fileB] = pickFiles(years, flags, dataDir, ctx);
  const hint = cliMessages(lang).hintYearFile(shown(dataDir));

  // Read both before validating, so a missing file is reported before any diagnostics.
  const sources = [fileA, fileB].map((f) => sourceOrExit(readInputText(f, shown(f), readOptions(ctx, hint))));
  const diagnostics: Diagnostic[] = [];
  const reports: Report[] = [];
  sources.forEach((source) => {
    const result = validateSource(source, lang);
    diagnostics.push(...result.diagnostics);
    if (result.report) reports.push(result.report);
  });
  if (diagnostics.length) io.stderr(formatSummarized(diagnostics, summaryOptions(ctx, flags.verbose)));
  if (reports.length < 2) {
    io.stderr(`${yearMessages(lang).cannotCompare}\n`);
    return EXIT.invalid;
  }

  const diff = diffReports({ report: reports[0], file: shown(fileA) }, { report: reports[1], file: shown(fileB) }, sections);
  const colors = ctx.outColors ?? ctx.colors;
  // 80 columns, or fewer when the terminal says so (COLUMNS), but never below 40.
  const width = Math.max(40, Math.min(80, Number(io.env.COLUMNS) || 80));
  io.stdout(format === "json" ? formatDiffJson(diff) : format === "md" ? formatDiffMarkdown(diff, lang) : formatDiffText(diff, colors, lang, width));
  return flags.exitCode && diff.differences > 0 ? EXIT.invalid : EXIT.ok;
}
