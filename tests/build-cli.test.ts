/** `report build` from the command line: outputs, messages, exit codes, no partial files. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, runInProcess, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => cleanup());

const build = (args: string[], env?: Record<string, string>) => runInProcess(["build", ...args], { cwd: dir, env });

/** Every .docx the builds here write, validated against the ECMA-376 schemas in one run at the end. */
const built: { label: string; bytes: Uint8Array }[] = [];
const keepDocx = (path: string) => built.push({ label: `${expect.getState().currentTestName}: ${path}`, bytes: readFileSync(join(dir, path)) });
afterAll(async () => expect(await docxSchemaProblems(built)).toEqual([]));

describe("report build <year>", () => {
  it("writes out/<year>.docx and out/<year>.md and says so", async () => {
    const result = await build(["2023"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    // Since issue 19 a build first says what it used (config, template, fonts).
    expect(result.stdout).toMatch(/^no config file · template: built-in · fonts: official \(.*\)\nwrote out\/2023\.docx \(\d+\.\d KB\)\nwrote out\/2023\.md \(\d+\.\d KB\)\n$/);
    expect(readFileSync(join(dir, "out/2023.docx")).subarray(0, 2).toString()).toBe("PK");
    keepDocx("out/2023.docx");
    expect(readFileSync(join(dir, "out/2023.md"), "utf8")).toMatch(/^# 云溪县科学技术局2023年工作总结及2024年工作计划\n/);
  });

  it("takes --data, --out-dir and --format", async () => {
    const result = await build(["2022", "--data", "data/2022.yaml", "--out-dir", "public/reports", "--format", "md"]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, "public/reports"))).toEqual(["2022.md"]);
  });

  it("takes --data-dir", async () => {
    mkdirSync(join(dir, "years"));
    writeFileSync(join(dir, "years/2022.yaml"), readFileSync(join(dir, "data/2022.yaml")));
    expect((await build(["2022", "--data-dir", "years", "--format", "md"])).code).toBe(0);
  });

  it("gives byte-identical files for identical input", async () => {
    await build(["2023", "--out-dir", "a"]);
    await build(["2023", "--out-dir", "b"]);
    for (const name of ["2023.docx", "2023.md"]) {
      expect(readFileSync(join(dir, "a", name)).equals(readFileSync(join(dir, "b", name)))).toBe(true);
    }
    keepDocx("a/2023.docx");
  });

  it("reads settings from report.config.yaml found above the working directory", async () => {
    writeFileSync(join(dir, "report.config.yaml"), 'ordinals:\n  level3: "1、"\noutDir: site\n');
    mkdirSync(join(dir, "sub"));
    const result = await runInProcess(["build", "2022", "--data", "../data/2022.yaml", "--format", "md"], { cwd: join(dir, "sub") });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "site/2022.md"), "utf8")).toContain("#### 1、高新技术企业培育");
  });
});

describe("report build failures", () => {
  it("refuses invalid data: exit 1, file:line:column, nothing written", async () => {
    writeFileSync(join(dir, "data/2022.yaml"), readFileSync(join(dir, "data/2022.yaml"), "utf8").replace("  items:\n    - id: innovation-firms", "  itmes:\n    - id: innovation-firms"));
    const result = await build(["2022"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('data/2022.yaml:19:3 error unknown key "itmes" [schema/unknown-key]');
    expect(result.stderr).toContain('did you mean "items"?');
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses a YAML syntax error with its position", async () => {
    writeFileSync(join(dir, "data/2022.yaml"), "year: 2022\norganization: [示例\n");
    const result = await build(["2022"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/data\/2022\.yaml:3:1 error YAML syntax error/);
  });

  it("a missing data file is an I/O error: exit 2 with a hint", async () => {
    const result = await build(["2031"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("cannot read data/2031.yaml: no such file");
    expect(result.stderr).toContain("hint:");
  });

  it("an unwritable output directory is an I/O error: exit 2, no stack trace", async () => {
    writeFileSync(join(dir, "blocker"), "a file where a directory should be");
    const result = await build(["2022", "--out-dir", "blocker/out"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write blocker\/out\/2022\.docx: ENOTDIR/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("never clobbers the previous good output when a build fails", async () => {
    await build(["2022"]);
    keepDocx("out/2022.docx");
    const before = readFileSync(join(dir, "out/2022.docx"));
    writeFileSync(join(dir, "data/2022.yaml"), "year: 2022\n");
    expect((await build(["2022"])).code).toBe(1);
    expect(readFileSync(join(dir, "out/2022.docx")).equals(before)).toBe(true);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["2022.docx", "2022.md"]);
  });

  it.each([
    [["build"], /missing required argument 'year'/],
    [["build", "20x"], /"20x" is not a year/],
    [["build", "2022", "--format", "html"], /unknown format "html"/],
    [["build", "2022", "--bogus"], /unknown option '--bogus'/],
    [["--lang", "fr", "build", "2022"], /--lang must be zh or en/],
  ])("usage error %j: exit 2", async (args, message) => {
    const result = await runInProcess(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("answers in Chinese under a Chinese locale", async () => {
    const result = await runInProcess(["build", "2031"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(result.stderr).toContain("无法读取 data/2031.yaml：文件不存在");
  });
});

describe("the built binary", () => {
  it("builds the sample from a fresh folder", () => {
    const result = runBinary(["build", "2022"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wrote out/2022.docx");
    expect(existsSync(join(dir, "out/2022.md"))).toBe(true);
    keepDocx("out/2022.docx");
  });

  it("exits 1 on invalid data and 2 on a missing file", () => {
    writeFileSync(join(dir, "data/2022.yaml"), "year: 2022\n");
    expect(runBinary(["build", "2022"], { cwd: dir }).code).toBe(1);
    expect(runBinary(["build", "2040"], { cwd: dir }).code).toBe(2);
  });

  it("says what is wrong in report.config.yaml, and where, and builds nothing", () => {
    const cases: Array<[string, string]> = [
      ["fonts: fancy\n", 'report.config.yaml:1:8 error expected "official" / "plain" or object, got string "fancy" [schema/invalid-type]'],
      ["fonts:\n  preset: fancy\n", 'report.config.yaml:2:11 error invalid value "fancy": expected one of official / plain [schema/invalid-value]'],
      ["fonts:\n  titleBold: yes\n", 'report.config.yaml:2:14 error expected boolean, got string "yes" [schema/invalid-type]'],
    ];
    for (const [config, error] of cases) {
      writeFileSync(join(dir, "report.config.yaml"), config);
      const result = runBinary(["--lang", "en", "build", "2022"], { cwd: dir });
      expect(result.code, config).toBe(1);
      expect(result.stderr).toContain(error);
      expect(existsSync(join(dir, "out")), config).toBe(false);
    }
  });
});

