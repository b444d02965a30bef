/**
 * The 主要指标完成情况 table that `build` adds when the report has metrics: computed
 * rows, its place in the Markdown, a real table in the Word file, last year's file as
 * the source of "last year" and targets, and --no-metrics-table.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import type { Report } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { parseMarkdown, renderReport } from "../src/index.js";
import { metricsTable } from "../src/render/metrics-table.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { writeMarkdown } from "../src/writers/markdown.js";
import { ROOT, runInProcess, scratchProject } from "./helpers/cli.js";
import { docxToPdf, pdfPages, removeDir, requireLibreOffice } from "./helpers/libreoffice.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";
import { minimalReport } from "./helpers/report.js";

const sample = (year: number): Report => {
  const file = join(ROOT, `data/${year}.yaml`);
  return validateSource({ file, text: readFileSync(file, "utf8") }, "en").report!;
};

const TABLE_2023 = [
  "表1　2023年主要指标完成情况",
  "",
  "| 指标 | 单位 | 本年 | 上年 | 同比增长 | 目标 | 完成情况 |",
  "| :--- | :---: | :---: | :---: | :---: | :---: | :---: |",
  "| 全社会研发经费支出 | 亿元 | 2.6 | 2.1 | 23.8% | 2.5 | 完成 |",
  "| 高新技术企业 | 家 | 43 | 38 | 13.2% | 45 | 未完成 |",
  "| 技术合同成交额 | 亿元 | 2.3 | 1.6 | 43.8% | 2 | 完成 |",
  "| 发明专利授权量 | 件 | 104 | 96 | 8.3% | 110 | 未完成 |",
  "| 科技特派员 | 人 | 135 | 120 | 12.5% | — | — |",
  "| 省级重点实验室 | 家 | 1 | 0 | — | — | — |",
  "",
  "注：全社会研发经费支出（统计年报口径）。",
].join("\n");

describe("the table in the rendered report", () => {
  const rendered = renderReport(sample(2023), readTemplateSet(), settingsFrom(), "en", { previous: sample(2022) });

  it("computes every cell from the two years: growth, targets from last year's plan, reached", () => {
    expect(rendered.markdown).toContain(TABLE_2023);
  });

  it("stands under the summary's heading and intro, before its first topic", () => {
    const md = rendered.markdown!;
    const at = (text: string) => md.indexOf(text);
    expect(at("## 一、2023年主要工作及成效")).toBeLessThan(at("全年各项目标任务总体完成"));
    expect(at("全年各项目标任务总体完成")).toBeLessThan(at("表1　2023年主要指标完成情况"));
    expect(at("注：全社会研发经费支出")).toBeLessThan(at("### （一）实施企业创新能力提升行动"));
    expect(md.match(/表1/g)).toHaveLength(1);
  });

  it("becomes a table block with its caption, and Markdown that reads back the same", () => {
    const table = rendered.document!.blocks.find((b) => b.type === "table")!;
    expect(table).toMatchObject({ type: "table", caption: "表1　2023年主要指标完成情况", header: ["指标", "单位", "本年", "上年", "同比增长", "目标", "完成情况"] });
    expect(table.type === "table" && table.rows[0]).toEqual(["全社会研发经费支出", "亿元", "2.6", "2.1", "23.8%", "2.5", "完成"]);
    const md = writeMarkdown(rendered.document!);
    expect(md).toContain(TABLE_2023);
    expect(parseMarkdown(md).blocks).toEqual(rendered.document!.blocks);
  });

  it("without last year's file: only what this file says", () => {
    const md = renderReport(sample(2023), readTemplateSet(), settingsFrom(), "en").markdown!;
    expect(md).toContain("| 高新技术企业 | 家 | 43 | — | — | — | — |");
    expect(md).toContain("| 省级重点实验室 | 家 | 1 | 0 | — | — | — |");
  });

  it("uses the file's own previous and target (the 2022 sample has them)", () => {
    const md = renderReport(sample(2022), readTemplateSet(), settingsFrom(), "en").markdown!;
    expect(md).toContain("| 高新技术企业 | 家 | 38 | 31 | 22.6% | 36 | 完成 |");
    expect(md).toContain("| 科技特派员 | 人 | 120 | 0 | — | — | — |");
  });

  it("is left out with metricsTable: false, and when there are no metrics", () => {
    expect(renderReport(sample(2023), readTemplateSet(), settingsFrom(), "en", { metricsTable: false }).markdown).not.toContain("表1");
    expect(renderReport(minimalReport(), readTemplateSet(), settingsFrom(), "en").markdown).not.toContain("|");
  });

  it("escapes Markdown in labels and shows % indicators in percentage points", () => {
    const report = minimalReport({ metrics: [{ id: "a", label: "覆盖率|R&D*", value: 58, unit: "%", previous: 42 }] });
    const table = metricsTable(report)!;
    expect(table.rows[0]).toEqual(["覆盖率|R&D*", "%", "58", "42", "16个百分点", "—", "—"]);
    const doc = renderReport(report, readTemplateSet(), settingsFrom(), "en").document!;
    expect(doc.blocks.find((b) => b.type === "table")).toMatchObject({ rows: [["覆盖率|R&D*", "%", "58", "42", "16个百分点", "—", "—"]] });
  });

  it("is a helper user templates can call", () => {
    const templates = { main: { file: "mine.md.hbs", text: "# 标题\n\n{{metricsTable}}" }, partials: {} };
    const md = renderReport(sample(2023), templates, settingsFrom(), "en", { previous: sample(2022) }).markdown!;
    expect(md).toContain("| 技术合同成交额 | 亿元 | 2.3 | 1.6 | 43.8% | 2 | 完成 |");
  });
});

describe("report build and the table", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = scratchProject()));
  afterEach(() => cleanup());

  /** Every .docx read here, validated against the ECMA-376 schemas in one run at the end. */
  const built: { label: string; bytes: Uint8Array }[] = [];
  afterAll(async () => expect(await docxSchemaProblems(built)).toEqual([]));
  const docx = () => {
    const bytes = readFileSync(join(dir, "out/2023.docx"));
    built.push({ label: `${expect.getState().currentTestName}: out/2023.docx`, bytes });
    return bytes;
  };
  const docxXml = () => strFromU8(unzipSync(docx())["word/document.xml"]);

  it("writes a real Word table: fixed layout, DXA widths summing to the text width, caption centred above", async () => {
    expect((await runInProcess(["build", "2023"], { cwd: dir })).code).toBe(0);
    const xml = docxXml();
    const table = xml.match(/<w:tbl>.*?<\/w:tbl>/s)![0];
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toContain('<w:tblW w:type="dxa" w:w="8844"/>');
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(7);
    expect(cols.reduce((s, w) => s + w, 0)).toBe(8844);
    // Each cell fits its longest text on one line (14 pt: 280 twips a character, plus 216 of margins).
    expect(cols[0]).toBeGreaterThanOrEqual(9 * 280 + 216);
    expect(Math.min(...cols.slice(1))).toBeGreaterThanOrEqual(2 * 280 + 216);
    expect(cols[4]).toBeGreaterThanOrEqual(4 * 280 + 216);
    const cells = [...table.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    expect(cells.slice(0, 14)).toEqual(["指标", "单位", "本年", "上年", "同比增长", "目标", "完成情况", "全社会研发经费支出", "亿元", "2.6", "2.1", "23.8%", "2.5", "完成"]);
    expect(table).toContain('w:eastAsia="仿宋_GB2312"');
    const caption = xml.slice(0, xml.indexOf("<w:tbl>")).match(/<w:p>(?:(?!<w:p>).)*?表1(?:(?!<w:p>).)*?<\/w:p>$/s)![0];
    expect(caption).toContain('<w:jc w:val="center"/>');
    expect(caption).toContain("<w:keepNext/>");
    expect(caption).toContain('w:eastAsia="黑体"');
  });

  it("opens in LibreOffice with the caption and every row on one line (no cell wraps)", async () => {
    requireLibreOffice();
    expect((await runInProcess(["build", "2023", "--format", "docx"], { cwd: dir })).code).toBe(0);
    const { pdf, dir: pdfDir } = docxToPdf(docx());
    try {
      const lines = pdfPages(pdf)[0].split("\n").map((l) => l.trim().replace(/\s+/g, " "));
      for (const row of [
        "表1 2023 年主要指标完成情况",
        "指标 单位 本年 上年 同比增长 目标 完成情况",
        "全社会研发经费支出 亿元 2.6 2.1 23.8% 2.5 完成",
        "高新技术企业 家 43 38 13.2% 45 未完成",
        "省级重点实验室 家 1 0 — — —",
      ]) {
        expect(lines, row).toContain(row);
      }
    } finally {
      removeDir(pdfDir);
    }
  });

  it("--no-metrics-table leaves it out of both outputs", async () => {
    expect((await runInProcess(["build", "2023", "--no-metrics-table"], { cwd: dir })).code).toBe(0);
    expect(docxXml()).not.toContain("<w:tbl>");
    expect(readFileSync(join(dir, "out/2023.md"), "utf8")).not.toContain("主要指标完成情况");
  });

  it("reads last year's file from the data directory; an invalid one is a warning, not a failure", async () => {
    await runInProcess(["build", "2023", "--format", "md"], { cwd: dir });
    expect(readFileSync(join(dir, "out/2023.md"), "utf8")).toContain("| 高新技术企业 | 家 | 43 | 38 | 13.2% | 45 | 未完成 |");
    writeFileSync(join(dir, "data/2022.yaml"), readFileSync(join(dir, "data/2022.yaml"), "utf8").replace("year: 2022", "year: twenty"));
    const result = await runInProcess(["build", "2023", "--format", "md"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: last year's file data\/2022\.yaml is invalid \(data\/2022\.yaml:3:7 .*\); the metrics table is built without it\n$/);
    expect(readFileSync(join(dir, "out/2023.md"), "utf8")).toContain("| 高新技术企业 | 家 | 43 | — | — | — | — |");
  });
});
