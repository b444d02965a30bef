/** `report build <year>`: data/<year>.yaml → out/<year>.docx + out/<year>.md (a half: data/2024-h1.yaml → out/2024-h1.*). */
import { resolve } from "node:path";
import { hasErrors } from "../../core/diagnostics.js";
import type { Report } from "../../core/schema.js";
import { buildReport } from "../../pipeline.js";
import { DEFAULT_FORMATS, FORMATS, type Format } from "../../writers/index.js";
import { readTemplateSet } from "../../render/template-files.js";
import { writeFilesAtomicallyAsync } from "../atomic-write.js";
import { OutputLocked, withOutputLock } from "../output-lock.js";
import { loadedSettingsForCommand } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, InvalidInputError, type ExitCode } from "../exit-codes.js";
import { readError, writeError } from "../fs-errors.js";
import { lastYearPath, readLastYear } from "../last-year.js";
import { readInputText, readOptions, sourceOrExit } from "../read-input.js";
import { shownFrom } from "../io.js";
import { cliMessages } from "../messages.js";
import { formatSummarized, summaryOptions } from "../reporters/warning-summary.js";
import { usedLine } from "../used-line.js";
import { parsePeriodArg } from "../year-arg.js";
import { periodStem } from "../../core/period.js";

export interface BuildFlags {
  data?: string;
  dataDir?: string;
  outDir?: string;
  format?: string;
  template?: string;
  /** false with --no-metrics-table. */
  metricsTable?: boolean;
  /** Every warning in full, not three per rule. */
  verbose?: boolean;
  /** Placeholders let through, the title marked 草稿. */
  draft?: boolean;
}

function parseFormats(value: string | undefined, ctx: CommandContext): Format[] {
  if (value === undefined) return [...DEFAULT_FORMATS];
  const formats = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) {
    if (!(FORMATS as string[]).includes(f)) throw new ExitError(cliMessages(ctx.lang).badFormat(f, FORMATS.join(", ")));
  }
  if (!formats.length) throw new ExitError(cliMessages(ctx.lang).noFormats(FORMATS.join(", ")));
  return [...new Set(formats)] as Format[];
}

function humanSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Last year's file, for the metrics table's "last year" and targets. Optional: absent is
 * fine, and an invalid one only costs the table those figures (a warning, not a failure).
 */
function loadLastYear(path: string, shown: (path: string) => string, ctx: CommandContext): Report | undefined {
  const { report, problem: first } = readLastYear(path, shown(path), readOptions(ctx));
  if (report || !first) return report;
  const where = `${first.file}:${first.line}:${first.column} ${first.message}`;
  const label = ctx.lang === "zh" ? "警告" : "warning";
  ctx.io.stderr(`${ctx.colors.yellow(label)}: ${cliMessages(ctx.lang).previousInvalid(shown(path), where)}\n`);
  return undefined;
}

export async function runBuild(yearArg: string, flags: BuildFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const m = cliMessages(lang);
  const key = parsePeriodArg(yearArg, ctx);
  const stem = periodStem(key);
  const formats = parseFormats(flags.format, ctx);
  const shown = shownFrom(io.cwd);

  const loaded = loadedSettingsForCommand(ctx);
  if (!loaded) return EXIT.invalid;
  const { settings } = loaded;

  const dataDir = flags.dataDir ? resolve(io.cwd, flags.dataDir) : resolve(io.cwd, settings.dataDir);
  const dataFile = flags.data ? resolve(io.cwd, flags.data) : resolve(dataDir, `${stem}.yaml`);
  const outDir = flags.outDir ? resolve(io.cwd, flags.outDir) : resolve(io.cwd, settings.outDir);
  const templateFile = flags.template ? resolve(io.cwd, flags.template) : settings.template;

  const source = sourceOrExit(readInputText(dataFile, shown(dataFile), readOptions(ctx, flags.data ? undefined : m.hintYearFile(shown(dataDir)))));
  const readTemplate = (path: string) => sourceOrExit(readInputText(path, shown(path), readOptions(ctx))).text;
  let templates;
  try {
    templates = readTemplateSet(templateFile, shown, readTemplate);
  } catch (error) {
    if (error instanceof ExitError || error instanceof InvalidInputError) throw error;
    throw readError(error, shown(templateFile ?? "template"), lang);
  }

  const metricsTable = flags.metricsTable !== false;
  // With --data too: the file of the same period a year before, in the data directory.
  const previous = metricsTable ? loadLastYear(lastYearPath(dataDir, key), shown, ctx) : undefined;
  const result = await buildReport({ source: { file: source.file, text: source.text }, templates, settings, formats, lang, previous, metricsTable, draft: Boolean(flags.draft) }).catch(async (error: unknown) => {
    // LibreOffice missing or failing (--format pdf) is the machine's, not a bug: exit 2, nothing written.
    const problem = formats.includes("pdf") ? (await import("../../writers/libreoffice-messages.js")).pdfProblem(error, lang) : undefined;
    if (problem) throw new ExitError(problem.message, EXIT.usage, problem.hint);
    throw error;
  });
  if (result.diagnostics.length) io.stderr(formatSummarized(result.diagnostics, summaryOptions(ctx, flags.verbose)));
  if (hasErrors(result.diagnostics)) {
    io.stderr(`${m.notWritten}\n`);
    return EXIT.invalid;
  }

  const files = result.outputs.map(({ format, bytes }) => ({ path: resolve(outDir, `${stem}.${format}`), bytes }));
  try {
    await withOutputLock(outDir, () => writeFilesAtomicallyAsync(files));
  } catch (error) {
    if (error instanceof OutputLocked) throw new ExitError(m.outputLocked(shown(outDir), error.pid), EXIT.usage, m.outputLockedHint(shown(error.lockFile)));
    throw writeError(error, shown((error as { target?: string }).target ?? outDir), lang);
  }
  // Which config this build used: one found in a parent folder must never act unseen.
  io.stdout(`${usedLine(loaded, flags.template ? templateFile : undefined, lang, shown)}\n`);
  for (const file of files) io.stdout(`${m.wrote(shown(file.path), humanSize(file.bytes.length))}\n`);
  if (flags.draft) io.stdout(`${m.draftBuilt}\n`);
  return EXIT.ok;
}
