/**
 * Issue 18, case 7, what new real reports showed after it: a table typed as text is read
 * alike in a .txt, a .docx and a .md (a Word paragraph per `|` row or tab-separated
 * columns; a Markdown paragraph of rows with no |---| rule), and a key-figures table with
 * no 单位 column is read too — the unit from the label's brackets ("门诊人次（万人次）") or
 * from the figures' ends ("12万", "5.8天", "95%"), the columns named by year
 * ("2023年数据 | 2024年数据") by the report's year ("本年 | 2022年" in a 2023 report).
 * Through the built binary, on the fixtures in tests/fixtures/import/table-shapes/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMetricsTable } from "../src/import/metrics-table.js";
import { ROOT } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const DIR = join(ROOT, "tests/fixtures/import/table-shapes");
const text = (name: string) => readFileSync(join(DIR, name), "utf8");
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
/** The YAML's comment lines after the unplaced header: what was kept. */
const keptComments = (yaml: string) => {
  const lines = yaml.split("\n");
  const at = lines.findIndex((l) => l.startsWith("# Text that could not be placed"));
  return at < 0 ? [] : lines.slice(at + 1).filter(Boolean);
};

const HOSPITAL = [
  { id: "metric_1", label: "手术例数", value: 8600, unit: "例", previous: 7800 },
  { id: "metric_2", label: "门诊人次", value: 12, unit: "万人次", previous: 10.8 },
];

describe("import: a table typed as text reads alike in .txt, .docx and .md", () => {
  it("`|` rows, one Word paragraph each (LibreOffice's .docx of the .txt), are the key-figures table", () => {
    const txt = importThroughBinary(text("pipe-rows.txt"));
    const docx = importThroughBinary(bytes("pipe-rows.docx"), { name: "report.docx" });
    expect(txt.report.metrics).toEqual(HOSPITAL);
    expect(docx.code).toBe(0);
    expect(docx.report.metrics).toEqual(HOSPITAL);
    expect(docx.report).toEqual(txt.report);
    // No row is left in the body as a paragraph.
    expect(docx.yaml).not.toMatch(/^\s*- "?\|/m);
    expect(docx.stderr).toContain("column 增长率 agrees with what `report build` computes");
  });

  it("tab-separated columns in Word paragraphs are a table, as in the text (tidy() no longer takes out the tabs first)", () => {
    const txt = importThroughBinary(text("tab-columns.txt"));
    const docx = importThroughBinary(bytes("tab-columns.docx"), { name: "report.docx" });
    expect(txt.report.metrics).toEqual(HOSPITAL);
    expect(docx.report.metrics).toEqual(HOSPITAL);
    expect(docx.report).toEqual(txt.report);
  });

  it("a Markdown paragraph of `|` lines with no |---| rule is a table, cut from the paragraph at its line breaks", () => {
    const md = importThroughBinary(text("line-break-rows.md"), { name: "report.md" });
    expect(md.report.metrics).toEqual(HOSPITAL);
    expect(md.report.summary.intro).toBe("全年门诊、住院和手术量均有增长，主要指标如下。");
    expect(md.yaml).not.toContain("| 手术例数");
  });

  it("a real Word table (w:tbl) is still read, here with its units in the labels' brackets", () => {
    const docx = importThroughBinary(bytes("word-table.docx"), { name: "report.docx" });
    expect(docx.code).toBe(0);
    expect(docx.report.metrics).toEqual([
      { id: "metric_1", label: "门诊人次", value: 12, unit: "万人次", previous: 10.8 },
      { id: "metric_2", label: "手术例数", value: 8600, unit: "例", previous: 7800 },
    ]);
  });
});

describe("import: a key-figures table with no 单位 column", () => {
  it("units from the labels' brackets （亿元） (元) （%）, the labels without them", () => {
    const r = importThroughBinary(text("label-units.txt"));
    expect(r.code).toBe(0);
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "地区生产总值", value: 256.3, unit: "亿元", previous: 240.1 },
      { id: "metric_2", label: "城镇居民人均可支配收入", value: 43500, unit: "元", previous: 41200 },
      { id: "metric_3", label: "规上工业企业", value: 118, unit: "家", previous: 112 },
      { id: "metric_4", label: "城镇化率", value: 52, unit: "%", previous: 51.2 },
    ]);
    expect(r.stderr).toContain("each unit read from the label's brackets (地区生产总值（亿元）");
    expect(r.yaml).not.toContain("Text that could not be placed");
  });

  it("units from the figures' ends (12万, 5.8天, 95%) under 2023年数据 | 2024年数据; bare figures get no unit, said; a row whose figure is no number is kept as comments", () => {
    const r = importThroughBinary(text("units-in-cells.txt"));
    expect(r.code).toBe(0);
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "门诊人次", value: 12, unit: "万", previous: 10.8 },
      { id: "metric_2", label: "平均住院日", value: 5.8, unit: "天", previous: 6.2 },
      { id: "metric_3", label: "患者满意度", value: 95, unit: "%", previous: 93.5 },
      { id: "metric_4", label: "手术例数", value: 8600, unit: "", previous: 7800 },
    ]);
    expect(r.stderr).toContain("column 2024年数据 read as each metric's value, 2023年数据 as its `previous` (last year)");
    expect(r.stderr).toContain("each unit read from the end of the row's figures (门诊人次 12万、平均住院日 5.8天、患者满意度 95%)");
    expect(r.stderr).toContain("no unit for 手术例数");
    expect(r.stderr).toContain("rows whose 2024年数据 is not a number in the row's unit (新增重点专科 心血管内科等3个) are no metrics");
    // +11.1%, -6.4% and 提高1.5个百分点 (a % unit's change) are what the build computes.
    expect(r.stderr).toContain("column 增长率 agrees with what `report build` computes");
    expect(keptComments(r.yaml)).toEqual(["# | 指标 | 2023年数据 | 2024年数据 | 增长率 |", "# | 新增重点专科 | 无 | 心血管内科等3个 | — |"]);
  });

  it("本年 beside 2022年 in a 2023 report: 2022年 is each metric's previous", () => {
    const r = importThroughBinary(text("this-year-beside-last.txt"));
    expect(r.report.year).toBe(2023);
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "地区生产总值", value: 256.3, unit: "亿元", previous: 240.1 },
      { id: "metric_2", label: "固定资产投资", value: 86, unit: "亿元", previous: 80.2 },
    ]);
    expect(r.stderr).toContain("column 本年 read as each metric's value, 2022年 as its `previous` (last year)");
    expect(r.yaml).not.toContain("Text that could not be placed");
  });
});

describe("readMetricsTable: units and year columns", () => {
  const byYear = { header: ["指标", "单位", "本年", "2022年"], rows: [["地区生产总值", "亿元", "256.3", "240.1"]] };

  it("本年 | 2022年: previous only when the report's year is 2023; otherwise the column is kept", () => {
    expect(readMetricsTable(byYear, { year: 2023 })!.metrics[0].previous).toBe(240.1);
    const in2024 = readMetricsTable(byYear, { year: 2024 })!;
    expect(in2024.metrics[0].previous).toBeUndefined();
    expect(in2024.notes.map((n) => [n.code, n.params.column])).toEqual([["metrics-column-kept", "2022年"]]);
    expect(readMetricsTable(byYear)!.metrics[0].previous).toBeUndefined();
  });

  it("2022年 | 2023年 | 2024年 in a 2023 report: 2023年 is value, not the latest column", () => {
    const table = { header: ["指标", "单位", "2022年", "2023年", "2024年"], rows: [["地区生产总值", "亿元", "240.1", "256.3", "270"]] };
    expect(readMetricsTable(table, { year: 2023 })!.metrics[0]).toMatchObject({ value: 256.3, previous: 240.1 });
    expect(readMetricsTable(table)!.metrics[0]).toMatchObject({ value: 270 });
  });

  it("a unit is read only as a unit: 可比价 stays in the label, 20余人 and 约3万 are no figures", () => {
    const table = {
      header: ["指标", "2022年", "2023年"],
      rows: [
        ["地区生产总值（可比价）", "240.1", "256.3"],
        ["志愿者", "18人", "20余人"],
        ["服务群众", "2万", "约3万"],
        ["人均收入(元/人)", "41200", "43500"],
      ],
    };
    const reading = readMetricsTable(table, { year: 2023 })!;
    expect(reading.metrics).toEqual([
      { id: "metric_1", label: "地区生产总值（可比价）", value: 256.3, unit: "", previous: 240.1 },
      { id: "metric_2", label: "人均收入", value: 43500, unit: "元/人", previous: 41200 },
    ]);
    expect(reading.kept.slice(-3)).toEqual([table.header, table.rows[1], table.rows[2]]);
  });

  it("a row's unit is one: beside figures that carry it, a bare figure is no figure of that row (its column is kept)", () => {
    const table = { header: ["指标", "2023年", "2024年"], rows: [["门诊人次", "108000", "12万"], ["住院人次", "3.2万", "3.5万"]] };
    const reading = readMetricsTable(table, { year: 2024 })!;
    expect(reading.metrics).toEqual([
      { id: "metric_1", label: "门诊人次", value: 12, unit: "万" },
      { id: "metric_2", label: "住院人次", value: 3.5, unit: "万", previous: 3.2 },
    ]);
    expect(reading.notes.find((n) => n.code === "metrics-cells-kept")?.params).toEqual({ column: "2023年", cells: "108000" });
  });

  it("a table most of whose rows hold no figure is not the key-figures table", () => {
    const table = { header: ["项目", "2023年"], rows: [["培训", "已完成"], ["宣传", "持续开展"], ["考核", "12次"]] };
    expect(readMetricsTable(table, { year: 2023 })).toBeUndefined();
  });
});
