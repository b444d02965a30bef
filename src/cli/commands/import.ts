/**
 * `report import <file>`: an existing report (.docx, .md, .txt) → YAML data on stdout
 * or -o <file> (never overwriting without --force). Notes and unplaced text go to
 * stderr. --check prints the round-trip score, the structure measure (headings per
 * level, points) and, for a key-figures table read as metrics, its figures' check instead
 * of the YAML (still writing -o).
 * Exit: 0 ok · 1 the data does not validate, or --check below 98%, with another structure or a key figure not back · 2 usage or I/O.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { settingsFrom } from "../../core/config.js";
import { hasErrors } from "../../core/diagnostics.js";
import { ROUND_TRIP_BAR, roundTrip } from "../../import/check.js";
import type { DocxProblem } from "../../import/docx-problems.js";
import { DocxUnreadable } from "../../import/docx-problems.js";
import { EmptyImport, importFormatOf, importReport } from "../../import/index.js";
import { summarizedNotes } from "../../import/notes-summary.js";
import { readTemplateSet } from "../../render/template-files.js";
import { writeFilesAtomically } from "../atomic-write.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, InvalidInputError, type ExitCode } from "../exit-codes.js";
import { writeError } from "../fs-errors.js";
import { readInputBytes, readOptions } from "../read-input.js";
import { shownFrom } from "../io.js";
import { importMessages } from "../import-messages.js";
import { formatSummarized, summaryOptions } from "../reporters/warning-summary.js";

export interface ImportFlags {
  output?: string;
  force?: boolean;
  check?: boolean;
  /** Every warning in full, not three per rule. */
  verbose?: boolean;
  /** --into <data file>: bring an edited .docx's text edits back into it (import-into.ts). */
  into?: string;
  changes?: string;
  dryRun?: boolean;
  comments?: boolean;
}

/** One line for each way a .docx can fail to read (exit 2), with a hint where one helps. */
function docxError(problem: DocxProblem, file: string, m: ReturnType<typeof importMessages>): ExitError {
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  switch (problem.code) {
    case "too-many-entries":
      return new ExitError(m.zipBombEntries(file, problem.limit.toLocaleString("en")), EXIT.usage);
    case "part-too-large":
      return new ExitError(m.zipBombPart(file, problem.part, mb(problem.limit)), EXIT.usage);
    case "too-large":
      return new ExitError(m.zipBombTotal(file, mb(problem.limit)), EXIT.usage);
    case "not-zip":
      return new ExitError(m.notDocx(file, m.docxNotZip), EXIT.usage, m.hintResave);
    case "encrypted":
      return new ExitError(m.notDocx(file, m.docxEncrypted), EXIT.usage, m.hintResave);
    case "no-document":
      return new ExitError(m.notDocx(file, m.docxNoDocument), EXIT.usage, m.hintResave);
    case "bad-xml":
      return new ExitError(m.notDocx(file, m.docxBadXml), EXIT.usage, m.hintResave);
    case "unreadable":
      return new ExitError(m.notDocx(file, problem.detail), EXIT.usage, m.hintResave);
  }
}

export async function runImport(fileArg: string, flags: ImportFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io, lang, colors } = ctx;
  const m = importMessages(lang);
  const shown = shownFrom(io.cwd);
  const input = resolve(io.cwd, fileArg);
  if (flags.into !== undefined) {
    for (const [given, flag] of [[flags.output, "-o"], [flags.check, "--check"]] as const) {
      if (given) throw new ExitError((await import("../import-into-messages.js")).importIntoMessages(lang).notWithInto(flag), EXIT.usage);
    }
    const { runImportInto } = await import("./import-into.js");
    return runImportInto(fileArg, { ...flags, into: flags.into }, ctx, (error) => docxError(error.problem, shown(input), m));
  }
  const format = importFormatOf(input);
  if (!format) throw new ExitError(m.unknownType(shown(input)), EXIT.usage, /\.(doc|wps)$/i.test(input) ? m.hintOldWord : undefined);
  const output = flags.output ? resolve(io.cwd, flags.output) : undefined;
  // Refuse before any work: an existing data file may hold a year of edits.
  if (output && existsSync(output) && !flags.force) throw new ExitError(m.exists(shown(output)), EXIT.usage, m.hintForce);

  const read = readInputBytes(input, shown(input), readOptions(ctx));
  if (read.diagnostic) throw new InvalidInputError([read.diagnostic]);
  const bytes = read.bytes;
  let result;
  try {
    result = await importReport(bytes, format, { lang, source: shown(input) });
  } catch (error) {
    // A .docx that is no Word document, a damaged one or a zip bomb: the user's file, not our bug.
    if (error instanceof DocxUnreadable) throw docxError(error.problem, shown(input), m);
    // Bad input, as a file too large or not text is (exit 1); no YAML is written.
    if (error instanceof EmptyImport) throw new ExitError(lang === "zh" ? `${shown(input)} 是空文件：没有可导入的文字` : `${shown(input)} is empty: no text to import`, EXIT.invalid);
    throw error;
  }
  // Each kind of note at most three times, with a count (all of them in the YAML's head, or with --verbose).
  for (const line of summarizedNotes(result.notes, lang, flags.verbose)) io.stderr(line.startsWith("  …") ? `${line}\n` : `${colors.cyan(m.note)}: ${line}\n`);
  for (const text of result.unplaced) io.stderr(`${colors.yellow(m.unplaced)}: ${text}\n`);

  // Diagnostics point into the YAML just printed (or written), line by line.
  const dataFile = output ? shown(output) : lang === "zh" ? "（导入的 YAML）" : "(imported YAML)";
  const checked = roundTrip(result.yaml, result.original, readTemplateSet(), settingsFrom(), lang, dataFile, result.originalShape, result.keyFigures);
  if (checked.diagnostics.length) io.stderr(formatSummarized(checked.diagnostics, summaryOptions(ctx, flags.verbose)));
  const invalid = hasErrors(checked.diagnostics);
  if (invalid) io.stderr(`${m.invalid}\n`);

  if (output) {
    try {
      writeFilesAtomically([{ path: output, bytes: new TextEncoder().encode(result.yaml) }]);
    } catch (error) {
      throw writeError(error, shown(output), lang);
    }
    io.stdout(`${m.wrote(shown(output))}\n`);
  } else if (!flags.check) {
    io.stdout(result.yaml);
  }

  let below = false;
  if (flags.check && checked.score) {
    const { share, matched, total, approximate } = checked.score;
    // Floor, not round: 97.96% must not print as 98.0% and pass in the reader's eyes.
    io.stdout(`${(approximate ? m.scoreAtLeast : m.score)((Math.floor(share * 1000) / 10).toFixed(1), matched, total)}\n`);
    if (approximate) io.stderr(`${colors.cyan(m.note)}: ${m.scoreApproximate}\n`);
    below = share < ROUND_TRIP_BAR;
    if (below) io.stderr(`${m.belowBar(String(ROUND_TRIP_BAR * 100))}\n`);
  }
  // Structure too: headings per level and points, original against rebuilt; the first difference fails the check.
  let reshaped = false;
  if (flags.check && checked.structure) {
    const { original, rebuilt, difference } = checked.structure;
    const show = (s: typeof original) => `${s.levels.join("/")}, ${s.points}`;
    io.stdout(`${m.structure(show(original), show(rebuilt))}\n`);
    if (difference) {
      reshaped = true;
      if (difference.what === "level") io.stderr(`${m.structureLevel(difference.level, difference.original, difference.rebuilt)}\n`);
      else if (difference.what === "points") io.stderr(`${m.structurePoints(difference.original, difference.rebuilt)}\n`);
      else if (difference.what === "title") io.stderr(`${m.structureTitle(difference.title)}\n`);
      else io.stderr(`${m.structureFigures}\n`);
    }
  }
  // The key-figures table read as metrics, by its figures: a line of its own; a figure that does not come back fails the check.
  if (flags.check && checked.figures) {
    const { rows, back, mismatch } = checked.figures;
    io.stdout(`${mismatch ? m.keyFiguresMismatch(back, rows, mismatch.where, mismatch.column, mismatch.original, mismatch.rebuilt) : m.keyFigures(back, rows)}\n`);
    if (mismatch) reshaped = true;
  }
  return invalid || below || reshaped ? EXIT.invalid : EXIT.ok;
}
