/**
 * `report new <year>`: next year's file from last year's, and the yearly loop
 * new → fill in → build and diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { validateSource } from "../src/core/validate.js";
import { nextYearYaml, shiftYears } from "../src/diff/next-year.js";
import { runInProcess, scratchProject } from "./helpers/cli.js";
import { minimalReport } from "./helpers/report.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => cleanup());

const run = (args: string[], env?: Record<string, string>) => runInProcess(args, { cwd: dir, env });
const file2024 = () => join(dir, "data/2024.yaml");

describe("report new <year>", () => {
  it("writes data/<year>.yaml from last year's file and says what to fill in", async () => {
    const result = await run(["new", "2024"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(
      "wrote data/2024.yaml (from data/2023.yaml)\n" +
        "  fill in 6 metric values (value: null, lines 19, 26, 32, 38, 43, 48): until then build and diff report them as errors\n" +
        "  then write the summary (bodies under the previous plan's items), the problems and the plan for 2025\n",
    );
    const text = readFileSync(file2024(), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/report.schema.json");
    expect(text).toContain("# 由 report new 2024 根据 data/2023.yaml 生成。");
  });

  it("fails validation only on the values still to fill in, each with a hint", async () => {
    await run(["new", "2024"]);
    const { diagnostics } = validateSource({ file: "data/2024.yaml", text: readFileSync(file2024(), "utf8") }, "zh");
    // The errors are the values to fill in; the warnings, the parts still empty (not printed until written).
    expect(diagnostics.map((d) => [d.severity, d.code, d.path.join(".")])).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((i) => ["error", "schema/invalid-type", `metrics.${i}.value`]),
      ["warning", "rule/empty-part", "problems"],
      ["warning", "rule/empty-part", "plan"],
    ]);
    expect(diagnostics[0]).toMatchObject({ line: 19, column: 12, hint: "此处尚未填写：请在冒号后填写内容" });
  });

  it("carries metrics over: last year's value as previous, last year's plan target, the note", async () => {
    await run(["new", "2024"]);
    const data = parse(readFileSync(file2024(), "utf8"));
    expect(data.metrics[0]).toEqual({ id: "rd_spending", label: "全社会研发经费支出", value: null, unit: "亿元", previous: 2.6, target: 3, note: "统计年报口径" });
    expect(data.metrics.find((m: { id: string }) => m.id === "patents")).toEqual({ id: "patents", label: "发明专利授权量", value: null, unit: "件", previous: 104 });
    expect(readFileSync(file2024(), "utf8")).toContain("    value: null # ← 填写2024年数值（亿元）\n");
  });

  it("turns last year's plan items into this year's summary topics, with the plan as a comment", async () => {
    await run(["new", "2024"]);
    const text = readFileSync(file2024(), "utf8");
    const data = parse(text);
    expect(data.summary).toEqual({
      heading: "2024年主要工作及成效",
      items: [
        { id: "firm-innovation-2024", title: "深化企业创新主体培育" },
        { id: "tech-transfer-2024", title: "畅通科技成果转化渠道" },
        { id: "talent-2024", title: "优化科技人才发展环境" },
      ],
    });
    expect(text).toContain("    # 2024年计划：培育技术经纪人30名，建设县级技术转移服务中心。\n    - id: tech-transfer-2024\n");
    expect(text).toContain("新建省级以上创新平台2家");
    expect(data.plan).toEqual({ heading: "2025年工作计划", items: [] });
    expect(data.year).toBe(2024);
    expect(data.date).toBeUndefined();
  });

  it("lists last year's problems as comments that uncomment to valid problems", async () => {
    await run(["new", "2024"]);
    const text = readFileSync(file2024(), "utf8");
    const problems = text.slice(text.indexOf("\nproblems:"), text.indexOf("\nplan:"));
    const block = problems.split("\n").filter((l) => l.startsWith("  #   ")).map((l) => l.slice(6)).join("\n");
    const last = parse(readFileSync(join(dir, "data/2023.yaml"), "utf8"));
    expect(parse(block)).toEqual(last.problems.items);
  });

  it("never overwrites", async () => {
    writeFileSync(file2024(), "# mine\n");
    const result = await run(["new", "2024"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("data/2024.yaml already exists; report new never overwrites a file");
    expect(readFileSync(file2024(), "utf8")).toBe("# mine\n");
  });

  it("needs a valid file of the year before", async () => {
    const missing = await run(["new", "2030"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read data/2029.yaml: no such file");
    writeFileSync(join(dir, "data/2023.yaml"), "year: 2023\n");
    const invalid = await run(["new", "2024"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("cannot start the new year from data/2023.yaml: fix the errors above");
    expect(existsSync(file2024())).toBe(false);
  });

  it("takes --data-dir", async () => {
    const result = await run(["new", "2023", "--data-dir", "data"]);
    expect(result.code).toBe(2);
    expect((await run(["new", "2024", "--data-dir", "./data"])).code).toBe(0);
  });
});

describe("the yearly loop: new → fill in → build and diff", () => {
  it("closes", async () => {
    expect((await run(["new", "2024"])).code).toBe(0);
    expect((await run(["build", "2024"])).code).toBe(1);

    // Fill in the figures and the summary bodies, as a user does, keeping the comments.
    const doc = parseDocument(readFileSync(file2024(), "utf8"));
    const values = [3.1, 48, 2.9, 112, 140, 2];
    values.forEach((v, i) => doc.setIn(["metrics", i, "value"], v));
    doc.setIn(["summary", "items", 0, "body"], "全年新认定高新技术企业9家，规模以上工业企业研发机构覆盖率达到72%。");
    doc.setIn(["summary", "items", 1, "body"], "培育技术经纪人32名，县级技术转移服务中心投入运行。");
    doc.deleteIn(["summary", "items", 2]);
    doc.setIn(["problems", "items"], [{ id: "weak-firm-capacity", title: "企业科技创新能力仍然不强", body: "多数企业研发投入强度仍低于1.5%。" }]);
    doc.setIn(["plan", "items"], [{ id: "firm-innovation-2025", title: "持续壮大创新主体" }]);
    writeFileSync(file2024(), doc.toString({ lineWidth: 0 }));
    expect(readFileSync(file2024(), "utf8")).toContain("# ← 填写2024年数值（亿元）");

    const build = await run(["build", "2024", "--format", "md"]);
    expect(build).toMatchObject({ code: 0, stderr: "" });
    const md = readFileSync(join(dir, "out/2024.md"), "utf8");
    expect(md).toContain("| 全社会研发经费支出 | 亿元 | 3.1 | 2.6 | 19.2% | 3 | 完成 |");
    expect(md).toContain("| 高新技术企业 | 家 | 48 | 43 | 11.6% | 50 | 未完成 |");

    const diff = await run(["diff", "2023", "2024", "--format", "json"]);
    expect(diff.code).toBe(0);
    const result = JSON.parse(diff.stdout);
    expect(result.followThrough.items.map((i: { a: { id: string }; status: string }) => [i.a.id, i.status])).toEqual([
      ["firm-innovation-2024", "reported"],
      ["tech-transfer-2024", "reported"],
      ["talent-2024", "not-reported"],
    ]);
    expect(result.followThrough.targets.map((t: { status: string }) => t.status)).toEqual(["reached", "missed", "reached", "unchecked"]);
    expect(result.persistingProblems.map((p: { b: { id: string } }) => p.b.id)).toEqual(["weak-firm-capacity"]);
    expect(result.metrics.every((m: { status: string }) => m.status === "changed")).toBe(true);
  });
});

describe("nextYearYaml", () => {
  it("moves the years of headings and titles on by one, and nothing else", () => {
    expect(shiftYears("云溪县2023年工作总结及2024年工作计划（2010年以来）", 2023)).toBe("云溪县2024年工作总结及2025年工作计划（2010年以来）");
  });

  it("adds a metric that last year's plan targeted but did not report, asking to check its label", () => {
    const last = minimalReport({
      year: 2022,
      plan: { targets: [{ text: "建成省级重点实验室1家", metric: "key_labs", value: 1, unit: "家" }], items: [{ title: "计划甲", body: "安排甲。" }] },
    });
    const text = nextYearYaml(last, { year: 2023, from: "data/2022.yaml" });
    expect(parse(text).metrics).toEqual([{ id: "key_labs", label: "建成省级重点实验室1家", value: null, unit: "家", target: 1 }]);
    expect(text).toContain("# 上年计划新设的指标：请核对名称（label）和单位（unit）");
    expect(parse(text).summary.items).toEqual([{ title: "计划甲" }]);
    const { diagnostics } = validateSource({ file: "x.yaml", text }, "en");
    expect(diagnostics.map((d) => d.path.join("."))).toEqual(["metrics.0.value", "problems", "plan"]);
  });

  it("lists last year's problems written as points (一是…) as comments too", () => {
    const last = minimalReport({ year: 2022, problems: { intro: "存在的问题主要有：", points: ["创新能力不强", "服务不够精准"] } });
    const text = nextYearYaml(last, { year: 2023, from: "data/2022.yaml" });
    const problems = text.slice(text.indexOf("\nproblems:"), text.indexOf("\nplan:"));
    expect(problems).toContain("提出的问题（列举，逐条回顾；仍然存在的可写入 points）");
    const block = problems.split("\n").filter((l) => l.startsWith("  #   ")).map((l) => l.slice(6)).join("\n");
    expect(parse(block)).toEqual(["创新能力不强", "服务不够精准"]);
    expect(parse(text).problems).toEqual({ items: [] });
  });

  it("names last year's plan points (一是…) in the comment above the summary's items", () => {
    const last = minimalReport({ year: 2022, plan: { intro: "明年重点：", points: ["抓好粮食生产", "培育经营主体"] } });
    const text = nextYearYaml(last, { year: 2023, from: "data/2022.yaml" });
    expect(text).toContain("# 2023年计划中以列举（points）写的工作，也请写明完成情况：抓好粮食生产；培育经营主体");
  });

  it("validates outright when last year had no metrics", () => {
    const text = nextYearYaml(minimalReport(), { year: 2023, from: "2022.yaml" });
    expect(validateSource({ file: "x.yaml", text }, "en").diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
