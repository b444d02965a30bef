/** Turn fs errors into ExitErrors with a plain message (exit 2). */
import type { Lang } from "../core/lang.js";
import { EXIT, ExitError } from "./exit-codes.js";
import { cliMessages } from "./messages.js";

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code) return `${e.code}${e.message ? ` (${e.message.replace(/^[A-Z]+: /, "").split(",")[0]})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}

export function readError(error: unknown, shown: string, lang: Lang, hint?: string): ExitError {
  const m = cliMessages(lang);
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new ExitError(m.notFound(shown), EXIT.usage, hint);
  if (code === "EISDIR") return new ExitError(m.isDirectory(shown), EXIT.usage);
  return new ExitError(m.unreadable(shown, reason(error)), EXIT.usage);
}

/**
 * EPERM or EBUSY on a file we write is, on Windows, nearly always the file being open in
 * Word or WPS (they lock it): the hint says so, since the error code tells a user nothing.
 */
const LOCKED = new Set(["EPERM", "EBUSY"]);

export function writeError(error: unknown, shown: string, lang: Lang): ExitError {
  const m = cliMessages(lang);
  const locked = LOCKED.has((error as NodeJS.ErrnoException)?.code ?? "");
  return new ExitError(m.unwritable(shown, reason(error)), EXIT.usage, locked ? m.fileOpenElsewhere(shown) : undefined);
}
