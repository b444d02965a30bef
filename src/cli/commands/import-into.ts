/**
 * `report import EDITED.docx --into data/2023.yaml` (issue 21, docs/review-loop.md): the
 * edits of a .docx built by `report build` and edited in Word (tracked changes taken, or
 * dropped with --changes reject) — text, figures, paragraphs, points, new, moved and
 * deleted topics — brought back into the data file in place. Prints a diff of the
 * data file on stdout and the summary on stderr; --dry-run writes nothing.
 * Exit: 0 applied (or nothing to do) · 1 the data is invalid, or an edit could not be
 * placed (file unchanged; --force writes the rest) · 2 usage or I/O.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import { hasErrors } from "../../core/diagnostics.js";
import type { Report } from "../../core/schema.js";
import { validateSource } from "../../core/validate.js";
import { DocxUnreadable } from "../../import/docx-problems.js";
import { importInto, type ChangeMode, type Unplaced } from "../../import/into/index.js";
import { buildReport } from "../../pipeline.js";
import { pathText } from "../../render/anchors.js";
import { readTemplateSet } from "../../render/template-files.js";
import { rewriteFile } from "../atomic-write.js";
import { loadedSettingsForCommand } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, InvalidInputError, type ExitCode } from "../exit-codes.js";
import { writeError } from "../fs-errors.js";
import { lastYearPath } from "../last-year.js";
import { importIntoMessages } from "../import-into-messages.js";
import { shownFrom } from "../io.js";
import { readInputBytes, readInputText, readOptions, sourceOrExit } from "../read-input.js";
import { formatSummarized, summaryOptions } from "../reporters/warning-summary.js";

export interface IntoFlags {
  into: string;
  changes?: string;
  dryRun?: boolean;
  force?: boolean;
  verbose?: boolean;
  /** Word comments written into the data as YAML comments. */
  comments?: boolean;
}

/** Where an unplaced edit was found, and its text. */
const placeText = (u: Unplaced) => `${u.path ? `${pathText(u.path)}: ` : ""}${u.text}`;

/** data/<year-1>.yaml (a half: the same half a year before) beside the data file, when it is there and valid (else the table goes without it, as in build). */
function lastYear(dataFile: string, text: string, ctx: CommandContext): Report | undefined {
  const report = validateSource({ file: dataFile, text }, ctx.lang).report;
  const path = report ? lastYearPath(dirname(dataFile), { year: report.year, period: report.period ?? "year" }) : "";
  if (!path || !existsSync(path)) return undefined;
  try {
    return validateSource({ file: path, text: readFileSync(path, "utf8") }, ctx.lang).report;
  } catch {
    return undefined;
  }
}

export async function runImportInto(fileArg: string, flags: IntoFlags, ctx: CommandContext, onDocxError: (error: DocxUnreadable) => ExitError): Promise<ExitCode> {
  const { io, lang, colors } = ctx;
  const m = importIntoMessages(lang);
  const shown = shownFrom(io.cwd);
  const changes = (flags.changes ?? "accept") as ChangeMode;
  if (changes !== "accept" && changes !== "reject") throw new ExitError(m.badChanges(String(flags.changes)), EXIT.usage);
  const input = resolve(io.cwd, fileArg);
  if (!/\.docx$/i.test(input)) throw new ExitError(m.intoDocxOnly, EXIT.usage);
  const dataFile = resolve(io.cwd, flags.into);

  const loaded = loadedSettingsForCommand(ctx);
  if (!loaded) return EXIT.invalid;
  const { settings } = loaded;
  const source = sourceOrExit(readInputText(dataFile, shown(dataFile), readOptions(ctx)));
  const readTemplate = (path: string) => sourceOrExit(readInputText(path, shown(path), readOptions(ctx))).text;
  const templates = readTemplateSet(settings.template, shown, readTemplate);
  const edited = readInputBytes(input, shown(input), readOptions(ctx));
  if (edited.diagnostic) throw new InvalidInputError([edited.diagnostic]);

  // The document the data builds now: what the edited one is compared with — with last
  // year's file beside it, as `report build` reads it for the metrics table.
  const built = await buildReport({ source: { file: source.file, text: source.text }, templates, settings, formats: ["docx"], lang, previous: lastYear(dataFile, source.text, ctx) });
  if (hasErrors(built.diagnostics) || !built.report || !built.outputs[0]) {
    io.stderr(formatSummarized(built.diagnostics, summaryOptions(ctx, flags.verbose)));
    io.stderr(`${m.dataInvalid(shown(dataFile))}\n`);
    return EXIT.invalid;
  }
  let result;
  try {
    result = importInto({ edited: edited.bytes, built: built.outputs[0].bytes, yaml: source.text, report: built.report, changes, writeComments: flags.comments });
  } catch (error) {
    if (error instanceof DocxUnreadable) throw onDocxError(error);
    throw error;
  }

  io.stderr(`${m.tracked(result.insertions, result.deletions, changes)}\n`);
  for (const c of result.comments) io.stderr(`${colors.cyan(m.comment)}: ${m.commentLine(c.author, c.date.slice(0, 10), c.path ? pathText(c.path) : "", c.on, c.text)}\n`);
  for (const p of result.placed) io.stderr(`${colors.cyan(m.note)}: ${m.placed(p.via, pathText(p.path))}: ${p.text}\n`);
  for (const note of result.ignored) io.stderr(`${colors.cyan(m.note)}: ${m.ignored(note.kind)}: ${note.text}\n`);
  for (const u of result.unplaced) io.stderr(`${colors.yellow(m.unplacedLabel)}: ${m.unplaced(u.reason)}: ${placeText(u)}\n`);
  const c = result.counts;
  io.stderr(`${m.edits(result.edits.length + c.topicsAdded + c.topicsMoved + c.topicsRemoved + c.pointsAdded + c.pointsRemoved)}\n`);
  if (result.yaml !== source.text) io.stderr(`${m.applied(c)}\n`);

  const blocked = result.unplaced.length > 0 && !flags.force;
  let text = result.yaml;
  if (result.unplaced.length && flags.force) {
    // Nothing lost: the text that found no place ends the file as comments.
    const lines = result.unplaced.map((u) => `# ${m.forcedComment}: ${placeText(u).replace(/\r?\n/g, " ")}`);
    text = `${text}${text.endsWith("\n") ? "" : "\n"}${lines.join("\n")}\n`;
  }
  if (text === source.text) {
    io.stderr(`${m.nothing(shown(dataFile))}\n`);
    return blocked ? EXIT.invalid : EXIT.ok;
  }
  io.stdout(createTwoFilesPatch(shown(dataFile), shown(dataFile), source.text, text));
  // A safety net: the data file is never written into a state that does not validate
  // (an empty new heading, say); what is wrong is shown as validate shows it.
  const check = validateSource({ file: shown(dataFile), text }, lang);
  if (hasErrors(check.diagnostics)) {
    io.stderr(formatSummarized(check.diagnostics, summaryOptions(ctx, flags.verbose)));
    io.stderr(`${m.resultInvalid(shown(dataFile))}\n`);
    return EXIT.invalid;
  }
  if (blocked) {
    io.stderr(`${m.notWritten(shown(dataFile))}\n`);
    return EXIT.invalid;
  }
  if (flags.dryRun) return EXIT.ok;
  try {
    // A byte-order mark the file had stays (the text was read without it).
    rewriteFile(dataFile, new TextEncoder().encode(source.bom ? `\uFEFF${text}` : text));
  } catch (error) {
    throw writeError(error, shown(dataFile), lang);
  }
  io.stderr(`${m.wrote(shown(dataFile))}\n`);
  return EXIT.ok;
}
