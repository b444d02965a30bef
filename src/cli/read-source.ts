/**
 * Read a data file (or standard input) for checking: as bytes, at most a little more
 * than the size limit, so a binary, a huge dump or a device never hangs the command.
 * I/O problems throw ExitError (exit 2); content problems come back as a diagnostic.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import { decodeSource, MAX_SOURCE_BYTES, tooLarge } from "../core/source-text.js";
import type { SourceFile } from "../core/yaml-source.js";
import { readError } from "./fs-errors.js";
import type { CliIO } from "./io.js";

export type LoadedSource = { source: SourceFile; bom: boolean; diagnostic?: undefined } | { source?: undefined; diagnostic: Diagnostic };

/**
 * The file's bytes, but no more than `limit` (+1 to tell "too large"): devices never end.
 * The first read is sized by `expected` (stat's size), later ones 64 KB: a zero-filled
 * 1 MB buffer per file cost ~5% of `validate` over many small files.
 */
function readBounded(path: string, limit: number, expected = 0): Uint8Array {
  const fd = openSync(path, "r");
  try {
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
  } finally {
    closeSync(fd);
  }
}

export function readSourceFile(path: string, shown: string, lang: Lang): LoadedSource {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (stat.isFile() && stat.size > MAX_SOURCE_BYTES) return { diagnostic: tooLarge(shown, stat.size, lang) };
    bytes = readBounded(path, MAX_SOURCE_BYTES, stat.isFile() ? stat.size : 0);
  } catch (error) {
    throw readError(error, shown, lang);
  }
  return loaded(bytes, shown, lang);
}

export async function readSourceStdin(io: CliIO, shown: string, lang: Lang): Promise<LoadedSource> {
  const bytes = io.readStdinBytes ? await io.readStdinBytes(MAX_SOURCE_BYTES) : new TextEncoder().encode(await io.readStdin());
  return loaded(bytes, shown, lang);
}

function loaded(bytes: Uint8Array, shown: string, lang: Lang): LoadedSource {
  const decoded = decodeSource(bytes, shown, lang);
  return decoded.diagnostic ? { diagnostic: decoded.diagnostic } : { source: { file: shown, text: decoded.text }, bom: decoded.bom };
}
