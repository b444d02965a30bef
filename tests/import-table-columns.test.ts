/**
 * Issue 18, cases 7 and 8, what an audit found after them: every column of a key-figures
 * table copied as text is read into the metrics or kept and said — the previous year's
 * column whatever its header (2022年 beside 2023年, 去年), a growth column checked
 * against the growth the build computes — and a page's line with its date but no label
 * ("2024-01-15 来源：…") is dropped as furniture, listed with its cells apart.
 * Through the built binary, on the fixtures in tests/fixtures/import/table-columns/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMetricsTable } from "../src/import/metrics-table.js";
import { ROOT } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const fixture = (name: string) => readFileSync(join(ROOT, "tests/fixtures/import/table-columns", name), "utf8");
/** The YAML's comment lines after the unplaced header: what was kept. */
const keptComments = (yaml: string) => yaml.split("\n").slice(yaml.split("\n").findIndex((l) => l.startsWith("# Text that could not be placed")) + 1);

describe("import: the columns of a key-figures table copied as text", () => {
  it("2022年 beside 2023年 is each metric's previous, and a growth column that agrees is said to be computed", () => {
    const r = importThroughBinary(fixture("previous-by-year.txt"));
    expect(r.code).toBe(0);
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "地区生产总值", value: 256.3, unit: "亿元", previous: 240.1 },
      { id: "metric_2", label: "固定资产投资", value: 86, unit: "亿元", previous: 80.2 },
    ]);
    expect(r.stderr).toContain("column 2023年 read as each metric's value, 2022年 as its `previous` (last year)");
    expect(r.stderr).toContain("column 增长(%) agrees with what `report build` computes from value and previous: not kept, the build computes it");
    expect(r.yaml).not.toContain("Text that could not be placed");
  });

  it("去年 is previous; a dash where there is no figure is nothing lost", () => {
    const r = importThroughBinary(fixture("spaced-last-year.txt"));
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "地区生产总值", value: 256.3, unit: "亿元", previous: 240.1 },
      { id: "metric_2", label: "固定资产投资", value: 86, unit: "亿元" },
    ]);
    expect(r.stderr).toContain("column 同比 agrees with what `report build` computes");
    expect(r.yaml).not.toContain("Text that could not be placed");
  });

  it("columns with no metric field, and a growth column that differs, are kept as comments and named in the notes; 备注 is the note", () => {
    const r = importThroughBinary(fixture("columns-kept.txt"));
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "地区生产总值", value: 256.3, unit: "亿元", previous: 240.1, note: "可比价" },
      { id: "metric_2", label: "固定资产投资", value: 86, unit: "亿元", previous: 80.2 },
      { id: "metric_3", label: "城镇化率", value: 52, unit: "%", previous: 51.2 },
    ]);
    expect(r.stderr).toContain("column 序号 is no metric field: kept as comments at the end");
    expect(r.stderr).toContain("column 2021年 is no metric field: kept as comments at the end");
    // 5.1% is not (256.3 − 240.1) / 240.1 = 6.7%; 提高0.8个百分点 is 52.0 − 51.2, as the build prints a % unit's change.
    expect(r.stderr).toContain("column 同比增长 is not what `report build` computes from value and previous (地区生产总值 5.1% ≠ 6.7): kept as comments at the end");
    expect(r.stderr).toContain("column 备注 read as the metrics' `note`");
    expect(keptComments(r.yaml).slice(0, 4)).toEqual([
      "# | 指标名称 | 序号 | 2021年 | 同比增长 |",
      "# | 地区生产总值 | 1 | 230 | 5.1% |",
      "# | 固定资产投资 | 2 | 75 | 7.2% |",
      "# | 城镇化率 | 3 | 50 | 提高0.8个百分点 |",
    ]);
  });

  it("every cell of the table is in the data, computed, or kept: none vanishes", () => {
    const table = {
      header: ["指标", "单位", "本年", "上年", "目标", "完成情况", "排名"],
      rows: [
        ["研发经费支出", "亿元", "2.3", "2.0", "2.5", "未完成", "第3"],
        ["高新技术企业", "家", "38", "29", "待定", "—", "第1"],
      ],
    };
    const reading = readMetricsTable(table)!;
    expect(reading.metrics[1]).toEqual({ id: "metric_2", label: "高新技术企业", value: 38, unit: "家", previous: 29 });
    expect(reading.notes.map((n) => [n.code, n.params.column])).toEqual([
      ["metrics-cells-kept", "目标"],
      ["metrics-column-computed", "完成情况"],
      ["metrics-column-kept", "排名"],
    ]);
    expect(reading.kept).toEqual([
      ["指标", "目标", "排名"],
      ["研发经费支出", "2.5", "第3"],
      ["高新技术企业", "待定", "第1"],
    ]);
  });
});

describe("import: a page's lines", () => {
  it("a date with a label after it but none before (2024-01-15 来源：…) is furniture, and the notes keep the cells apart", () => {
    const r = importThroughBinary(fixture("page-lines.txt"), { args: ["--verbose"] });
    expect(r.code).toBe(0);
    expect(r.report.intro).toBe("2023年，我局坚持以人民为中心，扎实推进民政各项工作。");
    expect(r.yaml).toContain("# - dropped web page line: 2024-01-15 来源：某县民政局\n");
    expect(r.yaml).toContain("# - dropped web page line: 来源：某县民政局  浏览次数：128\n");
    expect(r.yaml).toContain("# - dropped web page line: 发布日期：2024年01月15日  信息来源：某县民政局\n");
    expect(r.stderr).toContain("the web page's publication date 2024-01-15 was not taken as the report's date");
    expect(r.report.date).toBeUndefined();
  });
});
