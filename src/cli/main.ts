/**
 * The CLI: commander's program for the commands of command-spec.ts. Each command's code
 * is imported when that command runs, so `report validate` never loads the docx writer.
 * Returns the exit code; only bin/report.js touches process.exitCode.
 */
import { Command } from "commander";
import type { Lang } from "../core/lang.js";
import { chooseLang } from "./choose-lang.js";
import { colorsFor } from "./colors.js";
import { COMMANDS, PROGRAM } from "./command-spec.js";
import type { CommandContext } from "./context.js";
import { MAX_SOURCE_BYTES } from "../core/source-text.js";
import { EXIT, ExitError, exitErrorText, InvalidInputError } from "./exit-codes.js";
import { processIO, type CliIO } from "./io.js";
import { cliMessages } from "./messages.js";
import { formatDiagnosticsText } from "./reporters/text.js";
import { asInvoked, textAsInvoked } from "./reporters/as-invoked.js";
import { localizeProgram } from "./help.js";

/** A command line as commander parsed it. */
interface ParsedCommand {
  command: string;
  args: unknown[];
  flags: Record<string, unknown>;
  globals: Record<string, unknown>;
}

interface GlobalFlags {
  lang?: string;
  debug?: boolean;
  color?: boolean;
  maxSize?: string;
}

const MB = 1024 * 1024;

function contextFrom(flags: GlobalFlags, io: CliIO, chosen: Lang): CommandContext {
  const lang: Lang = flags.lang === "zh" || flags.lang === "en" ? flags.lang : chosen;
  return {
    io,
    lang,
    debug: Boolean(flags.debug),
    colors: colorsFor(io.stderrIsTTY, io.env, flags.color === false),
    outColors: colorsFor(io.stdoutIsTTY, io.env, flags.color === false),
    maxBytes: MAX_SOURCE_BYTES,
  };
}

/** --max-size in MB: a positive number, at most 1 GB (past that a report is no report). */
function maxBytesFrom(value: string | undefined, lang: Lang): number {
  if (value === undefined) return MAX_SOURCE_BYTES;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0 || mb > 1024) {
    throw new ExitError(lang === "zh" ? `--max-size 应为 1 到 1024 之间的兆字节数，而不是“${value}”` : `--max-size must be a number of MB from 1 to 1024, not "${value}"`);
  }
  return Math.round(mb * MB);
}

type Handler = (ctx: CommandContext, args: unknown[], flags: Record<string, unknown>) => Promise<number>;

/** Each command's handler, from a module loaded only when it runs. */
const HANDLERS: Record<string, () => Promise<Handler>> = {
  build: async () => {
    const { runBuild } = await import("./commands/build.js");
    return (c, [year], flags) => runBuild(String(year), flags, c);
  },
  schema: async () => {
    const { runSchema } = await import("./commands/schema.js");
    return (c) => runSchema(c);
  },
  import: async () => {
    const { runImport } = await import("./commands/import.js");
    return (c, [file], flags) => runImport(String(file), flags, c);
  },
  validate: async () => {
    const { runValidate } = await import("./commands/validate.js");
    return (c, [files], flags) => runValidate((files as string[] | undefined) ?? [], flags, c);
  },
  init: async () => {
    const { runInit } = await import("./commands/init.js");
    return (c, [dir], flags) => runInit(dir as string | undefined, flags, c);
  },
  diff: async () => {
    const { runDiff } = await import("./commands/diff.js");
    return (c, years, flags) => runDiff(years as string[], flags, c);
  },
  doctor: async () => {
    const { runDoctor } = await import("./commands/doctor.js");
    return (c) => runDoctor(c);
  },
  new: async () => {
    const { runNew } = await import("./commands/new.js");
    return (c, [year], flags) => runNew(String(year), flags, c);
  },
  template: async () => {
    const { runTemplate } = await import("./commands/template.js");
    return (c, [action]) => runTemplate(String(action), c);
  },
};

/** Runs a parsed command line; an unknown --lang is a usage error. */
async function run(parsed: ParsedCommand, ctx: CommandContext): Promise<number> {
  const globals = parsed.globals as GlobalFlags;
  if (globals.lang !== undefined && globals.lang !== "zh" && globals.lang !== "en") {
    throw new ExitError(ctx.lang === "zh" ? `--lang 只能是 zh 或 en，而不是“${globals.lang}”` : `--lang must be zh or en, not "${globals.lang}"`);
  }
  ctx.maxBytes = maxBytesFrom(globals.maxSize, ctx.lang);
  const handler = await HANDLERS[parsed.command]();
  return handler(ctx, parsed.args, parsed.flags);
}

/** commander's program for the commands of command-spec.ts; each action hands what commander parsed to `action`. */
function commanderProgram(io: Pick<CliIO, "stdout" | "stderr" | "invokedAs">, lang: Lang, action: (parsed: ParsedCommand) => Promise<void>): Command {
  const program = new Command(PROGRAM.name)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .description(PROGRAM.description)
    .version(PROGRAM.version, "-V, --version");
  for (const option of PROGRAM.options) program.option(option.flags, option.description);
  // Before the commands are added: they inherit it.
  program.showHelpAfterError();
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.description);
    for (const argument of spec.args) command.argument(argument.syntax, argument.description);
    for (const option of spec.options) command.option(option.flags, option.description);
    command.action(async (...received: unknown[]) => {
      const self = received.at(-1) as Command;
      await action({ command: spec.name, args: received.slice(0, -2), flags: self.opts(), globals: self.optsWithGlobals() });
    });
  }
  return localizeProgram(program, lang, io.invokedAs ?? PROGRAM.name);
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const lang = chooseLang(argv, io);
  let ctx = contextFrom({}, io, lang);
  const program = commanderProgram(io, lang, async (parsed) => {
    ctx = contextFrom(parsed.globals as GlobalFlags, io, lang);
    exitCode = await run(parsed, ctx);
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, ctx);
  }
}

/** The code of commander's errors (help and version among them: "commander.…"), else undefined. */
function commanderCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("commander.") ? code : undefined;
}

function handleError(error: unknown, ctx: CommandContext): number {
  const code = commanderCode(error);
  if (code) {
    // Help and version are not errors; every parse error is a usage error (exit 2).
    // `report` alone prints the help as an error (commander's exit code 1): a usage error.
    if (code === "commander.help") return (error as { exitCode?: number }).exitCode ? EXIT.usage : EXIT.ok;
    if (code === "commander.helpDisplayed" || code === "commander.version") return EXIT.ok;
    return EXIT.usage;
  }
  // Hints name our commands as the user ran them (`node bin/report.js init`, not `report init`).
  const invoked = ctx.io.invokedAs ?? PROGRAM.name;
  if (error instanceof InvalidInputError) {
    ctx.io.stderr(formatDiagnosticsText(error.diagnostics.map((d) => asInvoked(d, invoked)), ctx.colors, ctx.lang));
    return error.exitCode;
  }
  if (error instanceof ExitError) {
    const said = new ExitError(textAsInvoked(error.message, invoked), error.exitCode, error.hint && textAsInvoked(error.hint, invoked));
    ctx.io.stderr(exitErrorText(said, ctx.colors, ctx.lang));
    return error.exitCode;
  }
  const text = error instanceof Error ? error.message : String(error);
  ctx.io.stderr(`${cliMessages(ctx.lang).internal(text)}\n`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.io.stderr(`${error.stack}\n`);
  return EXIT.internal;
}
