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

  it("a report that opens with its first heading: the year from that section's text", () => {
    const r = importThroughBinary(["一、总体情况", "（一）主动公开信息情况。截止2023年12月31日我局通过官方网站发布政务类信息34条。", "二、主动公开政府信息情况", "本年度未制发规章。"].join("\n"));
    expect(r.report.year).toBe(2023);
  });

  it("the title after the site's lines, and the report's own title after the page's", () => {
    const guangming = importThroughBinary(["新闻", "首页 > 信息公开 > 计划总结", "深圳市光明区城市管理和综合执法局关于2022年工作总结及2023年工作计划的报告", ...BODY].join("\n"));
    expect(guangming.report.organization).toBe("深圳市光明区城市管理和综合执法局");
    expect(guangming.stderr).toMatch(/dropped web page line: 新闻/);
    const wuxiang = importThroughBinary(["2022年武乡县图书馆年度工作总结及2023年工作计划", "武乡县图书馆", "2022年工作总结暨2023年工作计划", ...BODY].join("\n"));
    expect(wuxiang.report).toMatchObject({ year: 2022, organization: "武乡县图书馆", title: "武乡县图书馆2022年工作总结暨2023年工作计划" });
    const doubled = importThroughBinary(["美格智能技术股份有限公司 2023 年度董事会工作报告美格智能技术股份有限公司 2023 年度董事会工作报告", ...BODY].join("\n"));
    expect(doubled.report).toMatchObject({ year: 2023, organization: "美格智能技术股份有限公司" });
  });

  it("a title whose year a copying site replaced by 20XX: the organisation before it, the year from the opening", () => {
    const r = importThroughBinary(["教育文化卫生健康局20XX年上半年工作总结及下半年工作计划", "2023年以来，我局坚持党建引领。", ...BODY].join("\n"));
    expect(r.report).toMatchObject({ year: 2023, organization: "教育文化卫生健康局" });
  });

  it("with no title, the organisation the opening names as the author", () => {
    const cases: Array<[string, string]> = [
      ["根据《条例》规定，现公布广州市人民政府办公厅2023年政府信息公开工作年度报告。", "广州市人民政府办公厅"],
      ["本报告根据《条例》要求，由淮北市人民医院编制。统计期限自2022年1月1日起。", "淮北市人民医院"],
      ["根据《条例》要求，岐山县教育体育局现向社会公开《2023年政府信息公开工作年度报告》。", "岐山县教育体育局"],
      ["2023年，宜黄县图书馆在上级领导的关心下，全面完成了各项工作。", "宜黄县图书馆"],
    ];
    for (const [opening, organization] of cases) {
      const r = importThroughBinary([opening, ...BODY].join("\n"));
      expect(r.report.organization).toBe(organization);
      expect(r.stderr).toMatch(new RegExp(`${organization} taken from the opening`));
    }
    // A field of work is no author: the placeholder stays.
    expect(importThroughBinary(["2023年，全区卫生健康工作稳步推进。", ...BODY].join("\n")).report.organization).toBe("（请填写单位名称）");
  });

  it("a 发布时间 line is the page's date, never the report's", () => {
    const r = importThroughBinary(["某县应急管理局2023年工作总结", "发布时间：2024-02-01 09:30", ...BODY].join("\n"));
    expect(r.report.date).toBeUndefined();
    expect(r.stderr).toMatch(/publication date 2024-02-01 was not taken/);
  });
});

describe("year and organisation: units", () => {
  it("an organisation after the year only when it ends like a unit's name", async () => {
    const { organizationAfterYear } = await import("../src/import/organization.js");
    expect(organizationAfterYear("2022年武乡县图书馆年度工作总结及2023年工作计划")).toBe("武乡县图书馆");
    expect(organizationAfterYear("2023年XX区卫生健康工作总结及2024年工作计划")).toBeUndefined();
    expect(organizationAfterYear("2023年图书馆工作总结")).toBeUndefined();
  });
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
