/** `report build <year>`: data/<year>.yaml → out/<year>.docx + out/<year>.md. */
import { relative, resolve } from "node:path";
import { hasErrors } from "../../core/diagnostics.js";
import { buildReport, FORMATS, type Format } from "../../index.js";
import { readTemplateSet } from "../../render/template-files.js";
import { writeFilesAtomically } from "../atomic-write.js";
import { loadSettings } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, type ExitCode } from "../exit-codes.js";
import { readError, readTextFile, writeError } from "../fs-errors.js";
import { cliMessages } from "../messages.js";
import { formatDiagnosticsText } from "../reporters/text.js";

export interface BuildFlags {
  data?: string;
  dataDir?: string;
  outDir?: string;
  format?: string;
  template?: string;
}

export function parseYear(value: string, ctx: CommandContext): number {
  if (!/^\d{4}$/.test(value)) throw new ExitError(cliMessages(ctx.lang).badYear(value));
  return Number(value);
}

function parseFormats(value: string | undefined, ctx: CommandContext): Format[] {
  if (!value) return [...FORMATS];
  const formats = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) {
    if (!(FORMATS as string[]).includes(f)) throw new ExitError(cliMessages(ctx.lang).badFormat(f, FORMATS.join(", ")));
  }
  return [...new Set(formats)] as Format[];
}

function humanSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export async function runBuild(yearArg: string, flags: BuildFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const m = cliMessages(lang);
  const year = parseYear(yearArg, ctx);
  const formats = parseFormats(flags.format, ctx);
  const shown = (path: string) => relative(io.cwd, path) || path;

  const loaded = loadSettings(io.cwd, lang);
  if (loaded.diagnostics.length) io.stderr(formatDiagnosticsText(loaded.diagnostics, ctx.colors, lang));
  if (hasErrors(loaded.diagnostics)) return EXIT.invalid;
  const settings = loaded.settings;

  const dataDir = flags.dataDir ? resolve(io.cwd, flags.dataDir) : resolve(io.cwd, settings.dataDir);
  const dataFile = flags.data ? resolve(io.cwd, flags.data) : resolve(dataDir, `${year}.yaml`);
  const outDir = flags.outDir ? resolve(io.cwd, flags.outDir) : resolve(io.cwd, settings.outDir);
  const templateFile = flags.template ? resolve(io.cwd, flags.template) : settings.template;

  const text = readTextFile(dataFile, shown(dataFile), lang, flags.data ? undefined : m.hintYearFile(shown(dataDir)));
  let templates;
  try {
    templates = readTemplateSet(templateFile, shown);
  } catch (error) {
    throw readError(error, shown(templateFile ?? "template"), lang);
  }

  const result = await buildReport({ source: { file: shown(dataFile), text }, templates, settings, formats, lang });
  if (result.diagnostics.length) io.stderr(formatDiagnosticsText(result.diagnostics, ctx.colors, lang));
  if (hasErrors(result.diagnostics)) {
    io.stderr(`${m.notWritten}\n`);
    return EXIT.invalid;
  }

  const files = result.outputs.map(({ format, bytes }) => ({ path: resolve(outDir, `${year}.${format}`), bytes }));
  try {
    writeFilesAtomically(files);
  } catch (error) {
    throw writeError(error, shown((error as { target?: string }).target ?? outDir), lang);
  }
  for (const file of files) io.stdout(`${m.wrote(shown(file.path), humanSize(file.bytes.length))}\n`);
  return EXIT.ok;
}
