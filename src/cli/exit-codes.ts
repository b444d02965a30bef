/**
 * The one exit-code table (README "Exit codes", docs/reliability.md):
 *   0 fine · 1 invalid data or template, or findings (diff --exit-code, --strict warnings)
 *   2 usage or I/O error · 3 internal error (a bug: please report it)
 */
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A user error that stops a command with a message and an exit code (no stack trace). */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Input that cannot be used (too large, not UTF-8 text): printed as validate prints diagnostics, exit 1. */
export class InvalidInputError extends Error {
  readonly exitCode = EXIT.invalid;
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("; "));
  }
}

/** An ExitError as every command prints it to stderr: "error: …" and the hint below. */
export function exitErrorText(error: ExitError, colors: ChalkInstance, lang: Lang): string {
  const zh = lang === "zh";
  const hint = error.hint ? `  ${colors.cyan(zh ? "提示" : "hint")}: ${error.hint}\n` : "";
  return `${colors.red(zh ? "错误" : "error")}: ${error.message}\n${hint}`;
}
