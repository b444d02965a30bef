/**
 * Atomic output: every file is written to a temporary file beside its target, flushed,
 * and only then renamed over it. A failed or interrupted build leaves the previous good
 * output untouched and no temporary files behind.
 */
import { chmodSync, chownSync, close, closeSync, fsync, fsyncSync, linkSync, mkdir, mkdirSync, open, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, truncateSync, write, writeSync } from "node:fs";
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

/** Keeps `path` (a lock file) on the list removed at SIGINT/SIGTERM; the returned function removes it now. */
export function holdUntilExit(path: string): () => void {
  live.add(path);
  return () => {
    rmSync(path, { force: true });
    live.delete(path);
  };
}

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Write all bytes to a new file (never an existing one) and flush them to disk. */
export function writeFully(path: string, bytes: Uint8Array, flags = "wx"): void {
  const fd = openSync(path, flags, 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

type Temps = Array<[tmp: string, target: string]>;

/** A temp path for `target`, registered for clean-up before anything is written to it. */
function stage(target: string, temps: Temps): string {
  const tmp = tempPathFor(target);
  live.add(tmp);
  temps.push([tmp, target]);
  return tmp;
}

/** Tag an fs error with the output file it concerns, for the CLI's message. */
function forTarget(error: unknown, target: string): Error {
  return Object.assign(error as Error, { target });
}

/** A target that cannot be replaced by a rename (a directory): found before any rename, so nothing is replaced. */
function checkTargets(temps: Temps): void {
  for (const [, target] of temps) {
    let isDirectory = false;
    try {
      isDirectory = statSync(target).isDirectory();
    } catch {
      // absent (or unreadable: the rename will say)
    }
    if (isDirectory) throw forTarget(Object.assign(new Error(`EISDIR: illegal operation on a directory, rename '${target}'`), { code: "EISDIR" }), target);
  }
}

/**
 * Rename every temp file over its target, all or none: each old output is kept under a
 * hard link until every rename has succeeded, and put back if one fails. Throws the fs
 * error with `target` set.
 */
function renameAll(temps: Temps): void {
  checkTargets(temps);
  const kept: Array<[backup: string, target: string]> = [];
  const done: string[] = [];
  try {
    for (const [tmp, target] of temps) {
      const backup = `${tmp}.old`;
      try {
        linkSync(target, backup);
        kept.push([backup, target]);
      } catch {
        // no old output (or no hard links here): nothing to put back
      }
      try {
        renameSync(tmp, target);
        live.delete(tmp);
        done.push(target);
      } catch (error) {
        throw forTarget(error, target);
      }
    }
  } catch (error) {
    for (const target of done) {
      const backup = kept.find(([, t]) => t === target)?.[0];
      try {
        if (backup) renameSync(backup, target);
        else rmSync(target, { force: true });
      } catch {
        // best effort: the error below says which output failed
      }
    }
    throw error;
  } finally {
    for (const [backup] of kept) rmSync(backup, { force: true });
  }
}

/** On SIGINT/SIGTERM remove the temp files, then end by that signal. Returns the undo. */
function trapSignals(): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    cleanupLive();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

/** Remove whatever temp files are left (all of them after a failure, none after success). */
function discard(temps: Temps): void {
  for (const [tmp] of temps) {
    if (live.has(tmp)) rmSync(tmp, { force: true });
    live.delete(tmp);
  }
}

/**
 * Write all files or none: temps first, then renames. Throws the fs error (with `target`
 * set to the output that failed) after removing every temp file.
 */
export function writeFilesAtomically(files: PendingFile[]): void {
  const temps: Temps = [];
  const release = trapSignals();
  try {
    for (const file of files) {
      try {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFully(stage(file.path, temps), file.bytes);
      } catch (error) {
        throw forTarget(error, file.path);
      }
    }
    renameAll(temps);
  } finally {
    discard(temps);
    release();
  }
}

/**
 * Replaces the content of a file the user named (validate --fix), as the file it is: a
 * symbolic link is followed to the file it points at (the link stays a link); a file with
 * other hard links is written in place, after the new content is safely in a temporary
 * copy beside it, so every link sees the fix; otherwise a temp file with the same mode
 * (and owner, where allowed) is renamed over it. Throws the fs error with `target` set.
 */
export function rewriteFile(path: string, bytes: Uint8Array): void {
  const target = realpathSync(path);
  const stat = statSync(target);
  const temps: Temps = [];
  const release = trapSignals();
  try {
    const tmp = stage(target, temps);
    try {
      writeFully(tmp, bytes);
      chmodSync(tmp, stat.mode & 0o7777);
      try {
        chownSync(tmp, stat.uid, stat.gid);
      } catch {
        // not allowed unless root: the file is then ours, with its mode kept
      }
      if (!readFileSync(tmp).equals(bytes)) throw Object.assign(new Error("EIO: the temporary copy does not read back as written"), { code: "EIO" });
    } catch (error) {
      throw forTarget(error, target);
    }
    if (stat.nlink > 1) {
      try {
        writeFully(target, bytes, "r+");
        truncateSync(target, bytes.length);
      } catch (error) {
        // The fix is still in the temporary copy: keep it, and say where.
        live.delete(tmp);
        temps.length = 0;
        throw forTarget(Object.assign(error as Error, { message: `${(error as Error).message}; the fixed text is in ${tmp}` }), target);
      }
    } else renameAll(temps);
  } finally {
    discard(temps);
    release();
  }
}

/**
 * The same, for `report build`: the temp files are written asynchronously, so a Ctrl-C
 * (SIGINT/SIGTERM) that arrives while they are written is handled at once: the temp files
 * are removed and the process ends by the signal, leaving the previous output untouched.
 * (The synchronous version above only sees the signal once it has returned, i.e. after
 * the new files are in place.) The renames run together, synchronously, so a signal never
 * falls between them and the set of outputs always belongs to one build.
 */
export async function writeFilesAtomicallyAsync(files: PendingFile[]): Promise<void> {
  const temps: Temps = [];
  const release = trapSignals();
  try {
    // The files are written side by side: each waits for its fsync, which is most of the time.
    // All of them settle before anything is renamed or removed, so no write outlives the clean-up.
    const writes = await Promise.allSettled(
      files.map(async (file) => {
        try {
          await makeDirectory(dirname(file.path));
          await writeFullyAsync(stage(file.path, temps), file.bytes);
        } catch (error) {
          throw forTarget(error, file.path);
        }
      }),
    );
    const failed = writes.find((w): w is PromiseRejectedResult => w.status === "rejected");
    if (failed) throw failed.reason;
    renameAll(temps);
  } finally {
    discard(temps);
    release();
  }
}

/**
 * The callback API of node:fs, as promises. Not node:fs/promises: that module brings in
 * readline, fs watchers and more (~2 ms of loading at every run).
 */
function callback<T>(run: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

async function writeFullyAsync(path: string, bytes: Uint8Array): Promise<void> {
  const fd = await callback<number>((done) => open(path, "wx", 0o644, done));
  try {
    let offset = 0;
    while (offset < bytes.length) offset += await callback<number>((done) => write(fd, bytes, offset, bytes.length - offset, null, done));
    await callback<void>((done) => fsync(fd, (error) => done(error, undefined)));
  } finally {
    await callback<void>((done) => close(fd, (error) => done(error, undefined)));
  }
}

/** mkdir -p; a file where the folder should be says "not a directory" rather than EEXIST. */
async function makeDirectory(path: string): Promise<void> {
  try {
    await callback<string | undefined>((done) => mkdir(path, { recursive: true }, done));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: "ENOTDIR", path });
  }
}
