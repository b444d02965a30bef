/**
 * Issue 18, third out-of-sample check: titles and page lines the importer still misread.
 * Each fixture in tests/fixtures/import/round4-titles/ is written for the test in the shape
 * of a real page (README there names the sources).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isFurniture, joinTitleLines } from "../src/import/lines.js";
import { parseTitle, readsAsReportTitle } from "../src/import/year-organization.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures/import/round4-titles", name), "utf8");

describe("import: 半年度 in a title with no year is a period word, not part of the name", () => {
  it('"某县农业农村局半年度工作总结" → 某县农业农村局, first half (the text says 上半年), exit 0 and a clean --check', () => {
    const r = importThroughBinary(fixture("half-year-org.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2024, period: "first-half", organization: "某县农业农村局", title: "某县农业农村局半年度工作总结" });
    expect(importThroughBinary(fixture("half-year-org.txt"), { args: ["--check"] }).code).toBe(0);
  });

  it("the text saying no half, a December date makes it the second half", () => {
    const r = importThroughBinary(fixture("half-year-org-date.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2024, period: "second-half", organization: "某县农业农村局" });
  });

  it("neither the text nor a date saying which half: the first, with a note", () => {
    const r = importThroughBinary(fixture("half-year-org-undecided.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2024, period: "first-half", organization: "某县农业农村局" });
    expect(r.stderr).toContain("not which half");
  });

  it("parseTitle: every period word before 工作 stays out of the organisation", () => {
    for (const title of ["某县农业农村局半年度工作总结", "某县农业农村局半年工作总结", "某县农业农村局年中工作总结", "某县农业农村局上半年度工作总结", "某县农业农村局年度工作总结"]) {
      expect(parseTitle(title).organization, title).toBe("某县农业农村局");
    }
    expect(parseTitle("某县农业农村局半年度工作总结").halfUnsaid).toBe(true);
    expect(parseTitle("某县农业农村局上半年工作总结")).toMatchObject({ period: "first-half" });
  });
});

describe("import: a title a PDF printed on five lines, every number on its own", () => {
  it('"县农业农村局" / "2023" / "年工作总结和" / "2024" / "年工作思路" is one title: year 2023, the organisation, nothing in the intro', () => {
    const r = importThroughBinary(fixture("pdf-title-lines.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2023, organization: "县农业农村局", title: "县农业农村局2023年工作总结和2024年工作思路" });
    expect(r.report.intro).toBeUndefined();
    expect(r.stderr).not.toContain("dropped web page line");
  });

  it("joinTitleLines joins only top lines that read as a title together, one of them a bare number or opening with 年", () => {
    expect(joinTitleLines(["县农业农村局", "2023", "年工作总结和", "2024", "年工作思路", "一、2023年工作总结"])).toEqual(["县农业农村局2023年工作总结和2024年工作思路", "一、2023年工作总结"]);
    expect(joinTitleLines(["", "县农业农村局", "", "2023", "年工作总结", "正文。"])).toEqual(["", "县农业农村局2023年工作总结", "", "正文。"]);
    // An organisation line above a whole title line: left to header.ts, as before.
    const two = ["云溪县科学技术局", "2022年工作总结及2023年工作计划", "一、工作总结"];
    expect(joinTitleLines(two)).toEqual(two);
    // A number inside the body is not the title's.
    const body = ["县农业农村局2023年工作总结", "一、工作总结", "创建基地", "2", "个。"];
    expect(joinTitleLines(body)).toEqual(body);
  });
});

describe("import: a page date line with 发布/阅读 labels and no colons", () => {
  it('"发布 2020-06-05 08:26:28 阅读 8498" is furniture, noted as the publication date', () => {
    const r = importThroughBinary(fixture("yaodian-furniture.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2023, organization: "金华小学", title: "金华小学2024年工作要点" });
    expect(r.report.intro).toBeUndefined();
    expect(r.report.date).toBeUndefined();
    // (The line as the notes give it: a PDF-spacing tidy may take the spaces beside its figures.)
    expect(r.stderr).toMatch(/dropped web page line: 发布\s*2020-06-05 08:26:28\s*阅读\s*8498/);
    expect(r.stderr).toContain("publication date 2020-06-05");
  });

  it("the shape's variants are furniture; a sentence with 发布 is not", () => {
    for (const line of ["发布 2020-06-05 08:26:28 阅读 8498", "发布于 2024-01-15 浏览 120", "发表 2024-01-15 10:30", "更新 2024/01/15 点击：33次"]) expect(isFurniture(line), line).toBe(true);
    expect(isFurniture("发布2023年度工作报告，阅读量较上年增长20%。")).toBe(false);
  });
});

describe("import: titles without 总结 or 计划 that name a year or a half", () => {
  it('"青山镇2023上半年工作开展情况和下半年工作打算" is the title: 2023 with no 年 is read, first half, organisation 青山镇', () => {
    const r = importThroughBinary(fixture("title-no-zongjie.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2023, period: "first-half", organization: "青山镇", title: "青山镇2023上半年工作开展情况和下半年工作打算" });
    expect(r.stderr).not.toContain("no title line found");
    expect(r.stderr).not.toContain("no year in the title");
  });

  it('"青山镇上半年工作开展情况和下半年工作打算" (no year) is the title too; the year comes from the opening', () => {
    const r = importThroughBinary(fixture("title-no-zongjie-no-year.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2023, period: "first-half", organization: "青山镇", title: "青山镇上半年工作开展情况和下半年工作打算" });
  });

  it("情况 ends a title only with a year or a half named before it", () => {
    expect(readsAsReportTitle("青山镇2023上半年工作开展情况")).toBe(true);
    expect(readsAsReportTitle("青山镇2023年工作开展情况")).toBe(true);
    expect(readsAsReportTitle("主要工作开展情况")).toBe(false);
    expect(parseTitle("青山镇2023下半年工作开展情况")).toMatchObject({ year: 2023, period: "second-half", organization: "青山镇" });
  });
});

describe("import: a 政府信息公开 annual report with no title line", () => {
  it("gets the format's title, composed, with a note; the placeholder organisation is in it and flags it", () => {
    const r = importThroughBinary(fixture("govinfo-no-title.txt"));
    expect(r.report).toMatchObject({ year: 2024, title: "（请填写单位名称）2024年政府信息公开工作年度报告" });
    expect(r.stderr).toContain("title was composed");
    expect(r.code).toBe(1);
  });

  it("with the organisation found in the text, the title names it", () => {
    const r = importThroughBinary(fixture("govinfo-no-title-org.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2024, organization: "城中区人民政府", title: "城中区人民政府2024年政府信息公开工作年度报告" });
  });

  it("a report with no title that is no 政府信息公开 report keeps the build's default title", () => {
    const r = importThroughBinary(fixture("not-govinfo-no-title.txt"));
    expect(r.code).toBe(0);
    expect(r.report.title).toBeUndefined();
    expect(r.stderr).toContain("no title line found");
  });
});
