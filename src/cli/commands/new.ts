/**
 * `report new <year>`: <data-dir>/<year>.yaml started from <year-1>.yaml (src/diff/next-year.ts);
 * a half (2024-h2) from the report whose plan it follows up, the first of
 * core/period.ts's precedingPeriods that exists (2024-h2 from 2024-h1).
 * Never overwrites. The generated file is validated before it is written: it may fail
 * only where a metric's value is still to fill in; anything else would be our bug.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { validateSource } from "../../core/validate.js";
import { nextYearYaml } from "../../diff/next-year.js";
import { settingsForCommand } from "../config-file.js";
import type { CommandContext } from "../context.js";
import { EXIT, ExitError, type ExitCode } from "../exit-codes.js";
import { writeError } from "../fs-errors.js";
import { readInputText, readOptions, sourceOrExit } from "../read-input.js";
import { shownFrom } from "../io.js";
import { cliMessages } from "../messages.js";
import { formatDiagnosticsText } from "../reporters/text.js";
import { writeNewFile } from "../write-new-file.js";
import { periodStem, precedingPeriods } from "../../core/period.js";
import { parsePeriodArg } from "../year-arg.js";
import { yearMessages } from "../year-messages.js";

export interface NewFlags {
  dataDir?: string;
}

/** A metric's `value` still to fill in: the one error a fresh file may have. */
const isBlankValue = (path: Array<string | number>) => path.length === 3 && path[0] === "metrics" && path[2] === "value";

export async function runNew(yearArg: string, flags: NewFlags, ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const m = yearMessages(lang);
  const shown = shownFrom(io.cwd);
  const key = parsePeriodArg(yearArg, ctx);

  const settings = settingsForCommand(ctx);
  if (!settings) return EXIT.invalid;
  const dataDir = resolve(io.cwd, flags.dataDir ?? settings.dataDir);
  const target = resolve(dataDir, `${periodStem(key)}.yaml`);
  // The first earlier report there is; none: the usual one is named as missing.
  const candidates = precedingPeriods(key).map((k) => resolve(dataDir, `${periodStem(k)}.yaml`));
  const source = candidates.find((f) => existsSync(f)) ?? candidates[0];

  if (existsSync(target)) throw new ExitError(m.newExists(shown(target)), EXIT.usage, m.newExistsHint);
  const { text } = sourceOrExit(readInputText(source, shown(source), readOptions(ctx, cliMessages(lang).hintYearFile(shown(dataDir)))));
  const last = validateSource({ file: shown(source), text }, lang);
  if (last.diagnostics.length) io.stderr(formatDiagnosticsText(last.diagnostics, ctx.colors, lang));
  if (!last.report) {
    io.stderr(`${m.newFromInvalid(shown(source))}\n`);
    return EXIT.invalid;
  }

  const firstLine = text.split(/\r?\n/, 1)[0];
  const schemaComment = /^#\s*yaml-language-server:/.test(firstLine) ? firstLine.replace(/^#/, "") : undefined;
  const yaml = nextYearYaml(last.report, { year: key.year, period: key.period, from: shown(source), schemaComment });

  const check = validateSource({ file: shown(target), text: yaml }, lang);
  const unexpected = check.diagnostics.filter((d) => d.severity === "error" && !isBlankValue(d.path));
  if (unexpected.length) throw new Error(`report new produced an invalid file: ${unexpected[0].code} ${unexpected[0].message} at line ${unexpected[0].line}`);

  let written: boolean;
  try {
    written = writeNewFile(target, new TextEncoder().encode(yaml));
  } catch (error) {
    throw writeError(error, shown(target), lang);
  }
  if (!written) throw new ExitError(m.newExists(shown(target)), EXIT.usage, m.newExistsHint);

  io.stdout(`${m.newWrote(shown(target), shown(source))}\n`);
  const blanks = check.diagnostics.filter((d) => d.severity === "error" && isBlankValue(d.path)).map((d) => d.line);
  if (blanks.length) io.stdout(`  ${m.newTodo(blanks.length, compactLines(blanks))}\n`);
  io.stdout(`  ${m.newNext(key)}\n`);
  return EXIT.ok;
}

/** [12, 18, 24] → "12, 18, 24"; long lists shortened to "12–60". */
function compactLines(lines: number[]): string {
  return lines.length > 6 ? `${lines[0]}–${lines.at(-1)}` : lines.join(", ");
}
