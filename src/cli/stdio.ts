/**
 * Standard output and error without `process.stdout`/`process.stderr` where that is safe.
 * Those getters build Node streams: a dozen internal modules for a file or /dev/null, and
 * `net` and `tty` as well for a pipe or a terminal, ~3 ms of every run (README,
 * "Performance"). A descriptor that is certainly not a terminal (a file, a pipe, a socket,
 * /dev/null) is written with fs.writeSync, which is what Node's stdio does there anyway
 * (synchronous writes); a terminal or any other character device, and Windows, keep
 * Node's stream, which also answers whether it is a terminal.
 */
import { fstatSync, statSync, writeSync } from "node:fs";

export interface StdStream {
  write: (text: string) => void;
  isTTY: boolean;
}

/** Terminals are character devices; of those, only /dev/null is told apart here. */
function certainlyNotTerminal(fd: number): boolean {
  if (process.platform === "win32") return false;
  try {
    const stat = fstatSync(fd);
    return !stat.isCharacterDevice() || stat.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}

/** Blocks the thread for a millisecond (a full non-blocking pipe: its reader needs the time). */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

/**
 * Writes each text whole. A pipe its parent made non-blocking can refuse a write (EAGAIN):
 * wait and go on. A reader that went away (`report … | head -1`, EPIPE): what is left
 * has nowhere to go, so it is dropped quietly, as other command-line tools do, rather
 * than ending in a stack trace (which is what Node's stream did).
 */
export function descriptorWriter(fd: number, write: WriteSync = writeSync): (text: string) => void {
  let readerGone = false;
  return (text) => {
    const bytes = Buffer.from(text, "utf8");
    let offset = 0;
    while (!readerGone && offset < bytes.length) {
      try {
        offset += write(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EPIPE") readerGone = true;
        else if (code === "EAGAIN") pause();
        else throw error;
      }
    }
  };
}

export function stdStream(fd: 1 | 2): StdStream {
  if (certainlyNotTerminal(fd)) return { write: descriptorWriter(fd), isTTY: false };
  const stream = fd === 1 ? process.stdout : process.stderr;
  return { write: (text) => void stream.write(text), isTTY: Boolean(stream.isTTY) };
}
