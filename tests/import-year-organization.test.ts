/**
 * Issue 18 (c, h): the year and the organisation from the whole text, never a default
 * year; 关于/的 off the organisation; a 发布时间 in page furniture is never the report's
 * date. Through the built binary.
 */
import { describe, expect, it } from "vitest";
import { cleanOrganization, findYear } from "../src/import/year-organization.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const BODY = ["一、工作开展情况", "（一）抓好安全生产", "全年无事故。", "二、存在的问题", "人员不足。", "三、下一步工作打算", "继续努力。"];

describe("import: the year from the whole text", () => {
  it("with no title line, the year is the first 20XX年 of the opening, not 2000", () => {
    const r = importThroughBinary(["2023年，我局认真落实各项工作，现将有关情况报告如下。", ...BODY, "某县应急管理局", "2024年1月5日"].join("\n"));
    expect(r.report.year).toBe(2023);
    expect(r.report.organization).toBe("某县应急管理局");
    expect(r.stderr).toMatch(/no year in the title: 2023 taken from the opening/);
    expect(r.yaml).not.toContain("2000");
  });

  it("else the closing date's year (the year before when signed in January)", () => {
    const r = importThroughBinary(["今年以来，我局认真落实各项工作。", ...BODY, "某县应急管理局", "2024年1月5日"].join("\n"));
    expect(r.report.year).toBe(2023);
    expect(r.stderr).toMatch(/taken from the closing date/);
  });

  it("no year anywhere: the data has no year, the import says so and exits 1", () => {
    const r = importThroughBinary(["今年以来，我局认真落实各项工作。", ...BODY].join("\n"));
    expect(r.code).toBe(1);
    expect(r.report.year).toBeUndefined();
    expect(r.stderr).toMatch(/fill in `year`/);
    expect(r.yaml).not.toMatch(/^year:/m);
  });

  it("a title with 关于 keeps the organisation without it", () => {
    const r = importThroughBinary(["深圳市光明区城市管理和综合执法局关于2023年工作总结和2024年工作计划的报告", ...BODY].join("\n"));
    expect(r.report).toMatchObject({ year: 2023, organization: "深圳市光明区城市管理和综合执法局" });
  });

  it("a 发布时间 line is the page's date, never the report's", () => {
    const r = importThroughBinary(["某县应急管理局2023年工作总结", "发布时间：2024-02-01 09:30", ...BODY].join("\n"));
    expect(r.report.date).toBeUndefined();
    expect(r.stderr).toMatch(/publication date 2024-02-01 was not taken/);
  });
});

describe("year and organisation: units", () => {
  it("cleans 关于 and 的", () => {
    expect(cleanOrganization("关于云溪县科技局")).toBe("云溪县科技局");
    expect(cleanOrganization("某局关于报送")).toBe("某局");
    expect(cleanOrganization("某市图书馆的")).toBe("某市图书馆");
    expect(cleanOrganization("关于")).toBeUndefined();
  });
  it("reads a plan heading's year as the year before", () => {
    expect(findYear({ opening: [], headings: [{ text: "2024年工作计划", plan: true }] })).toEqual({ value: 2023, from: "heading" });
    expect(findYear({ opening: [], headings: [] })).toEqual({});
  });
});
