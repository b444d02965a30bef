/**
 * Standard output and error (src/cli/stdio.ts): written whole through refused and partial
 * writes, quiet when the reader went away, and without Node's stdio streams when the
 * output is a file, a pipe or /dev/null.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { descriptorWriter } from "../src/cli/stdio.js";
import { BIN, ROOT } from "./helpers/cli.js";

const errno = (code: string) => Object.assign(new Error(code), { code });

describe("descriptorWriter", () => {
  it("writes the whole text through partial writes and refused ones (EAGAIN)", () => {
    const written: number[] = [];
    let calls = 0;
    const write = descriptorWriter(1, (_fd, buffer, offset, length) => {
      calls++;
      if (calls % 3 === 1) throw errno("EAGAIN");
      const n = Math.min(length, 5);
      written.push(...buffer.subarray(offset, offset + n));
      return n;
    });
    const text = "1 file checked: 没有问题 — 2023.yaml\n";
    write(text);
    expect(Buffer.from(written).toString("utf8")).toBe(text);
    expect(calls).toBeGreaterThan(10);
  });

  it("drops what is left once the reader has gone (EPIPE), quietly", () => {
    let calls = 0;
    const write = descriptorWriter(1, () => {
      calls++;
      throw errno("EPIPE");
    });
    write("first\n");
    write("second\n");
    expect(calls).toBe(1);
  });

  it("throws any other error", () => {
    const write = descriptorWriter(1, () => {
      throw errno("EBADF");
    });
    expect(() => write("x")).toThrow("EBADF");
  });
});

/** Runs the built CLI with `stdout` as given; reports whether Node's stdio streams were loaded. */
function runWithStdout(stdout: "pipe" | "ignore" | number, args: string[]) {
  const probe = `process.on("exit", () => process.env.PROBE && require("fs").writeFileSync(process.env.PROBE, String(process.moduleLoadList.includes("NativeModule internal/streams/writable"))));`;
  const dir = mkdtempSync(join(tmpdir(), "work-report-stdio-"));
  const probeFile = join(dir, "streams");
  const run = spawnSync(process.execPath, ["-e", `${probe} process.argv.splice(1, 0, ${JSON.stringify(BIN)}); require(${JSON.stringify(BIN)});`, ...args], {
    cwd: ROOT,
    stdio: ["ignore", stdout, "pipe"],
    env: { ...process.env, PROBE: probeFile },
    encoding: "utf8",
  });
  const streams = readFileSync(probeFile, "utf8") === "true";
  rmSync(dir, { recursive: true, force: true });
  return { ...run, streams };
}

describe("the CLI's standard output", () => {
  it("goes to a pipe, a file and /dev/null without Node's stdio streams", () => {
    const piped = runWithStdout("pipe", ["validate", "data/2023.yaml"]);
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout).toContain("no problems");
    expect(piped.streams).toBe(false);

    const dir = mkdtempSync(join(tmpdir(), "work-report-stdout-"));
    const file = join(dir, "out.txt");
    const fd = openSync(file, "w");
    const toFile = runWithStdout(fd, ["validate", "data/2023.yaml"]);
    closeSync(fd);
    expect(toFile.status, toFile.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("no problems");
    expect(toFile.streams).toBe(false);
    rmSync(dir, { recursive: true, force: true });

    const ignored = runWithStdout("ignore", ["validate", "data/2023.yaml"]);
    expect(ignored.status, ignored.stderr).toBe(0);
    expect(ignored.streams).toBe(false);
  });

  it("ends with the command's exit code and no stack trace when the reader has gone", () => {
    // A pipe whose reading end is closed before the CLI writes (`report validate | head -0`);
    // the CLI's standard error and its exit code go to the shell's standard output (fd 3).
    const script = `exec 3>&1; (sleep 0.3; "$0" "$@" 2>&3; echo "exit $?" >&3) | true`;
    const run = spawnSync("sh", ["-c", script, process.execPath, BIN, "validate", "data/2023.yaml"], { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout).toBe("exit 0\n");
  });
});
