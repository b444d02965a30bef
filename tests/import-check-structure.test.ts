/**
 * Issue 18 (g): `report import --check` measures structure too — the numbered headings
 * per level and the points of the original against the rebuilt Markdown — and exits 1 with
 * the first difference. Through the built binary.
 */
import { describe, expect, it } from "vitest";
import { firstDifference, shapeOf } from "../src/import/structure-check.js";
import { importThroughBinary } from "./helpers/import-binary.js";

describe("import --check: structure", () => {
  it("a report that keeps its shape: both counts printed, exit 0", () => {
    const r = importThroughBinary(
      ["某县林业局2023年工作总结", "一、2023年工作开展情况", "（一）植树造林", "主要做法：一是压实责任。二是强化管护。", "二、存在的问题", "防火任务重。", "三、2024年工作计划", "继续造林。"].join("\n"),
      { args: ["--check"] },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("structure: numbered headings per level and points — original 3/1/0/0, 2; rebuilt 3/1/0/0, 2\n");
  });

  it("top-level headings that became summary topics: exit 1, the first difference named (in Chinese too)", () => {
    const text = ["某区财政局2023年工作总结", "一、聚焦收入组织，财政实力稳步增强", "收入增长6.1%。", "二、聚焦民生保障，支出结构持续优化", "民生支出占81%。", "三、下一步工作打算", "兜牢“三保”底线。"].join("\n");
    const r = importThroughBinary(text, { args: ["--check"] });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^round trip: 100\.0%/);
    expect(r.stderr).toContain("the structure differs: level 1 (一、) has 3 in the original, 2 in the rebuilt Markdown");
    const zh = importThroughBinary(text, { args: ["--check"], lang: "zh" });
    expect(zh.stderr).toContain("结构不一致：第 1 级（一、）原文 3 个，重新生成 2 个");
  });
});

describe("import --check: a level the report skips", () => {
  it("一、 then 1. (no （一）, as real 政府信息公开 reports go): the 1. are level 2, as the build prints them (（一）), exit 0", () => {
    const r = importThroughBinary(["某县教育局2023年政府信息公开工作年度报告", "一、总体情况", "1.主动公开:全年发布信息221条。", "2.依申请公开:全年未收到申请。"].join("\n"), { args: ["--check"] });
    expect(r.stdout).toContain("original 1/2/0/0, 0; rebuilt 1/2/0/0, 0");
    expect(r.code, r.stderr).toBe(0);
  });
});

describe("import --check: no organisation found", () => {
  it("is still measured (as a draft would print it), and exits 1 for the placeholder", () => {
    const r = importThroughBinary(["一、总体情况", "2023年，我局发布政务信息34条。", "（一）主动公开信息情况。全年发布信息150条。"].join("\n"), { args: ["--check"] });
    expect(r.stdout).toMatch(/^round trip: 100\.0%/);
    expect(r.stdout).toContain("structure: numbered headings per level and points — original 1/1/0/0, 0; rebuilt 1/1/0/0, 0");
    expect(r.stderr).toMatch(/placeholder/);
    expect(r.code).toBe(1);
  });
});

describe("structure counts: units", () => {
  it("counts by depth, kinds in the order they open: a skipped level is no gap", () => {
    expect(shapeOf([{ text: "一、甲" }, { text: "1. 乙" }, { text: "（1）丙" }, { text: "2. 丁" }, { text: "二、戊" }]).levels).toEqual([2, 2, 1, 0]);
    expect(shapeOf([{ text: "（一）甲" }, { text: "1. 乙" }]).levels).toEqual([1, 1, 0, 0]);
  });

  it("counts markers by level and points after punctuation, not 一是 inside a word", () => {
    const shape = shapeOf([{ text: "一、甲" }, { text: "（一）乙" }, { text: "1. 丙" }, { text: "（1）丁" }, { text: "做法：一是A。二是B。统一是关键。" }, { text: "自动编号", list: 1 }]);
    expect(shape).toEqual({ levels: [1, 2, 1, 1], points: 2 });
    expect(firstDifference(shape, { ...shape, points: 3 })).toEqual({ what: "points", original: 2, rebuilt: 3 });
  });
});
