/** `report import` from the command line: outputs, notes, --check, refusing to overwrite, exit codes. */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateSource } from "../src/core/validate.js";
import { ROOT, runBinary, runInProcess, scratchProject } from "./helpers/cli.js";

const FIXTURES = join(ROOT, "tests/fixtures/import");
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = scratchProject(false));
  copyFileSync(join(FIXTURES, "txt-full-width/report.txt"), join(dir, "2022.txt"));
  copyFileSync(join(FIXTURES, "docx-libreoffice/report.docx"), join(dir, "2022.docx"));
});
afterEach(() => cleanup());

const run = (args: string[], env?: Record<string, string>) => runInProcess(["import", ...args], { cwd: dir, env });

describe("report import <file>", () => {
  it("prints the YAML on stdout and its notes on stderr", async () => {
    const result = await run(["2022.txt"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/report.schema.json");
    expect(result.stdout).toContain("organization: 青山县农业农村局");
    expect(result.stderr).toMatch(/^note: dropped web page line: 首页 > 政务公开/m);
    expect(result.stderr).toMatch(/^note: dropped web page line: 发布时间：2023-01-05/m);
    expect(validateSource({ file: "x.yaml", text: result.stdout }, "en").report).toBeDefined();
  });

  it("writes -o atomically and never overwrites without --force", async () => {
    const first = await run(["2022.docx", "-o", "data/2022.yaml"]);
    expect(first).toMatchObject({ code: 0, stdout: "wrote data/2022.yaml\n" });
    const written = readFileSync(join(dir, "data/2022.yaml"), "utf8");
    expect(validateSource({ file: "data/2022.yaml", text: written }, "en").report).toMatchObject({ organization: "江口县市场监督管理局" });
    expect(readdirSync(join(dir, "data"))).toEqual(["2022.yaml"]); // no temporary file left

    writeFileSync(join(dir, "data/2022.yaml"), "# my edits\n");
    const refused = await run(["2022.txt", "-o", "data/2022.yaml"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("error: data/2022.yaml already exists; not overwriting it");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(join(dir, "data/2022.yaml"), "utf8")).toBe("# my edits\n");

    const forced = await run(["2022.txt", "-o", "data/2022.yaml", "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "data/2022.yaml"), "utf8")).toContain("青山县农业农村局");
  });

  it("says it in Chinese with --lang zh", async () => {
    writeFileSync(join(dir, "taken.yaml"), "x: 1\n");
    const result = await run(["2022.txt", "-o", "taken.yaml", "--lang", "zh"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("错误: taken.yaml 已存在，不会覆盖");
  });

  it("--check prints the round-trip score instead of the YAML", async () => {
    const result = await run(["2022.docx", "--check"]);
    expect(result.code).toBe(0);
    // Since issue 18 the structure is measured too, on a second line.
    expect(result.stdout).toMatch(/^round trip: 100\.0% of the original text comes back in order \(\d+ of \d+ characters\)\nstructure: .* original 4\/9\/5\/0, 0; rebuilt 4\/9\/5\/0, 0\n$/);
  });

  it("--check with -o writes the file and prints the score", async () => {
    const result = await run(["2022.txt", "--check", "-o", "2022.yaml"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote 2022\.yaml\nround trip: \d+\.\d% /);
    expect(existsSync(join(dir, "2022.yaml"))).toBe(true);
  });

  it("--check below 98% exits 1: text that has no place in the data (a table) costs score", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `| 第${i + 1}季度重点项目推进情况 | 已完成前期工作和主体工程招标 |`).join("\n");
    writeFileSync(
      join(dir, "with-table.md"),
      `# 某县统计局2022年工作总结及2023年工作计划\n\n## 一、2022年工作开展情况\n\n完成各项统计调查任务。\n\n| 项目 | 进展 |\n| --- | --- |\n${rows}\n\n## 二、存在的问题\n\n基层统计力量薄弱。\n\n## 三、2023年工作计划\n\n做好经济普查准备。\n`,
    );
    const result = await run(["with-table.md", "--check"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^round trip: \d+\.\d% /);
    // Issue 18: the table is said in a note and kept row by row.
    expect(result.stderr).toContain("note: a table of 13 rows (项目 | 进展) is not the key-figures table");
    expect(result.stderr).toContain("not placed (kept as a comment at the end of the YAML): | 第1季度重点项目推进情况 |");
    expect(result.stderr).toContain("below the 98% bar");
    // Still nothing silently dropped: the table is in the YAML as a comment.
    const yaml = (await run(["with-table.md"])).stdout;
    expect(yaml).toMatch(/^# \| 项目 \| 进展 \|\n# \| 第1季度/m);
  });

  it("exits 1 when the imported data does not validate, and still prints it for fixing", async () => {
    writeFileSync(join(dir, "old.txt"), "某县水利局1900年工作总结及1901年工作计划\n一、工作开展情况\n完成任务。\n二、存在的问题\n不足。\n三、工作计划\n继续努力。\n");
    const result = await run(["old.txt"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("year: 1900");
    expect(result.stderr).toMatch(/^\(imported YAML\):\d+:\d+ error .*1949/m);
    expect(result.stderr).toContain("the imported data does not validate");
  });

  it.each([
    [["missing.txt"], "error: cannot read missing.txt: no such file"],
    [["report.pdf"], "error: cannot import report.pdf: expected a .docx, .md or .txt file"],
    [["old.doc"], "save it as .docx"],
    [[], "missing required argument"],
  ])("usage and I/O errors exit 2: %j", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("a .docx that is no Word document exits 2 with a plain message", async () => {
    writeFileSync(join(dir, "fake.docx"), "this is not a zip file");
    const result = await run(["fake.docx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot read fake\.docx as a Word document: /);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});

describe("report import, the built binary", () => {
  it("imports a GBK .txt end to end", () => {
    copyFileSync(join(FIXTURES, "txt-gbk/report.txt"), join(dir, "gbk.txt"));
    const result = runBinary(["import", "gbk.txt", "--check"], { cwd: dir });
    expect(result.stderr).toContain("note: decoded as GB18030 (not UTF-8)");
    expect(result.stdout).toMatch(/^round trip: 100\.0% /);
    expect(result.code).toBe(0);
  });
});
