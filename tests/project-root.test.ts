/**
 * Issue 19, item 6: the project's root is found from a subdirectory (the folder with
 * data/, or with report.config.yaml/.yml); validate takes folders and globs; GitHub
 * annotations name files from GITHUB_WORKSPACE.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => void (project = scratchProject()));
afterEach(() => project.cleanup());
const ZH = { LANG: "zh_CN.UTF-8" };

describe("the project root, from below", () => {
  it("cd data && report validate checks the project's data (en, zh)", () => {
    const cwd = join(project.dir, "data");
    expect(runBinary(["validate"], { cwd })).toMatchObject({ code: 0, stdout: "2 files checked: no problems\n" });
    expect(runBinary(["validate"], { cwd, env: ZH })).toMatchObject({ code: 0, stdout: "共检查 2 个文件：未发现问题\n" });
  });

  it("report build from a subfolder writes to the project's out/, and says where (en, zh)", () => {
    const cwd = join(project.dir, "notes/drafts");
    mkdirSync(cwd, { recursive: true });
    const en = runBinary(["build", "2023", "--format", "md"], { cwd });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("wrote ../../out/2023.md");
    expect(existsSync(join(project.dir, "out/2023.md"))).toBe(true);
    expect(runBinary(["build", "2023", "--format", "md"], { cwd, env: ZH }).stdout).toContain("已生成 ../../out/2023.md");
  });

  it("a config in a parent folder (report.config.yml too) is the root: its dataDir counts from there", () => {
    mkdirSync(join(project.dir, "years"));
    writeFileSync(join(project.dir, "years/2023.yaml"), "year: 2023\n");
    writeFileSync(join(project.dir, "report.config.yml"), "dataDir: years\n", { mode: 0o644 });
    mkdirSync(join(project.dir, "sub"));
    const result = runBinary(["validate"], { cwd: join(project.dir, "sub") });
    expect(result.stdout).toContain("../years/2023.yaml");
    expect(result.code).toBe(1);
  });
});

describe("validate takes folders and globs", () => {
  it("a folder, a quoted glob and a file name give the same files (en, zh)", () => {
    for (const args of [["data/"], ["data"], ["data/*.yaml"], ["data/2022.yaml", "data/2023.yaml"]]) {
      expect(runBinary(["validate", ...args], { cwd: project.dir }).stdout, args.join(" ")).toBe("2 files checked: no problems\n");
    }
    expect(runBinary(["validate", "data/*.yaml"], { cwd: project.dir, env: ZH }).stdout).toBe("共检查 2 个文件：未发现问题\n");
  });

  it("a glob that matches nothing, or a folder without data files, is a usage error (exit 2, en, zh)", () => {
    mkdirSync(join(project.dir, "empty"));
    expect(runBinary(["validate", "nope/*.yaml"], { cwd: project.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining("no file matches nope/*.yaml") });
    expect(runBinary(["validate", "nope/*.yaml"], { cwd: project.dir, env: ZH }).stderr).toContain("没有与 nope/*.yaml 匹配的文件");
    expect(runBinary(["validate", "empty"], { cwd: project.dir }).code).toBe(2);
  });
});

describe("GitHub annotations", () => {
  it("name files from GITHUB_WORKSPACE under a workflow's working-directory", () => {
    writeFileSync(join(project.dir, "data/2023.yaml"), "year: 2023\n");
    const repo = join(project.dir, "..");
    const result = runBinary(["validate", "--format", "github"], { cwd: project.dir, env: { GITHUB_WORKSPACE: repo } });
    const name = project.dir.split("/").at(-1);
    expect(result.stdout).toContain(`::error file=${name}/data/2023.yaml,line=`);
    const without = runBinary(["validate", "--format", "github"], { cwd: project.dir });
    expect(without.stdout).toContain("::error file=data/2023.yaml,line=");
  });
});
