/**
 * Issue 19, item 8: a file open in Word or WPS (EPERM or EBUSY when it is replaced) gets
 * a hint saying so; every write error is one line and exit 2, /dev/full included. The
 * lock is played by an immutable file (chattr +i, as root), which refuses with EPERM.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeError } from "../src/cli/fs-errors.js";
import { linkedBin, runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
let locked: string[] = [];
beforeEach(() => void (project = scratchProject()));
afterEach(() => {
  for (const file of locked) spawnSync("chattr", ["-i", file]);
  locked = [];
  project.cleanup();
});

const lock = (file: string) => {
  locked.push(file);
  return spawnSync("chattr", ["+i", file]).status === 0;
};
const canLock = process.getuid?.() === 0 && spawnSync("chattr", ["--help"]).error === undefined;
const STACK = /\n\s+at .+:\d+:\d+/;

describe("a file open in Word or WPS", () => {
  it.runIf(canLock)("build: out/2023.docx cannot be replaced → one line, the hint, exit 2 (en, zh)", () => {
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    if (!lock(join(project.dir, "out/2023.docx"))) return;
    const en = runBinary(["build", "2023"], { cwd: project.dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("error: cannot write out/2023.docx: EPERM (operation not permitted)\n  hint: out/2023.docx may be open in Word or WPS: close it and run the command again\n");
    const zh = runBinary(["build", "2023", "--lang", "zh"], { cwd: project.dir });
    expect(zh.stderr).toContain("out/2023.docx 可能正在 Word 或 WPS 中打开，请关闭后重试");
    expect(zh.stderr).not.toMatch(STACK);
  });

  it.runIf(canLock)("validate --fix on a locked data file says the same", () => {
    const file = join(project.dir, "data/2023.yaml");
    spawnSync("sed", ["-i", "s/实施企业创新能力提升行动/实施企业创新,能力提升行动/", file]);
    if (!lock(file)) return;
    const result = runBinary(["validate", "data/2023.yaml", "--fix"], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("data/2023.yaml may be open in Word or WPS");
  });

  it("EBUSY gets the hint too; other write errors do not", () => {
    const busy = Object.assign(new Error("EBUSY: resource busy or locked, rename"), { code: "EBUSY" });
    expect(writeError(busy, "out/2024.docx", "zh").hint).toBe("out/2024.docx 可能正在 Word 或 WPS 中打开，请关闭后重试");
    const full = Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    expect(writeError(full, "out/2024.docx", "en").hint).toBeUndefined();
  });
});

describe("standard output that cannot be written", () => {
  it.runIf(existsSync("/dev/full"))("report schema > /dev/full: one line, exit 2, no stack (en, zh)", () => {
    for (const [env, text] of [
      [{ LANG: "en_US.UTF-8" }, "report: cannot write the output (ENOSPC)\n"],
      [{ LANG: "zh_CN.UTF-8" }, "report：无法写出输出 (ENOSPC)\n"],
    ] as const) {
      const full = openSync("/dev/full", "w");
      const result = spawnSync(process.execPath, [linkedBin(), "schema"], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      closeSync(full);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(text);
    }
  });
});
