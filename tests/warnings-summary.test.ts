/**
 * Issue 19, item 3: build, import and diff print warnings as a summary per rule (three
 * places and a count), --verbose and `report validate` list them all, hints name the
 * command as it was run, and one `validate --fix` leaves nothing for a second.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, ROOT, runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => void (project = scratchProject()));
afterEach(() => project.cleanup());

/** Nine half-width marks in one text, and one mixed-quotes warning. */
const NINE = (year: number) => `year: ${year}
organization: 示例县科技局
date: ${year}-12-27
summary:
  items:
    - title: 加强科技人才
      body: 甲,乙;丙,丁,戊,己,庚,辛,壬,癸。
problems:
  items:
    - title: 基础薄弱
      body: 部分"设施"老化。
plan:
  items:
    - title: 稳定生产
      body: 落实责任制。
`;
const write = (year: number, text = NINE(year)) => writeFileSync(join(project.dir, `data/${year}.yaml`), text);
const count = (text: string, code: string) => text.split("\n").filter((l) => l.includes(`[${code}]`)).length;

describe("warnings summed up per rule", () => {
  it("build: three places and one line with the count, the fix and how to list them all (en, zh)", () => {
    write(2023);
    const en = runBinary(["build", "2023"], { cwd: project.dir });
    expect(en.code).toBe(0);
    expect(count(en.stderr, "rule/half-width-punctuation")).toBe(3);
    expect(en.stderr).toContain("  … 9 half-width punctuation marks in all (6 more not listed; report validate --fix corrects them; --verbose or report validate lists them all)\n");
    expect(count(en.stderr, "rule/mixed-quotes")).toBe(1);
    const zh = runBinary(["build", "2023"], { cwd: project.dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.stderr).toContain("  … 共 9 处半角标点（另有 6 处未列出，可运行 report validate --fix 自动修正；加 --verbose 或运行 report validate 可列出全部）\n");
  });

  it("build --verbose and validate list every one", () => {
    write(2023);
    expect(count(runBinary(["build", "2023", "--verbose"], { cwd: project.dir }).stderr, "rule/half-width-punctuation")).toBe(9);
    expect(count(runBinary(["validate", "data/2023.yaml"], { cwd: project.dir }).stdout, "rule/half-width-punctuation")).toBe(9);
  });

  it("diff sums up the warnings of both years, per rule across the files", () => {
    write(2022);
    write(2023);
    const result = runBinary(["diff", "2022", "2023"], { cwd: project.dir });
    expect(count(result.stderr, "rule/half-width-punctuation")).toBe(3);
    expect(result.stderr).toContain("… 18 half-width punctuation marks in all (15 more not listed;");
    const zh = runBinary(["diff", "2022", "2023", "--verbose", "--lang", "zh"], { cwd: project.dir });
    expect(count(zh.stderr, "rule/half-width-punctuation")).toBe(18);
  });
});

describe("import sums up too", () => {
  it("an imported report with half-width punctuation: three places and the count; --verbose all (en, zh)", () => {
    const md = join(ROOT, "tests/fixtures/import/md-half-width/report.md");
    const en = runBinary(["import", md, "-o", "data/2021.yaml"], { cwd: project.dir });
    expect(count(en.stderr, "rule/half-width-punctuation")).toBe(3);
    expect(en.stderr).toMatch(/… \d+ half-width punctuation marks in all \(\d+ more not listed; report validate --fix corrects them;/);
    const zh = runBinary(["import", md, "-o", "data/2020.yaml", "--verbose", "--lang", "zh"], { cwd: project.dir });
    expect(count(zh.stderr, "rule/half-width-punctuation")).toBeGreaterThan(3);
    expect(zh.stderr).not.toContain("未列出");
  });
});

describe("hints name the command as it was run", () => {
  it("node bin/report.js …: hints and the summary say so; report …: they say report (en, zh)", () => {
    write(2023);
    const script = relative(project.dir, BIN);
    const asNode = runBinary(["build", "2023"], { cwd: project.dir, script: BIN });
    expect(asNode.stderr).toContain(`hint: use "，" (node ${script} validate --fix does it)`);
    expect(asNode.stderr).toContain(`node ${script} validate --fix corrects them`);
    const zh = runBinary(["validate", "--lang", "zh"], { cwd: project.dir, script: BIN });
    expect(zh.stdout).toContain(`（node ${script} validate --fix 可自动处理）`);
    expect(runBinary(["validate"], { cwd: project.dir }).stdout).toContain('hint: use "，" (report validate --fix does it)');
  });

  it("usage hints and init's next step say it the same way (en, zh)", () => {
    const empty = scratchProject(false);
    try {
      const script = relative(empty.dir, BIN);
      expect(runBinary(["validate"], { cwd: empty.dir, script: BIN }).stderr).toContain(`start a project with node ${script} init`);
      expect(runBinary(["validate"], { cwd: empty.dir }).stderr).toContain("start a project with report init");
      const init = runBinary(["init", "x", "--year", "2024", "--lang", "zh"], { cwd: empty.dir, script: BIN });
      expect(init.stdout).toContain(`然后运行 node ${script} validate 检查、node ${script} build 生成报告`);
    } finally {
      empty.cleanup();
    }
  });

  it("json output keeps the documented `report` form", () => {
    write(2023);
    const json = runBinary(["validate", "--format", "json"], { cwd: project.dir, script: BIN });
    expect(json.stdout).toContain("(report validate --fix does it)");
  });
});

describe("validate --fix reaches its fixed point in one run", () => {
  it("a second run changes nothing, and the file validates clean of fixable warnings (built binary)", () => {
    write(2023, NINE(2023).replace("加强科技人才", "一、(一)加强科技,人才").replace("部分\"设施\"老化。", "中,(注)文"));
    const first = runBinary(["validate", "data/2023.yaml", "--fix"], { cwd: project.dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("no problems");
    const fixed = readFileSync(join(project.dir, "data/2023.yaml"), "utf8");
    expect(fixed).toContain("title: 加强科技，人才");
    expect(fixed).toContain("body: 中，（注）文");
    const second = runBinary(["validate", "data/2023.yaml", "--fix", "--lang", "zh"], { cwd: project.dir });
    expect(second.stderr).toBe("");
    expect(readFileSync(join(project.dir, "data/2023.yaml"), "utf8")).toBe(fixed);
  });
});
