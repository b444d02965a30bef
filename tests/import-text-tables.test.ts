/**
 * Issue 18 (f): tables copied as text — "| 规章 | 0 |" rows or columns kept apart by
 * spaces — are recognised: the key-figures table as metrics, any other kept as a note
 * with its rows. Through the built binary.
 */
import { describe, expect, it } from "vitest";
import { linesWithTables } from "../src/import/text-tables.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const HEAD = ["某县科技局2023年工作总结及2024年工作计划", "一、2023年工作开展情况", "全年科技工作稳步推进。"];
const TAIL = ["二、存在的问题", "创新主体偏少。", "三、2024年工作计划", "继续努力。"];

describe("import: tables copied as text", () => {
  it("a key-figures table in spaced columns becomes metrics", () => {
    const table = ["指标          单位    2023年    上年", "研发经费支出    亿元    2.3    2.0", "高新技术企业    家    38    29"];
    const r = importThroughBinary([...HEAD, ...table, ...TAIL].join("\n"));
    expect(r.code).toBe(0);
    expect(r.report.metrics).toEqual([
      { id: "metric_1", label: "研发经费支出", value: 2.3, unit: "亿元", previous: 2 },
      { id: "metric_2", label: "高新技术企业", value: 38, unit: "家", previous: 29 },
    ]);
    expect(r.stderr).toMatch(/key-figures table read as 2 metrics/);
  });

  it("any other table of | rows is kept as a note with its rows, and said, not one paragraph per row", () => {
    const table = ["| 信息内容 | 新制发件数 | 废止件数 | 现行有效件数 |", "| --- | --- | --- | --- |", "| 规章 | 0 | 0 | 0 |", "| 规范性文件 | 3 | 1 | 12 |"];
    const r = importThroughBinary([...HEAD, ...table, ...TAIL].join("\n"));
    expect(r.stderr).toMatch(/a table of 3 rows \(信息内容 \| 新制发件数 \| 废止件数 \| 现行有效件数\) is not the key-figures table/);
    expect(r.yaml).toMatch(/^# \| 规章 \| 0 \| 0 \| 0 \|$/m);
    expect(JSON.stringify(r.report)).not.toContain("规章");
  });
});

describe("text tables: units", () => {
  it("| rows may have different numbers of cells (merged cells), and a row may end in a bar only", () => {
    const merged = linesWithTables(["| 第二十条 第(一)项 | |||", "| 信息内容 | 本年制发件数 | 本年废止件数 |", "| 规章 | 0 | 0 |", "正文。"]);
    expect(merged.tables).toEqual([{ rows: 3 }]);
    const trailing = linesWithTables(["第二十条第(五)项 |", "信息内容 | 本年处理决定数量 |", "行政许可 | 0 |", "三、收到和处理政府信息公开申请情况"]);
    expect(trailing.tables).toEqual([{ rows: 3 }]);
    expect(trailing.paragraphs.at(-1)!.text).toBe("三、收到和处理政府信息公开申请情况");
  });

  it("a line with one bar at an end is text (a cell of the page's layout), and furniture rows are no table", () => {
    const isFurniture = (line: string) => /^索引号|^公开范围/.test(line);
    const r = linesWithTables(["索引号 | K1/2024-1 | ||", "公开范围 | 面向全社会 |", "东柳街道2023年工作总结和2024年工作思路 |", "一、2023年工作回顾"], isFurniture);
    expect(r.tables).toEqual([]);
    expect(r.paragraphs.map((p) => p.text)).toContain("东柳街道2023年工作总结和2024年工作思路");
  });

  it("needs two rows of the same width; prose with one double space is not a table", () => {
    expect(linesWithTables(["今年  我局完成了工作。", "下一步继续努力。"]).tables).toEqual([]);
    expect(linesWithTables(["a  b  c", "d  e  f", "正文。"]).paragraphs.map((p) => p.text)).toEqual(["a | b | c / d | e | f", "正文。"]);
  });
});
