/** Report shapes the fixtures do not cover: Word lists and headings, merged sections, deep nesting, tables. */
import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import { roundTrip } from "../src/import/check.js";
import { importReport } from "../src/import/index.js";
import { htmlParagraphs } from "../src/import/read-docx.js";
import { readTemplateSet } from "../src/render/template-files.js";

const templates = readTemplateSet();
const importText = async (text: string, format: "txt" | "md" = "txt") => {
  const imported = await importReport(new TextEncoder().encode(text), format, { lang: "en" });
  const checked = roundTrip(imported.yaml, imported.original, templates, settingsFrom(), "en");
  expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { ...imported, score: checked.score!.share };
};

describe("Word's HTML (mammoth)", () => {
  it("keeps headings, bold leads, list depth, table cells and <br> joins", () => {
    const { paragraphs } = htmlParagraphs(
      '<p>某局2022年工作总结<br />及2023年工作计划</p><h1>工作开展情况</h1><ol><li>第一项工作<ol><li>细项</li></ol></li></ol>' +
        "<p><strong>（一）问题一。</strong>说明&amp;原因。</p><table><tr><td><p>指标</p></td><td><p>单位</p></td></tr></table>",
    );
    expect(paragraphs).toEqual([
      { text: "某局2022年工作总结及2023年工作计划" },
      { text: "工作开展情况", heading: 1 },
      { text: "第一项工作", list: 1 },
      { text: "细项", list: 2 },
      { text: "（一）问题一。说明&原因。", lead: "（一）问题一。" },
      { text: "指标 | 单位", table: { header: ["指标", "单位"], rows: [] } },
    ]);
  });
});

describe("sections and nesting", () => {
  it("parts named only by Markdown headings (no ordinals) are recognised", async () => {
    const r = await importText("# 某局2022年工作总结及2023年工作计划\n\n## 工作开展情况\n\n### 抓好安全生产\n\n全年无事故。\n\n## 存在的问题\n\n人员不足。\n\n## 2023年工作计划\n\n继续努力。\n", "md");
    expect(r.report.summary.items).toEqual([{ title: "抓好安全生产", body: "全年无事故。" }]);
    expect(r.report.problems).toEqual({ heading: "存在的问题", intro: "人员不足。" });
    expect(r.report.plan).toEqual({ heading: "2023年工作计划", intro: "继续努力。" });
    expect(r.score).toBe(1);
  });

  it("a sixth section with no part left becomes a topic of the part before it", async () => {
    const r = await importText(
      "某局2022年工作总结及2023年工作计划\n一、工作开展情况\n甲。\n二、工作亮点\n乙。\n三、存在问题\n丙。\n四、形势分析\n丁。\n五、几点思考\n戊。\n六、2023年工作计划\n己。\n",
    );
    expect(r.notes.filter((n) => n.code === "merged-section")).toEqual([{ code: "merged-section", params: { heading: "几点思考", part: "outlook" } }]);
    expect(r.report.outlook).toEqual({ intro: "丁。", items: [{ title: "几点思考", body: "戊。" }] });
    expect(r.score).toBeGreaterThanOrEqual(0.98);
  });

  it("numbering deeper than four levels is kept as body text, noted", async () => {
    const r = await importText("某局2022年工作总结及2023年工作计划\n一、工作开展情况\n（一）甲类工作\n1.乙项\n（1）丙目\n①丁条\n二、存在问题\n少。\n三、2023年工作计划\n多。\n");
    expect(r.report.summary.items![0].items![0].items![0]).toEqual({ title: "丙目", body: "①丁条" });
    expect(r.notes.some((n) => n.code === "too-deep")).toBe(true);
    expect(r.score).toBe(1);
  });

  it("a plan whose 目标任务 has a lead and whose 重点工作 has an intro keeps both words", async () => {
    const r = await importText(
      "某局2022年工作总结及2023年工作计划\n一、工作开展情况\n甲。\n二、存在问题\n乙。\n三、2023年工作计划\n（一）主要目标\n主要预期目标是：产值达到10亿元；新增企业5家。\n（二）重点工作\n围绕目标抓好以下工作。\n1.抓招商\n引进项目3个。\n",
    );
    expect(r.report.plan).toEqual({
      heading: "2023年工作计划",
      intro: ["主要预期目标是：", "围绕目标抓好以下工作。"],
      targets: [
        { text: "产值达到10亿元", value: 10, unit: "亿元" },
        { text: "新增企业5家", value: 5, unit: "家" },
      ],
      items: [{ title: "抓招商", body: "引进项目3个。" }],
    });
    expect(r.notes.filter((n) => n.code === "moved-to-intro")).toHaveLength(2);
  });
});

describe("tables", () => {
  it("a key-figures table becomes metrics (with its 注 line), and targets link to them", async () => {
    const md = [
      "# 某局2022年工作总结及2023年工作计划",
      "## 一、2022年工作开展情况",
      "表1　2022年主要指标完成情况",
      "| 指标 | 单位 | 本年 | 上年 | 同比增长 | 目标 | 完成情况 |\n| --- | --- | --- | --- | --- | --- | --- |\n| 高新技术企业 | 家 | 38 | 31 | 22.6% | 36 | 完成 |\n| 研发经费支出 | 亿元 | 2.1 | — | — | — | — |",
      "注：研发经费支出（统计年报口径）。",
      "### （一）培育企业\n\n新认定9家。",
      "## 二、存在的问题\n\n不足。",
      "## 三、2023年工作打算\n\n### （一）目标任务\n\n高新技术企业总数达到45家；研发经费支出达到2.5亿元。",
    ].join("\n\n");
    const r = await importText(md, "md");
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "高新技术企业", value: 38, unit: "家", previous: 31, target: 36 },
      { id: "metric_2", label: "研发经费支出", value: 2.1, unit: "亿元", note: "统计年报口径" },
    ]);
    expect(r.report.plan.targets).toEqual([
      { text: "高新技术企业总数达到45家", metric: "metric_1", value: 45, unit: "家" },
      { text: "研发经费支出达到2.5亿元", metric: "metric_2", value: 2.5, unit: "亿元" },
    ]);
    expect(r.unplaced).toEqual([]);
  });

  it("any other table is unplaced: listed, kept as a YAML comment, and counted against the score", async () => {
    const r = await importText("# 某局2022年工作总结及2023年工作计划\n\n## 一、工作开展情况\n\n甲。\n\n| 项目 | 进度 |\n| --- | --- |\n| 道路 | 完工 |\n\n## 二、存在问题\n\n乙。\n\n## 三、2023年工作计划\n\n丙。\n", "md");
    // Issue 18: kept row by row, and said in a note.
    expect(r.unplaced).toEqual(["| 项目 | 进度 |", "| 道路 | 完工 |"]);
    expect(r.notes.filter((n) => n.code === "table-kept")).toEqual([{ code: "table-kept", params: { rows: 2, header: "项目 | 进度" } }]);
    expect(r.yaml).toMatch(/# Text that could not be placed[^\n]*\n# \| 项目 \| 进度 \|\n# \| 道路 \| 完工 \|\n$/);
    expect(r.score).toBeLessThan(1);
  });

  it("lines after the signature date are unplaced, not lost", async () => {
    const r = await importText("某局2022年工作总结及2023年工作计划\n一、工作开展情况\n甲。\n二、存在问题\n乙。\n三、2023年工作计划\n丙。\n某局\n2022年12月30日\n附件：2022年重点项目清单\n");
    expect(r.report.date).toBe("2022-12-30");
    expect(r.unplaced).toEqual(["附件：2022年重点项目清单"]);
  });
});
