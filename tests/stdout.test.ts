/**
 * Standard output is Node's own stream; bin/report.js handles its write errors: a reader
 * that goes away early (`report schema | head -1`) ends the run quietly, and a failed write
 * (a full disk) is an I/O error, exit 2, in one line without a stack trace.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "./helpers/cli.js";

describe("standard output", () => {
  it("a reader that has closed the pipe gets no error and no stack trace", async () => {
    const child = spawn(process.execPath, [BIN, "schema"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // Closed before the child writes anything: its first write meets EPIPE.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it.runIf(existsSync("/dev/full"))("a write that fails (/dev/full) exits 2 with one line", () => {
    const full = openSync("/dev/full", "w");
    try {
      const run = spawnSync(process.execPath, [BIN, "schema"], { cwd: ROOT, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("ENOSPC")]);
    } finally {
      closeSync(full);
    }
  });
});
