/**
 * `report init [dir]`: scaffold a config-free project — data/<this year>.yaml (commented,
 * valid, with the yaml-language-server schema line) and schema/report.schema.json
 * beside it, so completion works offline. Existing files are never overwritten.
 */
import { statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { YEARS } from "../../core/schema.js";
import type { CommandContext } from "../context.js";
import { textAsInvoked } from "../reporters/as-invoked.js";
import { EXIT, ExitError, type ExitCode } from "../exit-codes.js";
import { writeError } from "../fs-errors.js";
import { shownFrom } from "../io.js";
import { cliMessages } from "../messages.js";
import { writeNewFile } from "../write-new-file.js";
import { scaffoldYaml } from "./init-template.js";
import { schemaText } from "./schema.js";
import { validateMessages } from "./validate-messages.js";

export interface InitFlags {
  year?: string;
}

function yearOf(flags: InitFlags, now: () => Date, ctx: CommandContext): number {
  if (flags.year === undefined) return now().getFullYear();
  const year = Number(flags.year);
  if (!/^\d{4}$/.test(flags.year) || year < YEARS.min || year > YEARS.max) throw new ExitError(cliMessages(ctx.lang).badYear(flags.year));
  return year;
}

/** `now` is the clock (injectable so tests can fix "this year"). */
export async function runInit(dirArg: string | undefined, flags: InitFlags, ctx: CommandContext, now: () => Date = () => new Date()): Promise<ExitCode> {
  const { io, lang } = ctx;
  const m = validateMessages(lang);
  const year = yearOf(flags, now, ctx);
  const root = resolve(io.cwd, dirArg ?? ".");
  const shown = shownFrom(io.cwd);
  try {
    if (!statSync(root).isDirectory()) throw new ExitError(m.notDirectory(shown(root)));
  } catch (error) {
    if (error instanceof ExitError) throw error;
    // Missing: created below.
  }

  const dataFile = join(root, "data", `${year}.yaml`);
  const schemaFile = join(root, "schema", "report.schema.json");
  // The schema line is relative to the data file, as yaml-language-server resolves it.
  const schemaRef = relative(join(root, "data"), schemaFile).split("\\").join("/");
  const files = [
    { path: schemaFile, text: schemaText() },
    { path: dataFile, text: scaffoldYaml(year, schemaRef) },
  ];
  for (const file of files) {
    let created: boolean;
    try {
      created = writeNewFile(file.path, new TextEncoder().encode(file.text));
    } catch (error) {
      throw writeError(error, shown(file.path), lang);
    }
    io.stdout(`${created ? m.initWrote(shown(file.path)) : m.initKept(shown(file.path))}\n`);
  }
  io.stdout(`${textAsInvoked(m.initNext(shown(dataFile)), io.invokedAs ?? "report")}\n`);
  return EXIT.ok;
}
