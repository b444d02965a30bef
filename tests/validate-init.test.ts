/**
 * `report init [dir]`: a config-free project — data/<this year>.yaml with the
 * yaml-language-server schema line, commented, valid — and the schema it points at.
 * Never overwrites a file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInit } from "../src/cli/commands/init.js";
import { schemaText } from "../src/cli/commands/schema.js";
import { colorsFor } from "../src/cli/colors.js";
import type { CommandContext } from "../src/cli/context.js";
import { ExitError } from "../src/cli/exit-codes.js";
import { runBinary, runInProcess } from "./helpers/cli.js";

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "report-init-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function context(cwd: string): { ctx: CommandContext; out: () => string } {
  let out = "";
  const ctx: CommandContext = {
    io: { stdout: (t) => void (out += t), stderr: () => {}, env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false, readStdin: async () => "" },
    lang: "en",
    colors: colorsFor(false, {}),
    debug: false,
  };
  return { ctx, out: () => out };
}

describe("report init", () => {
  it("writes data/<this year>.yaml from the clock, with a schema line that resolves to the schema it writes", async () => {
    const { ctx, out } = context(dir);
    expect(await runInit("proj", {}, ctx, () => new Date("2031-06-15T12:00:00Z"))).toBe(0);
    const data = join(dir, "proj/data/2031.yaml");
    const text = readFileSync(data, "utf8");
    const [first] = text.split("\n");
    expect(first).toBe("# yaml-language-server: $schema=../schema/report.schema.json");
    const schemaPath = resolve(dirname(data), first.split("$schema=")[1]);
    expect(readFileSync(schemaPath, "utf8")).toBe(schemaText());
    expect(text).toMatch(/^year: 2031 /m);
    expect(text.split("\n").filter((l) => l.trimStart().startsWith("#")).length).toBeGreaterThan(10);
    expect(out()).toContain("created proj/data/2031.yaml");
  });

  it("gives a file that validates with no diagnostics at all (exit 0), and builds", async () => {
    const init = await runInProcess(["init", "--year", "2031"], { cwd: dir });
    expect(init.code).toBe(0);
    const result = await runInProcess(["validate", "--format", "json"], { cwd: dir });
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, summary: { files: 1, errors: 0, warnings: 0 }, diagnostics: [] });
    expect(result.code).toBe(0);
    const strict = await runInProcess(["validate", "--strict"], { cwd: dir });
    expect(strict.code).toBe(0);
    const build = await runInProcess(["build", "2031", "--format", "md"], { cwd: dir });
    expect(build.code).toBe(0);
    expect(readFileSync(join(dir, "out/2031.md"), "utf8")).toContain("示例单位2031年工作总结及2032年工作计划");
  });

  it("never overwrites: an existing file is left as it is", async () => {
    await runInProcess(["init", "--year", "2031"], { cwd: dir });
    writeFileSync(join(dir, "data/2031.yaml"), "# mine\n");
    const again = await runInProcess(["init", "--year", "2031"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, "data/2031.yaml"), "utf8")).toBe("# mine\n");
    expect(again.stdout).toContain("data/2031.yaml already exists; left unchanged");
  });

  it("rejects a bad --year and a directory that is a file (exit 2)", async () => {
    const bad = await runInProcess(["init", "--year", "23"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"23" is not a year');
    writeFileSync(join(dir, "file"), "");
    const notDir = await runInProcess(["init", "file"], { cwd: dir });
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toContain("file exists and is not a directory");
    await expect(runInit("file", {}, context(dir).ctx)).rejects.toBeInstanceOf(ExitError);
  });

  it("speaks Chinese, and the built binary scaffolds this year's file", () => {
    const result = runBinary(["init", "p"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(result.code).toBe(0);
    const year = new Date().getFullYear();
    expect(result.stdout).toContain(`已创建 p/data/${year}.yaml`);
    expect(existsSync(join(dir, "p/schema/report.schema.json"))).toBe(true);
    expect(runBinary(["validate"], { cwd: join(dir, "p") }).code).toBe(0);
  });
});
