/**
 * The <year> argument of build, diff and new. A file of its own: diff and new importing
 * it from commands/build.ts pulled the whole build (Handlebars, the Markdown parser)
 * into their start-up.
 */
import type { CommandContext } from "./context.js";
import { ExitError } from "./exit-codes.js";
import { cliMessages } from "./messages.js";

export function parseYear(value: string, ctx: CommandContext): number {
  if (!/^\d{4}$/.test(value)) throw new ExitError(cliMessages(ctx.lang).badYear(value));
  return Number(value);
}
