/**
 * Atomic output: every file is written to a temporary file beside its target, flushed,
 * and only then renamed over it. A failed or interrupted build leaves the previous good
 * output untouched and no temporary files behind.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface PendingFile {
  path: string;
  bytes: Uint8Array;
}

/** Temp files still on disk; removed if the process is interrupted (SIGINT/SIGTERM). */
const live = new Set<string>();

function cleanupLive(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

function writeFully(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, "wx", 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write all files or none: temps first, then renames. Throws the fs error (with `path`
 * set to the target that failed) after removing every temp file.
 */
export function writeFilesAtomically(files: PendingFile[]): void {
  const temps: Array<[string, string]> = [];
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupLive();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for (const file of files) {
      try {
        mkdirSync(dirname(file.path), { recursive: true });
        const tmp = tempPathFor(file.path);
        live.add(tmp);
        temps.push([tmp, file.path]);
        writeFully(tmp, file.bytes);
      } catch (error) {
        throw Object.assign(error as Error, { target: file.path });
      }
    }
    for (const [tmp, target] of temps) {
      try {
        renameSync(tmp, target);
        live.delete(tmp);
      } catch (error) {
        throw Object.assign(error as Error, { target });
      }
    }
  } finally {
    for (const [tmp] of temps) if (live.has(tmp)) rmSync(tmp, { force: true });
    for (const [tmp] of temps) live.delete(tmp);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
