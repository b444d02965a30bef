/**
 * Run the CLI two ways with one call shape: in-process through main() (fast, for most
 * tests) and as the real built binary (bin/report.js → dist/, for end-to-end tests).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/report.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
  /** In-process only: the system locale Intl would report (the language's last resort). */
  systemLocale?: string;
}

/** In-process: main() with captured output. Defaults to English messages, no colour. */
export async function runInProcess(args: string[], options: RunOptions): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { LANG: "en_US.UTF-8", ...options.env },
    cwd: options.cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    readStdin: async () => options.stdin ?? "",
    systemLocale: options.systemLocale ?? "en-US",
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * The binary as `npm link` installs it: a link named `report` to bin/report.js, which
 * the CLI's hints then call `report`. (Run as `node <path>/bin/report.js`, hints name that.)
 */
let linked: string | undefined;
export function linkedBin(): string {
  if (linked && existsSync(linked)) return linked;
  const dir = mkdtempSync(join(tmpdir(), "work-report-bin-"));
  symlinkSync(BIN, join(dir, "report"));
  return (linked = join(dir, "report"));
}

/** The real binary, as a user runs it (needs `npm run build` first; `npm test` does it). */
export function runBinary(args: string[], options: RunOptions & { script?: string }): CliResult {
  const result = spawnSync(process.execPath, [options.script ?? linkedBin(), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "en_US.UTF-8", ...options.env },
    input: options.stdin,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch project folder with a copy of the sample data; removed by the returned cleanup. */
export function scratchProject(withData = true): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "work-report-"));
  if (withData) cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
