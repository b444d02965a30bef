/**
 * One build at a time writes to an output folder. Two builds of the same project writing
 * at once could each replace one of the outputs, leaving the .docx of one and the .md of
 * the other: so the writing is serialised by a lock file in the folder (.report.lock,
 * holding the writer's pid). A lock whose process has gone (a crash, a kill -9) is stale
 * and taken over; a live one is waited for, then refused with a clear message.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { holdUntilExit } from "./atomic-write.js";

export const LOCK_NAME = ".report.lock";

export class OutputLocked extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number | undefined,
  ) {
    super(`output folder locked by process ${pid ?? "?"}`);
  }
}

/** Whether a process with this pid exists (EPERM: it does, but is someone else's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function olderThan(file: string, ms: number): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** Creates the lock file holding our pid: taken, held by someone ("exists"), or not possible here. */
function tryLock(lockFile: string): "taken" | "exists" | "unavailable" {
  let fd: number;
  try {
    fd = openSync(lockFile, "wx", 0o644);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EEXIST" ? "exists" : "unavailable";
  }
  try {
    writeSync(fd, `${process.pid}\n`);
    return "taken";
  } catch {
    rmSync(lockFile, { force: true });
    return "unavailable";
  } finally {
    closeSync(fd);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `write` holding the folder's lock; waits up to `waitMs` for another build to finish. */
export async function withOutputLock<T>(dir: string, write: () => Promise<T>, waitMs = 30_000): Promise<T> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return write(); // no folder to lock: the write itself says what is wrong, naming the output
  }
  const lockFile = join(dir, LOCK_NAME);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const state = tryLock(lockFile);
    // A folder we cannot write to (read-only, full): the write itself says so, naming the output.
    if (state === "unavailable") return write();
    if (state === "taken") break;
    const pid = holder(lockFile);
    // No pid: its writer is between creating and writing it (give it a moment), or died there.
    if (pid !== undefined ? !alive(pid) : olderThan(lockFile, 5_000)) rmSync(lockFile, { force: true });
    else if (Date.now() > deadline) throw new OutputLocked(lockFile, pid);
    else await pause(50);
  }
  const release = holdUntilExit(lockFile);
  try {
    return await write();
  } finally {
    release();
  }
}
