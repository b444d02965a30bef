/**
 * The CLI: commander wiring only. Each command's code is imported when that command
 * runs, so `report validate` never loads the docx writer. Returns the exit code; only
 * bin/report.js touches process.exitCode.
 */
import { Command, CommanderError } from "commander";
import { langFromEnv, type Lang } from "../core/lang.js";
import { colorsFor } from "./colors.js";
import type { CommandContext } from "./context.js";
import { EXIT, ExitError, exitErrorText } from "./exit-codes.js";
import { processIO, type CliIO } from "./io.js";
import { cliMessages } from "./messages.js";

const VERSION = "0.1.0";

interface GlobalFlags {
  lang?: string;
  debug?: boolean;
  color?: boolean;
}

function contextFrom(flags: GlobalFlags, io: CliIO): CommandContext {
  const lang: Lang = flags.lang === "zh" || flags.lang === "en" ? flags.lang : langFromEnv(io.env);
  return {
    io,
    lang,
    debug: Boolean(flags.debug),
    colors: colorsFor(io.stderrIsTTY, io.env, flags.color === false),
    outColors: colorsFor(io.stdoutIsTTY, io.env, flags.color === false),
  };
}

type Handler = (ctx: CommandContext, args: unknown[], flags: Record<string, unknown>) => Promise<number>;

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  let ctx = contextFrom({}, io);

  const program = new Command("report")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .description("work-report: 年度工作总结及工作计划 from YAML data to an official-format Word file")
    .version(VERSION, "-V, --version")
    .option("--lang <lang>", "message language: zh or en (default from LANG)")
    .option("--debug", "print stack traces of internal errors")
    .option("--no-color", "no colours in output")
    .showHelpAfterError();

  /** Wire a command to a handler module loaded only when it runs. */
  const action = (load: () => Promise<Handler>) =>
    async (...received: unknown[]) => {
      const command = received.at(-1) as Command;
      const flags = command.opts();
      const globals = command.optsWithGlobals() as GlobalFlags;
      ctx = contextFrom(globals, io);
      if (globals.lang !== undefined && globals.lang !== "zh" && globals.lang !== "en") {
        throw new ExitError(ctx.lang === "zh" ? `--lang 只能是 zh 或 en，而不是“${globals.lang}”` : `--lang must be zh or en, not "${globals.lang}"`);
      }
      const handler = await load();
      exitCode = await handler(ctx, received.slice(0, -2), flags);
    };

  program
    .command("build")
    .description("build <year>: data/<year>.yaml → out/<year>.docx and out/<year>.md")
    .argument("<year>", "the year summarised, e.g. 2023")
    .option("--data <file>", "data file (default: <data-dir>/<year>.yaml)")
    .option("--data-dir <dir>", "data directory (default: data)")
    .option("--out-dir <dir>", "output directory (default: out)")
    .option("--format <list>", "output formats, comma-separated: docx,md (default: both)")
    .option("--template <file>", "Handlebars template of your own (default: built-in)")
    .option("--no-metrics-table", "leave out the 主要指标完成情况 table (default: added when there are metrics)")
    .action(
      action(async () => {
        const { runBuild } = await import("./commands/build.js");
        return (c, [year], flags) => runBuild(String(year), flags, c);
      }),
    );

  program
    .command("schema")
    .description("print the JSON Schema (draft-07) of the data format, for editors")
    .action(
      action(async () => {
        const { runSchema } = await import("./commands/schema.js");
        return (c) => runSchema(c);
      }),
    );

  program
    .command("import")
    .description("import <file>: an existing report (.docx, .md, .txt; UTF-8 or GBK) → YAML data")
    .argument("<file>", "the report to import: .docx, .md or .txt")
    .option("-o, --output <file>", "write the YAML to this file (default: standard output)")
    .option("--force", "overwrite the -o file when it exists")
    .option("--check", "print the round-trip score (import → build Markdown → compare) instead of the YAML")
    .action(
      action(async () => {
        const { runImport } = await import("./commands/import.js");
        return (c, [file], flags) => runImport(String(file), flags, c);
      }),
    );

  program
    .command("validate")
    .description("check data files (default: every *.yaml in the data directory; - reads standard input)")
    .argument("[files...]", "data files to check")
    .option("--data-dir <dir>", "data directory (default: data)")
    .option("--format <format>", "output: text, json or github (default: text)")
    .option("--strict", "exit 1 on warnings too")
    .option("--fix", "fix half-width punctuation and hand-written ordinals in place")
    .option("--dry-run", "with --fix: print the changes as a diff, write nothing")
    .action(
      action(async () => {
        const { runValidate } = await import("./commands/validate.js");
        return (c, [files], flags) => runValidate((files as string[] | undefined) ?? [], flags, c);
      }),
    );

  program
    .command("init")
    .description("scaffold a project: data/<this year>.yaml (commented, valid) and its JSON Schema")
    .argument("[dir]", "project directory (default: the current directory)")
    .option("--year <year>", "the year of the data file (default: this year)")
    .action(
      action(async () => {
        const { runInit } = await import("./commands/init.js");
        return (c, [dir], flags) => runInit(dir as string | undefined, flags, c);
      }),
    );

  program
    .command("diff")
    .description("diff <yearA> <yearB>: compare two years — metrics, targets, problems raised again, text changes")
    .argument("[yearA]", "the earlier year (alone: compare it with the year before)")
    .argument("[yearB]", "the later year")
    .option("--data-dir <dir>", "data directory (default: data)")
    .option("--a <file>", "the earlier data file (instead of yearA)")
    .option("--b <file>", "the later data file (instead of yearB)")
    .option("--section <list>", "only these, comma-separated: metrics, summary, highlights, problems, outlook, plan, follow-through")
    .option("--format <format>", "output: text, md or json (default: text)")
    .option("--exit-code", "exit 1 when there are differences (like git diff --exit-code)")
    .action(
      action(async () => {
        const { runDiff } = await import("./commands/diff.js");
        return (c, years, flags) => runDiff(years as string[], flags, c);
      }),
    );

  program
    .command("new")
    .description("new <year>: start data/<year>.yaml from last year's file (never overwrites)")
    .argument("<year>", "the year to start, e.g. 2024")
    .option("--data-dir <dir>", "data directory (default: data)")
    .action(
      action(async () => {
        const { runNew } = await import("./commands/new.js");
        return (c, [year], flags) => runNew(String(year), flags, c);
      }),
    );


  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, ctx);
  }
}

function handleError(error: unknown, ctx: CommandContext): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; every parse error is a usage error (exit 2).
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof ExitError) {
    ctx.io.stderr(exitErrorText(error, ctx.colors, ctx.lang));
    return error.exitCode;
  }
  const text = error instanceof Error ? error.message : String(error);
  ctx.io.stderr(`${cliMessages(ctx.lang).internal(text)}\n`);
  if (ctx.debug && error instanceof Error && error.stack) ctx.io.stderr(`${error.stack}\n`);
  return EXIT.internal;
}
