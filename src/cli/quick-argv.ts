/**
 * The usual invocations read without commander: `build 2023`, `validate data/2023.yaml
 * --strict`, `--lang en diff 2022 2023 --format md`. Loading commander and building its
 * program took ~3–4 ms of every run (README, "Performance"). It gives what commander's
 * action would receive — the same arguments, options and global options — or gives up
 * (undefined), and commander reads the command line as before: help, version, errors,
 * short options, `--opt=value`, an option given twice, a value that starts with "-",
 * global options after the command, `--`. tests/quick-argv.test.ts holds it to commander.
 */
import type { ArgumentSpec, CommandSpec, OptionSpec } from "./command-spec.js";

export interface ParsedCommand {
  command: string;
  /** The positional arguments, as commander passes them to the action. */
  args: unknown[];
  /** The command's options (commander's `opts()`). */
  flags: Record<string, unknown>;
  /** The global options and the command's (commander's `optsWithGlobals()`). */
  globals: Record<string, unknown>;
}

interface OptionShape {
  /** The long name as typed: "--data", "--no-color". */
  name: string;
  /** The key in the options object: "data", "color". */
  key: string;
  takesValue: boolean;
  negated: boolean;
}

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function shapeOf(option: OptionSpec): OptionShape {
  const [, name = "", value] = /(--[a-z][a-z-]*)(?: (<[^>]+>))?$/.exec(option.flags) ?? [];
  const negated = name.startsWith("--no-");
  return { name, key: camelCase(name.slice(negated ? 5 : 2)), takesValue: value !== undefined, negated };
}

/** Options' starting values: a negated switch is on until given (`--no-color` → color: true). */
function defaults(options: readonly OptionShape[]): Record<string, unknown> {
  return Object.fromEntries(options.filter((o) => o.negated).map((o) => [o.key, true]));
}

/**
 * Takes the option at argv[i] into `into`; returns the index of its last word, or
 * undefined to give up (unknown, given twice, or a value missing or starting with "-").
 */
function takeOption(argv: readonly string[], i: number, options: readonly OptionShape[], into: Record<string, unknown>, seen: Set<string>): number | undefined {
  const option = options.find((o) => o.name === argv[i]);
  if (!option || seen.has(option.key)) return undefined;
  seen.add(option.key);
  if (!option.takesValue) {
    into[option.key] = !option.negated;
    return i;
  }
  const value = argv[i + 1];
  if (value === undefined || value.startsWith("-")) return undefined;
  into[option.key] = value;
  return i + 1;
}

/** The positional arguments as commander passes them, or undefined when they do not fit the command. */
function argumentsFor(specs: readonly ArgumentSpec[], words: readonly string[]): unknown[] | undefined {
  const args: unknown[] = [];
  let next = 0;
  for (const spec of specs) {
    if (spec.syntax.endsWith("...]")) {
      args.push(words.slice(next));
      next = words.length;
    } else if (spec.syntax.startsWith("<")) {
      if (next >= words.length) return undefined;
      args.push(words[next++]);
    } else {
      args.push(words[next++]);
    }
  }
  return next >= words.length ? args : undefined;
}

export function quickArgv(argv: readonly string[], program: { options: readonly OptionSpec[] }, commands: readonly CommandSpec[]): ParsedCommand | undefined {
  const globalOptions = program.options.map(shapeOf);
  const globals = defaults(globalOptions);
  const seenGlobals = new Set<string>();
  let i = 0;
  for (; i < argv.length && argv[i].startsWith("-"); i++) {
    const last = takeOption(argv, i, globalOptions, globals, seenGlobals);
    if (last === undefined) return undefined;
    i = last;
  }
  const spec = commands.find((c) => c.name === argv[i]);
  if (!spec) return undefined;
  const options = spec.options.map(shapeOf);
  const flags = defaults(options);
  const seen = new Set<string>();
  const words: string[] = [];
  for (i++; i < argv.length; i++) {
    if (!argv[i].startsWith("-")) {
      words.push(argv[i]);
      continue;
    }
    const last = takeOption(argv, i, options, flags, seen);
    if (last === undefined) return undefined;
    i = last;
  }
  const args = argumentsFor(spec.args, words);
  // An unknown --lang is the commander path's to report.
  if (!args || (globals.lang !== undefined && globals.lang !== "zh" && globals.lang !== "en")) return undefined;
  return { command: spec.name, args, flags, globals: { ...globals, ...flags } };
}
