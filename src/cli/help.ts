/**
 * commander's help in the user's language, with an example under each command. The
 * English texts are command-spec.ts's own; Chinese ones come from help-zh.ts, and
 * commander's titles ("Usage:", "Options:") go through its styleTitle hook, so the help
 * is still commander's, not a second one.
 */
import type { Command } from "commander";
import type { Lang } from "../core/lang.js";
import { commanderErrorZh } from "./commander-errors-zh.js";
import { examplesText } from "./help-examples.js";
import { COMMANDER_ZH, COMMANDS_ZH, OPTIONS_ZH, PROGRAM_ZH } from "./help-zh.js";

/** What every command gets in Chinese: titles, the help option, commander's errors. */
function commanderInChinese(command: Command): void {
  command.configureHelp({ styleTitle: (title) => COMMANDER_ZH.titles[title] ?? title });
  command.helpOption("-h, --help", COMMANDER_ZH.help);
  command.configureOutput({ ...command.configureOutput(), outputError: (text, write) => write(commanderErrorZh(text)) });
}

function localizeCommand(command: Command, lang: Lang, invoked: string): void {
  const name = command.name();
  const zh = COMMANDS_ZH[name];
  if (lang === "zh") {
    commanderInChinese(command);
    if (zh) command.description(zh.description);
    for (const argument of command.registeredArguments) argument.description = zh?.args[syntaxOf(argument)] ?? argument.description;
    for (const option of command.options) option.description = zh?.options?.[option.flags] ?? OPTIONS_ZH[option.flags] ?? option.description;
  }
  const examples = examplesText(name, lang, invoked);
  if (examples) command.addHelpText("after", examples);
}

/** An argument as command-spec.ts writes it: <year>, [dir], [files...]. */
function syntaxOf(argument: { name(): string; required: boolean; variadic: boolean }): string {
  const inner = `${argument.name()}${argument.variadic ? "..." : ""}`;
  return argument.required ? `<${inner}>` : `[${inner}]`;
}

export function localizeProgram(program: Command, lang: Lang, invoked: string): Command {
  if (lang === "zh") {
    program.description(PROGRAM_ZH);
    commanderInChinese(program);
    program.helpCommand("help [command]", COMMANDER_ZH.helpCommand);
    for (const option of program.options) option.description = option.long === "--version" ? COMMANDER_ZH.version : (OPTIONS_ZH[option.flags] ?? option.description);
  }
  for (const command of program.commands) localizeCommand(command, lang, invoked);
  return program;
}
