/**
 * The one way the CLI reads a file: data, last year's data, config, templates and
 * partials, import inputs, standard input. Every read is bounded (the 10 MB limit,
 * `--max-size` to raise it), so a huge dump or a device never hangs the command or fills
 * the memory; only regular files and pipes are read. I/O problems throw ExitError
 * (exit 2); content problems (too large, not UTF-8 text) come back as a diagnostic,
 * the same one `report validate` gives.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import { decodeSource, MAX_SOURCE_BYTES, tooLarge } from "../core/source-text.js";
import type { CommandContext } from "./context.js";
import type { SourceFile } from "../core/yaml-source.js";
import { ExitError, EXIT, InvalidInputError } from "./exit-codes.js";
import { readError } from "./fs-errors.js";
import type { CliIO } from "./io.js";
import { cliMessages } from "./messages.js";

export type LoadedBytes = { bytes: Uint8Array; diagnostic?: undefined } | { bytes?: undefined; diagnostic: Diagnostic };
export type LoadedSource = { source: SourceFile; bom: boolean; diagnostic?: undefined } | { source?: undefined; diagnostic: Diagnostic };

export interface ReadOptions {
  lang: Lang;
  maxBytes: number;
  /** Said under "no such file" (where data files are looked up, say). */
  hint?: string;
}

/** The read options of a command: its language and the input limit. */
export function readOptions(ctx: Pick<CommandContext, "lang" | "maxBytes">, hint?: string): ReadOptions {
  return { lang: ctx.lang, maxBytes: ctx.maxBytes ?? MAX_SOURCE_BYTES, hint };
}

/** The descriptor's bytes, but no more than `limit` + 1 (to tell "too large"): a pipe may never end. */
function readBounded(fd: number, limit: number, expected: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const want = total === 0 && expected > 0 ? expected + 1 : 64 * 1024;
    const chunk = Buffer.allocUnsafe(Math.min(want, limit + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks);
}

/** A file's bytes; a diagnostic when it is over the limit. */
export function readInputBytes(path: string, shown: string, options: ReadOptions): LoadedBytes {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw readError(error, shown, options.lang, options.hint);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    // Regular files, and pipes (`--data <(…)`): a device (/dev/zero) or a socket is no report.
    if (!stat.isFile() && !stat.isFIFO()) throw new ExitError(cliMessages(options.lang).notRegular(shown), EXIT.usage);
    if (stat.isFile() && stat.size > options.maxBytes) return { diagnostic: tooLarge(shown, stat.size, options.lang, options.maxBytes) };
    const bytes = readBounded(fd, options.maxBytes, stat.isFile() ? stat.size : 0);
    if (bytes.length > options.maxBytes) return { diagnostic: tooLarge(shown, bytes.length, options.lang, options.maxBytes, true) };
    return { bytes };
  } catch (error) {
    throw error instanceof ExitError ? error : readError(error, shown, options.lang, options.hint);
  } finally {
    closeSync(fd);
  }
}

/** A UTF-8 text file (data, config, templates): its text, or the diagnostic that says why not. */
export function readInputText(path: string, shown: string, options: ReadOptions): LoadedSource {
  const read = readInputBytes(path, shown, options);
  return read.diagnostic ? read : decoded(read.bytes, shown, options.lang, options.maxBytes);
}

/** The text, or InvalidInputError with the diagnostic that says why not (exit 1). */
export function sourceOrExit(loaded: LoadedSource): SourceFile & { bom: boolean } {
  if (loaded.diagnostic) throw new InvalidInputError([loaded.diagnostic]);
  return { ...loaded.source, bom: loaded.bom };
}

/** Standard input (`-`), bounded the same way. */
export async function readStdinSource(io: CliIO, shown: string, options: ReadOptions): Promise<LoadedSource> {
  const bytes = io.readStdinBytes ? await io.readStdinBytes(options.maxBytes) : new TextEncoder().encode(await io.readStdin());
  if (bytes.length > options.maxBytes) return { diagnostic: tooLarge(shown, bytes.length, options.lang, options.maxBytes, true) };
  return decoded(bytes, shown, options.lang, options.maxBytes);
}

function decoded(bytes: Uint8Array, shown: string, lang: Lang, maxBytes: number): LoadedSource {
  const result = decodeSource(bytes, shown, lang, maxBytes);
  return result.diagnostic ? { diagnostic: result.diagnostic } : { source: { file: shown, text: result.text }, bom: result.bom };
}
