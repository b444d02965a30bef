/**
 * Issue 18: a half-year report keeps its period (data-format.md, "Half-year reports").
 * `period: first-half` titles the report 上半年…下半年, names the files 2024-h1, compares
 * with the same half a year before; validate names a bad value with its line and column;
 * new and diff go from half to half; import reads the period from the title and the build
 * of what it wrote says 上半年/下半年. Through the built binary; every .docx built here
 * must pass the ECMA-376 schemas.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const FIXTURE = join(ROOT, "tests/fixtures/period");
const CORPUS_HALF_YEAR = join(ROOT, "tests/fixtures/import/corpus/half-year/report.txt");

/** Every .docx built in this file, checked against the schemas at the end. */
const packages: Array<{ label: string; bytes: Uint8Array }> = [];
afterAll(async () => expect(await docxSchemaProblems(packages)).toEqual([]), 120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "work-report-period-"));
  cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], lang: "en" | "zh" = "en") => runBinary([...args, "--lang", lang], { cwd: dir });
const read = (path: string) => readFileSync(join(dir, path), "utf8");
const write = (path: string, text: string) => writeFileSync(join(dir, path), text);

/** The text of the .docx's body, paragraph by paragraph, and the package kept for the schema check. */
function docxParagraphs(path: string): string[] {
  const bytes = new Uint8Array(readFileSync(join(dir, path)));
  packages.push({ label: path, bytes });
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
}

const SECOND_HALF = `year: 2024
period: second-half
organization: 某县发展和改革局
date: 2024-12-28
metrics:
  - { id: new_projects, label: 新开工项目, value: 20, unit: 个, target: 17 }
summary:
  items:
    - id: speed-up
      title: 加快项目建设进度
      body: 下半年新开工项目20个。
problems:
  items:
    - id: reserve
      title: 项目储备仍然不足
      body: 前期工作深度不够。
plan:
  items:
    - title: 谋划明年重点项目
`;

describe("build: a first half", () => {
  it("titles it 上半年…下半年 and heads its parts 上半年工作开展情况 / 下半年工作打算, in the .md and the .docx", () => {
    const result = run(["build", "2024-h1"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("wrote out/2024-h1.docx");
    const md = read("out/2024-h1.md");
    expect(md).toMatch(/^# 某县发展和改革局2024年上半年工作总结及下半年工作计划\n/);
    expect(md).toContain("## 一、上半年工作开展情况\n");
    expect(md).toContain("## 三、下半年工作打算\n");
    expect(md).not.toMatch(/2024年工作打算|2025年工作计划|2024年工作开展情况/);

    const paragraphs = docxParagraphs("out/2024-h1.docx");
    expect(paragraphs[0]).toBe("某县发展和改革局2024年上半年工作总结及下半年工作计划");
    expect(paragraphs).toContain("一、上半年工作开展情况");
    expect(paragraphs).toContain("三、下半年工作打算");
    expect(paragraphs).toContain("表1　2024年上半年主要指标完成情况");
  });

  it("sets its figures against the same half a year before (上年同期), whose plan sets no targets", () => {
    expect(run(["build", "2024-h1", "--format", "md"]).code).toBe(0);
    const md = read("out/2024-h1.md");
    expect(md).toContain("| 指标 | 单位 | 本期 | 上年同期 | 同比增长 | 目标 | 完成情况 |");
    // 15 from data/2023-h1.yaml; its plan's 30 was for the second half of 2023, not a target here.
    expect(md).toContain("| 新开工项目 | 个 | 18 | 15 | 20.0% | — | — |");
  });

  it("a second half: 下半年工作总结及2025年工作计划, the plan 2025年工作打算", () => {
    write("data/2024-h2.yaml", SECOND_HALF);
    const result = run(["build", "2024-h2"]);
    expect(result.code, result.stderr).toBe(0);
    const md = read("out/2024-h2.md");
    expect(md).toMatch(/^# 某县发展和改革局2024年下半年工作总结及2025年工作计划\n/);
    expect(md).toContain("## 一、下半年工作开展情况\n");
    expect(md).toContain("## 三、2025年工作打算\n");
    expect(docxParagraphs("out/2024-h2.docx")[0]).toBe("某县发展和改革局2024年下半年工作总结及2025年工作计划");
  });

  it("a template of one's own gets period, periodLabel and planPeriodLabel", () => {
    write("mine.md.hbs", "# {{organization}}{{periodLabel}}工作总结及{{planPeriodLabel}}工作计划\n\n{{period}}\n\n{{#with (outline this)}}{{periodLabel}}/{{planPeriodLabel}}{{/with}}\n");
    expect(run(["build", "2024-h1", "--template", "mine.md.hbs", "--format", "md"]).code).toBe(0);
    expect(read("out/2024-h1.md")).toBe("# 某县发展和改革局2024年上半年工作总结及下半年工作计划\n\nfirst-half\n\n2024年上半年/下半年\n");
  });

  it("a bad period argument is a usage error that says how a half is written", () => {
    const result = run(["build", "2024-h3"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"2024-h3" is not a year');
    expect(result.stderr).toContain("2024-h1 (first half) or 2024-h2 (second half)");
  });
});

describe("validate: period", () => {
  const bad = () => write("data/2024-h1.yaml", read("data/2024-h1.yaml").replace("period: first-half", "period: 上半年"));

  it("a bad value is an error at its line and column, with the three values in Chinese", () => {
    bad();
    const result = run(["validate", "data/2024-h1.yaml"], "zh");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("data/2024-h1.yaml:3:9");
    expect(result.stdout).toContain("取值 \"上半年\" 无效：应为 year / first-half / second-half 之一");
    expect(result.stdout).toContain("可写 year（全年，默认）、first-half（上半年，计划为下半年）或 second-half（下半年，计划为下一年）");
  });

  it("and in English", () => {
    bad();
    const result = run(["validate", "data/2024-h1.yaml", "--format", "json"]);
    expect(result.code).toBe(1);
    const [d] = JSON.parse(result.stdout).diagnostics;
    expect(d).toMatchObject({ code: "schema/invalid-value", line: 3, column: 9, path: ["period"], expected: "year / first-half / second-half" });
    expect(d.message).toBe('invalid value "上半年": expected one of year / first-half / second-half');
    expect(d.hint).toMatch(/^year \(the whole year, the default\), first-half/);
  });

  it("a file named for one half holding the other is an error (rule/file-period)", () => {
    write("data/2024-h1.yaml", read("data/2024-h1.yaml").replace("period: first-half", "period: second-half"));
    const result = run(["validate", "data/2024-h1.yaml", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string; line: number }) => `${d.line} ${d.code}`)).toContain("3 rule/file-period");
  });

  it("a first half dated in December is a warning; in July it is not", () => {
    expect(JSON.parse(run(["validate", "data/2024-h1.yaml", "--format", "json"]).stdout).diagnostics).toEqual([]);
    write("data/2024-h1.yaml", read("data/2024-h1.yaml").replace("date: 2024-07-10", "date: 2024-12-27"));
    const result = run(["validate", "data/2024-h1.yaml"], "zh");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("日期 2024-12-27 不在2024年上半年总结通常的落款时间（2024-06-01 至 2024-08-31）内");
  });

  it("compares the figures with the same half a year before (rule/metric-change)", () => {
    write("data/2023-h1.yaml", read("data/2023-h1.yaml").replace("value: 15", "value: 5"));
    // 18 against 5 (+260%); data/2023.yaml, absent here, is not what a half compares with.
    const result = run(["validate", "data/2024-h1.yaml", "--format", "json"]);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["rule/metric-change"]);
  });
});

describe("new: from half to half", () => {
  it("report new 2024-h2 starts from 2024-h1: its 下半年 plan as the summary, targets kept, no previous", () => {
    const result = run(["new", "2024-h2"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("wrote data/2024-h2.yaml (from data/2024-h1.yaml)");
    // A second half's plan is for the next year.
    expect(result.stdout).toContain("the problems and the plan for 2025\n");
    const text = read("data/2024-h2.yaml");
    const data = parse(text);
    expect(data).toMatchObject({ year: 2024, period: "second-half", organization: "某县发展和改革局" });
    expect(data.metrics[0]).toEqual({ id: "new_projects", label: "新开工项目", value: null, unit: "个", target: 35 });
    expect(data.summary.items).toEqual([
      { id: "speed-up", title: "加快项目建设进度" },
      { id: "reserve-more", title: "做好项目储备" },
    ]);
    expect(text).toContain("# 2024年下半年计划（2024年上半年报告制定）的重点工作");
    expect(text).toContain("# 2025年工作打算。");
  });

  it("a first half with no second half before it starts from last year's report", () => {
    const { dir: sample, cleanup } = scratchProject();
    try {
      const result = runBinary(["new", "2024-h1", "--lang", "en"], { cwd: sample });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain("wrote data/2024-h1.yaml (from data/2023.yaml)");
      expect(result.stdout).toContain("the problems and the plan for the second half\n");
      const zhFirst = runBinary(["new", "2023-h1", "--lang", "zh"], { cwd: sample }); // from data/2022.yaml
      expect(zhFirst.stdout, zhFirst.stderr).toContain("存在的问题和下半年工作计划\n");
      const data = parse(readFileSync(join(sample, "data/2024-h1.yaml"), "utf8"));
      expect(data.period).toBe("first-half");
      // "2023年主要工作及成效" names a year: the first half's own default heading is used instead.
      expect(data.summary.heading).toBeUndefined();
      expect(data.metrics[0]).toEqual({ id: "rd_spending", label: "全社会研发经费支出", value: null, unit: "亿元", target: 3, note: "统计年报口径" });
    } finally {
      cleanup();
    }
  });
});

describe("diff: halves", () => {
  it("says when the two periods differ, and labels each side with its half", () => {
    write("data/2024-h2.yaml", SECOND_HALF);
    const text = run(["diff", "2024-h2", "--no-color"], "zh");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^2024年上半年与2024年下半年对比/);
    expect(text.stdout).toContain("注：两份报告的时段不同（2024年上半年、2024年下半年），指标的增减不是同比");
    expect(text.stdout).toContain("计划落实情况（2024年上半年计划 → 2024年下半年总结）");
    // Two halves in a row are not "two years running".
    expect(text.stdout).toContain("连续两次提出的问题");
    expect(text.stdout).not.toContain("连续两年");
    const json = JSON.parse(run(["diff", "2024-h1", "2024-h2", "--format", "json"]).stdout);
    expect(json.a).toEqual({ file: "data/2024-h1.yaml", year: 2024, period: "first-half", organization: "某县发展和改革局" });
    expect(json.b.period).toBe("second-half");
  });

  it("two first halves compare without the note, and the earlier one's plan sets no target for the later", () => {
    const result = run(["diff", "2023-h1", "2024-h1", "--format", "md"], "zh");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# 2023年上半年与2024年上半年对比/);
    expect(result.stdout).not.toContain("时段不同");
    expect(result.stdout).toContain("| 新开工项目 | 个 | 15 | 18 | +3 | +20.0% | — |");
  });
});

describe("import: a half-year report", () => {
  it("comes out with period: first-half, and its build prints 上半年/下半年, not the whole year", () => {
    const imported = runBinary(["import", CORPUS_HALF_YEAR, "-o", "data/2024-h1.yaml", "--force"], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const data = parse(read("data/2024-h1.yaml"));
    expect(data).toMatchObject({ year: 2024, period: "first-half", organization: "某县发展和改革局" });
    // The user is told where build, new and diff look for a half.
    expect(imported.stderr).toContain("a half-year report (period: first-half): build, new and diff look for it as data/2024-h1.yaml");
    // The title and the summary heading are the first half's defaults: not written back.
    expect(data.title).toBeUndefined();
    expect(data.summary.heading).toBeUndefined();

    const built = run(["build", "2024-h1"]);
    expect(built.code, built.stderr).toBe(0);
    const md = read("out/2024-h1.md");
    expect(md).toMatch(/^# 某县发展和改革局2024年上半年工作总结及下半年工作计划\n/);
    expect(md).toContain("## 一、上半年工作开展情况\n");
    expect(md).toContain("## 三、下半年工作计划\n");
    expect(md).not.toMatch(/2024年工作打算|2025年工作计划/);
    expect(docxParagraphs("out/2024-h1.docx")).toContain("一、上半年工作开展情况");
  });

  it("reads the half from a title whose year is left as 20XX, and a plan alone for a second half is a first half's", () => {
    const body = ["2023年以来，我局认真落实各项工作。", "一、主要工作", "（一）抓好项目建设", "新开工项目18个。", "二、存在的问题", "储备不足。", "三、下一步工作打算", "加快进度。"];
    write("a.txt", ["某县发展和改革局20XX年上半年工作总结及下半年工作计划", ...body].join("\n"));
    expect(parse(runBinary(["import", "a.txt"], { cwd: dir }).stdout)).toMatchObject({ year: 2023, period: "first-half" });
    write("b.txt", ["某县发展和改革局2024年下半年工作要点", "一、加快项目建设", "倒排工期。", "二、做好项目储备", "新谋划项目50个。"].join("\n"));
    expect(parse(runBinary(["import", "b.txt"], { cwd: dir }).stdout)).toMatchObject({ year: 2024, period: "first-half" });
  });

  it("reads the half from the opening when there is no title", () => {
    const text = ["2024年上半年，我局认真落实各项工作，现将有关情况报告如下。", "一、主要工作", "（一）抓好项目建设", "新开工项目18个。", "二、存在的问题", "储备不足。", "三、下半年工作打算", "加快进度。", "某县发展和改革局", "2024年7月10日"].join("\n");
    write("report.txt", text);
    const imported = runBinary(["import", "report.txt"], { cwd: dir });
    expect(parse(imported.stdout)).toMatchObject({ year: 2024, period: "first-half" });
  });
});
