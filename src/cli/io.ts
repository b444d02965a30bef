/** What a command may touch of the outside world; tests pass their own. */
import { basename, relative } from "node:path";
import { terminalSafe } from "./terminal-safe.js";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout/stderr are terminals (colour only then). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Reads standard input (for `-`). */
  readStdin: () => Promise<string>;
  /**
   * Standard input as bytes, so `validate -` can tell binary input from text. Stops
   * reading once more than `maxBytes` arrived (the caller reports "too large").
   */
  readStdinBytes?: (maxBytes?: number) => Promise<Uint8Array>;
  /** The system's locale as Intl reports it (zh-CN on a Chinese Windows): the last say on the language. */
  systemLocale?: string;
  /** The command as the user typed it, for hints: "report", or "node bin/report.js" without npm link. */
  invokedAs?: string;
}

/**
 * Node's standard streams; bin/report.js handles their write errors (a reader that went
 * away, a full disk). What goes to a terminal is made harmless first (terminal-safe.ts).
 */
export function processIO(): CliIO {
  const writer = (stream: NodeJS.WriteStream) => (stream.isTTY ? (text: string) => void stream.write(terminalSafe(text)) : (text: string) => void stream.write(text));
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: async () => Buffer.from(await readAllStdin()).toString("utf8"),
    readStdinBytes: (maxBytes) => readAllStdin(maxBytes),
    // Asked only when no flag, variable or config decides (choose-lang.ts). Every Intl object
    // reports the same default locale; PluralRules loads the least ICU data to do it
    // (~0.2 ms, where DateTimeFormat took ~17 ms of every run).
    get systemLocale() {
      return new Intl.PluralRules().resolvedOptions().locale;
    },
    invokedAs: invokedAs(process.argv[1], process.cwd()),
  };
}

async function readAllStdin(maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** How paths appear in messages: relative to the working directory (the path itself for the directory). */
export function shownFrom(cwd: string): (path: string) => string {
  return (path) => relative(cwd, path) || path;
}

/**
 * How to run this CLI again, as the user did: `report` through npm link or a global
 * install (the script is then a link named report), else `node <the script>` from here.
 */
export function invokedAs(script: string | undefined, cwd: string): string {
  // An installed package (npm install -g, npx, Windows' report.cmd shim) is run as `report`.
  if (!script || basename(script) === "report" || /[\\/]node_modules[\\/]/.test(script)) return "report";
  const path = relative(cwd, script) || script;
  return `node ${/\s/.test(path) ? JSON.stringify(path) : path}`;
}
