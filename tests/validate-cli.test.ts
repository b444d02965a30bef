/**
 * `report validate` as CI runs it: default files, several files in one run, standard
 * input, --strict, languages, usage errors and the exit-code table (0/1/2).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runBinary, runInProcess, scratchProject } from "./helpers/cli.js";
import { CASES_DIR } from "./helpers/validate-cases.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => void (project = scratchProject()));
afterEach(() => project.cleanup());
const TEN = join(CASES_DIR, "ten-mistakes/2023.yaml");

describe("report validate", () => {
  it("passes the sample data: every *.yaml of data/, exit 0 (in-process and binary)", async () => {
    for (const result of [await runInProcess(["validate"], { cwd: ROOT }), runBinary(["validate"], { cwd: ROOT })]) {
      expect(result.stdout).toBe("2 files checked: no problems\n");
      expect(result.code).toBe(0);
    }
  });

  it("reports every problem of every file in one run", async () => {
    cpSync(TEN, join(project.dir, "data/2024.yaml"));
    writeFileSync(join(project.dir, "data/notes.yml"), "year: 2023\n");
    const result = await runInProcess(["validate", "--format", "json"], { cwd: project.dir });
    const report = JSON.parse(result.stdout);
    expect(report.summary).toEqual({ files: 4, errors: 12, warnings: 3 });
    const files = new Set(report.diagnostics.map((d: { file: string }) => d.file));
    expect([...files]).toEqual(["data/2024.yaml", "data/notes.yml"]);
    // The copy named 2024.yaml holds year 2023.
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: "rule/file-year", file: "data/2024.yaml", line: 2, column: 7 }));
    expect(result.code).toBe(1);
  });

  it("reads standard input for -, with no file-name year", async () => {
    const text = readFileSync(join(ROOT, "data/2023.yaml"), "utf8").replace("year: 2023", "year: 2020");
    const result = await runInProcess(["validate", "-"], { cwd: project.dir, stdin: text });
    expect(result.stdout).toContain("<stdin>:5:7 warning date 2023-12-27 lies outside 2020 and January 2021 [rule/date-range]");
    expect(result.stdout).not.toContain("rule/file-year");
    expect(result.stdout.trim().split("\n").at(-1)).toBe("1 file checked: 0 errors, 2 warnings");
    expect(result.code).toBe(0);
    const binary = runBinary(["validate", "-", "--strict"], { cwd: project.dir, stdin: text });
    expect(binary.code).toBe(1);
  });

  it("--strict turns warnings into exit 1; warnings alone exit 0", async () => {
    writeFileSync(join(project.dir, "data/2023.yaml"), readFileSync(join(project.dir, "data/2023.yaml"), "utf8").replace("title: 加强科技人才队伍建设", "title: 二、加强科技人才队伍建设"));
    expect((await runInProcess(["validate"], { cwd: project.dir })).code).toBe(0);
    expect((await runInProcess(["validate", "--strict"], { cwd: project.dir })).code).toBe(1);
  });

  it("speaks the language of LC_ALL / LC_MESSAGES / LANG, and --lang wins", async () => {
    const zh = await runInProcess(["validate", TEN], { cwd: project.dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.stdout).toContain("共检查 1 个文件：7 个错误，3 个警告");
    const lcAll = await runInProcess(["validate", TEN], { cwd: project.dir, env: { LANG: "en_US.UTF-8", LC_ALL: "zh_TW.UTF-8" } });
    expect(lcAll.stdout).toContain("不认识的键“tilte”");
    const forced = await runInProcess(["--lang", "en", "validate", TEN], { cwd: project.dir, env: { LC_ALL: "zh_CN.UTF-8" } });
    expect(forced.stdout).toContain('unknown key "tilte"');
    const bad = await runInProcess(["--lang", "fr", "validate"], { cwd: project.dir });
    expect(bad.code).toBe(2);
  });

  it("uses --data-dir, or dataDir from report.config.yaml", async () => {
    mkdirSync(join(project.dir, "years"));
    cpSync(join(ROOT, "data/2023.yaml"), join(project.dir, "years/2023.yaml"));
    expect((await runInProcess(["validate", "--data-dir", "years"], { cwd: project.dir })).stdout).toBe("1 file checked: no problems\n");
    writeFileSync(join(project.dir, "report.config.yaml"), "dataDir: years\n");
    expect((await runInProcess(["validate"], { cwd: project.dir })).stdout).toBe("1 file checked: no problems\n");
  });

  it("reports an invalid report.config.yaml with the data (exit 1)", async () => {
    writeFileSync(join(project.dir, "report.config.yaml"), "fonts: fancy\n");
    const result = await runInProcess(["validate"], { cwd: project.dir });
    expect(result.stdout).toContain("report.config.yaml:1:8 error");
    expect(result.code).toBe(1);
  });

  it("usage errors exit 2: unknown format, no data directory, no data files, unknown option", async () => {
    const format = await runInProcess(["validate", "--format", "xml"], { cwd: ROOT });
    expect(format).toMatchObject({ code: 2, stderr: 'error: unknown format "xml" (available: text, json, github)\n' });
    const empty = scratchProject(false);
    try {
      const noDir = await runInProcess(["validate"], { cwd: empty.dir });
      expect(noDir.code).toBe(2);
      expect(noDir.stderr).toContain("no data directory data");
      expect(noDir.stderr).toContain("report init");
      mkdirSync(join(empty.dir, "data"));
      const noFiles = await runInProcess(["validate"], { cwd: empty.dir });
      expect(noFiles.code).toBe(2);
      expect(noFiles.stderr).toContain("no *.yaml files in data");
    } finally {
      empty.cleanup();
    }
    expect((await runInProcess(["validate", "--frobnicate"], { cwd: ROOT })).code).toBe(2);
    expect(runBinary(["validate", "nope.yaml"], { cwd: ROOT }).code).toBe(2);
  });
});
