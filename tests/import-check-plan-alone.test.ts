/**
 * `report import --check` on a plan alone (a 工作要点 / 工作计划 with no 总结 part): the
 * importer rightly makes its 一、 headings topics of the plan, and the build prints a part
 * heading of its own ("一、2024年工作打算") with them as （一）（二）… beneath it. That
 * generated heading is no change of shape: it is not counted, and what stands beneath it
 * counts one level up. A real change (（一） headings become body text) still fails.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { settingsFrom } from "../src/core/config.js";
import { roundTrip } from "../src/import/check.js";
import { importFormatOf, importReport } from "../src/import/index.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const CORPUS_CASE = "tests/fixtures/import/corpus/hospital-plan-only/report.txt";
const FIXTURE = "tests/fixtures/import/plan-alone/school-plan.txt";

describe("import --check: a plan alone", () => {
  it("the corpus's plan alone: the generated part heading is not counted, exit 0", () => {
    const r = importThroughBinary(readFileSync(CORPUS_CASE));
    expect(r.report.parts).toEqual(["plan"]);
    const checked = importThroughBinary(readFileSync(CORPUS_CASE), { args: ["--check"] });
    expect(checked.stdout).toContain("original 2/4/0/0, 0; rebuilt 2/4/0/0, 0");
    expect(checked.code, checked.stderr).toBe(0);
  });

  it("a school's 年度工作计划 (一、 naming work, （一） beneath, a page's 编辑/发布时间 line): exit 0", () => {
    const r = importThroughBinary(readFileSync(FIXTURE), { args: ["--check"] });
    expect(r.stdout).toContain("round trip: 100.0%");
    expect(r.stdout).toContain("original 3/5/0/0, 0; rebuilt 3/5/0/0, 0");
    expect(r.stderr).not.toContain("the structure differs");
    expect(r.code, r.stderr).toBe(0);
  });

  it("a report with no 一、 at all, its text the summary: the generated summary heading is not counted either", () => {
    const r = importThroughBinary(["某县林业局2023年工作总结", "今年我局植树造林1万亩。", "全年森林防火无事故。"].join("\n"), { args: ["--check"] });
    expect(r.stdout).toContain("original 0/0/0/0, 0; rebuilt 0/0/0/0, 0");
    expect(r.code, r.stderr).toBe(0);
  });

  it("a plan alone whose （一） headings became body text still differs (level 2), so --check exits 1", async () => {
    const result = await importReport(readFileSync(FIXTURE), importFormatOf(FIXTURE)!, { lang: "en" });
    expect(result.originalShape.generatedHeadings).toEqual(["2024年工作打算"]);
    // The same data, the （一） of each topic run into its body as text, after a lead.
    const data = parse(result.yaml);
    for (const topic of data.plan.items) {
      if (!topic.items) continue;
      const cn = "一二三四五六七八九十";
      topic.body = [topic.body ?? "具体如下：", ...topic.items.map((t: { title: string; body?: string }, i: number) => `（${cn[i]}）${t.title}${t.body ?? ""}`)].filter(Boolean).join("");
      delete topic.items;
    }
    const checked = roundTrip(stringify(data), result.original, readTemplateSet(), settingsFrom(), "en", "(test)", result.originalShape);
    expect(checked.structure?.rebuilt.levels).toEqual([3, 0, 0, 0]);
    expect(checked.structure?.difference).toEqual({ what: "level", level: 2, original: 5, rebuilt: 0 });
  });

  it("a report with part headings of its own is not changed: work headings moved under a generated summary still differ", () => {
    const text = ["某区财政局2023年工作总结", "一、聚焦收入组织，财政实力稳步增强", "收入增长6.1%。", "二、聚焦民生保障，支出结构持续优化", "民生支出占81%。", "三、下一步工作打算", "兜牢“三保”底线。"].join("\n");
    const r = importThroughBinary(text, { args: ["--check"] });
    expect(r.stdout).toContain("original 3/0/0/0, 0; rebuilt 2/2/0/0, 0");
    expect(r.code).toBe(1);
  });
});
