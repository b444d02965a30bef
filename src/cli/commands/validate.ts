/**
 * `report validate [files...]`: check data files for CI and editors. Every file, every
 * problem, one run; output through a reporter (text, json, github); exit 0 clean,
 * 1 errors (or warnings with --strict), 2 usage or I/O.
 */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../../core/diagnostics.js";
import { yearFromFileName } from "../../core/rules/index.js";
import { validateSource } from "../../core/validate.js";
import { rewriteFile } from "../atomic-write.js";
import { loadSettings } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, exitErrorText, type ExitCode } from "../exit-codes.js";
import { writeError } from "../fs-errors.js";
import { shownFrom } from "../io.js";
import { cliMessages } from "../messages.js";
import { readInputText, readOptions, readStdinSource, type LoadedSource } from "../read-input.js";
import { REPORTER_NAMES, REPORTERS, type ReporterName } from "../reporters/index.js";
import { asInvoked } from "../reporters/as-invoked.js";
import { summarize } from "../reporters/types.js";
import { lastYearPath, readLastYear } from "../last-year.js";
import { periodFromFileName } from "../../core/period.js";
import { validateMessages } from "./validate-messages.js";
import { dataFiles, expandTargets } from "./validate-targets.js";

export interface ValidateFlags {
  dataDir?: string;
  format?: string;
  strict?: boolean;
  fix?: boolean;
  dryRun?: boolean;
}

const STDIN = "-";
const STDIN_NAME = "<stdin>";

function parseFormat(value: string | undefined, ctx: CommandContext): ReporterName {
  const format = (value ?? "text").trim().toLowerCase();
  if (!(REPORTER_NAMES as string[]).includes(format)) throw new ExitError(cliMessages(ctx.lang).badFormat(format, REPORTER_NAMES.join(", ")));
  return format as ReporterName;
}

export async function runValidate(args: string[], flags: ValidateFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const m = validateMessages(lang);
  const format = parseFormat(flags.format, ctx);
  if (flags.dryRun && !flags.fix) throw new ExitError(m.dryRunNeedsFix());
  if (flags.fix && args.includes(STDIN)) throw new ExitError(m.fixNeedsFile());
  const shown = shownFrom(io.cwd);

  const settings = loadSettings(io.cwd, lang, ctx.maxBytes);
  const diagnostics: Diagnostic[] = [...settings.diagnostics];
  const dataDir = resolve(io.cwd, flags.dataDir ?? settings.settings.dataDir);
  let checked = 0;
  let ioFailed = false;
  const fail = (error: unknown) => {
    if (!(error instanceof ExitError)) throw error;
    ioFailed = true;
    io.stderr(exitErrorText(error, ctx.colors, lang));
  };
  const targets = args.length ? await expandTargets(args, ctx, shown, fail) : dataFiles(dataDir, shown(dataDir), ctx).map(shown);
  // With --dry-run the patch is the product on stdout; the report moves to stderr.
  const report = flags.dryRun ? io.stderr : io.stdout;

  for (const target of targets) {
    const path = target === STDIN ? undefined : resolve(io.cwd, target);
    let loaded: LoadedSource;
    try {
      loaded = path ? readInputText(path, shown(path), readOptions(ctx)) : await readStdinSource(io, STDIN_NAME, readOptions(ctx));
    } catch (error) {
      fail(error);
      continue;
    }
    checked++;
    if (loaded.diagnostic) {
      diagnostics.push(loaded.diagnostic);
      continue;
    }
    let source = loaded.source;
    if (flags.fix && path) {
      // Loaded only for --fix: plain validation must not pay for the fixer and jsdiff.
      const [{ fixSource }, { createTwoFilesPatch, FILE_HEADERS_ONLY }] = await Promise.all([import("../../core/fix/fix-source.js"), import("diff")]);
      const fix = fixSource(source, lang);
      if (fix.refused) io.stderr(`${m.fixRefused(source.file)}\n`);
      if (fix.fixed) {
        if (flags.dryRun) {
          io.stdout(createTwoFilesPatch(`a/${source.file}`, `b/${source.file}`, source.text, fix.text, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }));
          io.stderr(`${m.wouldFix(source.file, fix.fixed)}\n`);
        } else {
          try {
            // Byte for byte outside the fixes: a byte-order mark goes back in front.
            rewriteFile(path, new TextEncoder().encode(`${loaded.bom ? "\uFEFF" : ""}${fix.text}`));
          } catch (error) {
            fail(writeError(error, source.file, lang));
            continue;
          }
          io.stderr(`${m.fixed(source.file, fix.fixed)}\n`);
        }
        // Report what is left after fixing (dry run: what would be left).
        source = { ...source, text: fix.text };
      }
    }
    const fileYear = path ? yearFromFileName(path) : undefined;
    const filePeriod = path ? periodFromFileName(path) : undefined;
    // Last year's figures: data/2023.yaml for data/2024.yaml, data/2023-h1.yaml for data/2024-h1.yaml.
    const lastYearFile = path && fileYear !== undefined ? lastYearPath(dirname(path), { year: fileYear, period: filePeriod ?? "year" }) : undefined;
    const lastYear = lastYearFile ? readLastYear(lastYearFile, lastYearFile, readOptions(ctx)).report?.metrics : undefined;
    diagnostics.push(...validateSource(source, lang, { fileYear, filePeriod, parts: settings.settings.parts, lastYear }).diagnostics);
  }

  const summary = summarize(checked, diagnostics);
  // Hints in the text name the command as it was run; json and github stay as documented.
  const shownDiagnostics = format === "text" ? diagnostics.map((d) => asInvoked(d, io.invokedAs ?? "report")) : format === "github" ? diagnostics.map((d) => inWorkspace(d, io)) : diagnostics;
  report(REPORTERS[format]({ diagnostics: shownDiagnostics, summary }, { lang, colors: flags.dryRun ? ctx.colors : (ctx.outColors ?? ctx.colors) }));
  if (ioFailed) return EXIT.usage;
  if (summary.errors || (flags.strict && summary.warnings)) return EXIT.invalid;
  return EXIT.ok;
}

/**
 * GitHub matches an annotation to a file by its path from the repository's root
 * (GITHUB_WORKSPACE), not from a workflow step's `working-directory:`.
 */
function inWorkspace(d: Diagnostic, io: CommandContext["io"]): Diagnostic {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (!workspace || d.file === STDIN_NAME) return d;
  const path = relative(workspace, resolve(io.cwd, d.file));
  return path.startsWith("..") || isAbsolute(path) ? d : { ...d, file: path.split(sep).join("/") };
}
