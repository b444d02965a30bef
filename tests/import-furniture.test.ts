/**
 * Issue 18, ten more real reports: what a page puts around a report, and a title's year and
 * name in other shapes. A document site's info block (文件名称:….docx, 文件大小, 总页数…) and
 * its file-name line are dropped, the file name giving the title only when there is no title
 * line; its list after the text (您可能关注的文档, 相关文档…) is dropped to the end; a
 * navigation bar is dropped however it is spaced; the page's date under the title is the
 * site's, never the report's; a school year ("2023-2024学年度") is read as its first year,
 * said in a note; an organisation that is no name ("镇") is not taken; a report opening with
 * 一、总体情况 names itself in that section. An empty file is an error, with no YAML.
 * Fixtures: tests/fixtures/import/furniture/ (written for these tests, in the shapes of the
 * real pages its README names).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import { roundTrip } from "../src/import/check.js";
import { EmptyImport, importReport } from "../src/import/index.js";
import { isFurniture } from "../src/import/lines.js";
import { parseTitle } from "../src/import/year-organization.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { ROOT } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const FIXTURES = join(ROOT, "tests/fixtures/import/furniture");
const templates = readTemplateSet();
const settings = settingsFrom();

async function imported(text: string, name = "report.txt") {
  const r = await importReport(new TextEncoder().encode(text), "txt", { lang: "en", source: name });
  const trip = roundTrip(r.yaml, r.original, templates, settings, "en", name, r.originalShape);
  const codes = r.notes.map((n) => n.code);
  const furniture = r.notes.filter((n) => n.code === "furniture").map((n) => String(n.params.text).trim());
  return { ...r, trip, codes, furniture, texts: JSON.stringify(r.report) };
}
const fixture = (name: string) => imported(readFileSync(join(FIXTURES, name), "utf8"), name);

describe("import: a document site's info block and file name", () => {
  it("基本信息 / 文件名称:….docx / 文件大小 / 总页数 / 更新时间 / 总字数 / 文档摘要 above the title: dropped, the title below them", async () => {
    const r = await fixture("docinfo.txt");
    expect(r.report.title).toBe("2025年某医院眼科工作总结暨工作计划");
    expect(r.report.organization).not.toBe("文件名称");
    expect(r.report.year).toBe(2025);
    expect(r.report.intro).toBe("2025年，眼科全年门诊量达11.6万人次，较上年增长6.2%。");
    expect(r.furniture).toEqual(["基本信息", "文件名称:2025年某医院眼科工作总结暨工作计划.docx", "文件大小:31.02 KB", "总页数:9 页", "更新时间:2026-01-19", "总字数:约4.8千字", "文档摘要"]);
    // 更新时间 is the site's date, never the report's.
    expect(r.report.date).toBeUndefined();
    expect(r.codes).toContain("published-ignored");
    expect(r.trip.score!.share).toBe(1);
  });

  it("no title line: the file name (文件名称:….docx) gives the title, said in a note", async () => {
    const r = await fixture("file-name-only.txt");
    expect(r.report.title).toBe("2025年某县人民医院工作总结及2026年工作计划");
    expect(r.report.organization).toBe("某县人民医院");
    expect(r.report.year).toBe(2025);
    expect(r.codes).toContain("title-from-file-name");
    expect(r.report.intro).toBe("2025年，我院坚持以患者为中心，各项工作稳步推进。");
  });

  it("a file-name line above the title is not joined to it; the site's list after the text is dropped to the end", async () => {
    const r = await fixture("docsite-file-name.txt");
    expect(r.report.title).toBe("2025年某市中心医院工作总结及2026年工作计划");
    expect(r.report.organization).toBe("某市中心医院");
    expect(r.furniture.slice(0, 2)).toEqual(["2025年某市中心医院工作总结及2026年工作计划.docx", "2025年某市中心医院工作总结及2026年工作计划.docx"]);
    expect(r.furniture).toEqual(expect.arrayContaining(["您可能关注的文档", "文档评论(0)", "1亿VIP精品文档", "相关文档", "2025年医院护理工作计划.docx"]));
    expect(r.texts).not.toMatch(/您可能关注|文档评论|VIP|相关文档|\.docx/);
    expect(r.report.summary.items![0].body).toBe("全年开展质控检查12次，整改问题86项。");
    expect(r.trip.score!.share).toBe(1);
    expect(r.trip.structure!.difference).toBeUndefined();
  });

  it("a line that merely names a document or says 相关文档 inside a sentence stays text", () => {
    expect(isFurniture("请各科室认真学习《2025年工作要点.docx》的要求。")).toBe(false);
    expect(isFurniture("文件名称:2025年工作总结.docx")).toBe(true);
    expect(isFurniture("2025年工作总结.docx")).toBe(true);
  });
});

describe("import: a navigation bar and the page's date", () => {
  it("a navigation bar spaced wide, then the title, then • date and • 来源 lines: dropped, the title found", async () => {
    const r = await fixture("navbar-date.txt");
    expect(r.report.organization).toBe("某街道办事处");
    expect(r.report.year).toBe(2024);
    expect(r.codes).not.toContain("no-title");
    expect(r.furniture).toHaveLength(3);
    expect(r.furniture[0]).toMatch(/^智能问答\s+\|\s+无障碍浏览\s+\|\s+长者专区\s+\|\s+ENGLISH$/);
    expect(r.furniture.slice(1)).toEqual(["• 2025-02-28 14:50", "• 来源: 某街道办事处"]);
    expect(r.report.intro).toBe("2024年是实现“十四五”规划目标任务的关键一年。街道各项工作稳步推进。");
    expect(r.report.date).toBeUndefined();
    expect(r.notes).toContainEqual({ code: "published-ignored", params: { date: "2025-02-28" } });
  });

  it("the bar is dropped whatever its spacing and number of cells", () => {
    for (const bar of ["智能问答 | 无障碍浏览 | 长者专区 | ENGLISH", "智能问答      无障碍浏览      长者专区", "无障碍浏览｜ENGLISH", "智能问答 无障碍浏览 长者专区 ENGLISH 繁體"]) {
      expect(isFurniture(bar), bar).toBe(true);
    }
    // A table row of short cells is no bar.
    expect(isFurniture("| 规章 | 0 | 0 | 0 |")).toBe(false);
    expect(isFurniture("党建引领 | 基层治理 | 民生保障")).toBe(false);
  });

  it.each([["2025-02-28 14:50"], ["• 2025-02-28 14:50"], ["2024-04-04 393"], ["2025-02-28"]])(
    "a date line under the title (%s) is the page's: dropped, noted as the publication date, not the report's",
    async (line) => {
      const r = await imported(`某街道办事处2024年工作总结及2025年工作计划\n${line}\n2024年是关键一年。街道努力建设。\n一、2024年工作总结\n（一）党建引领。入选创新案例。\n`);
      expect(r.report.intro).toBe("2024年是关键一年。街道努力建设。");
      expect(r.report.date).toBeUndefined();
      expect(r.furniture).toContain(line);
      expect(r.notes).toContainEqual({ code: "published-ignored", params: { date: line.match(/\d{4}-\d{2}-\d{2}/)![0] } });
      expect(r.trip.score!.share).toBe(1);
    },
  );

  it("a closing date written out stays the report's date; a bare date at the end too", async () => {
    const r = await imported("某街道2024年工作总结\n今年以来，街道扎实推进各项工作。\n一、主要工作\n（一）基层治理。开展活动12场。\n某街道办事处\n2024年12月30日\n");
    expect(r.report.date).toBe("2024-12-30");
    const s = await imported("某街道2024年工作总结\n今年以来，街道扎实推进各项工作。\n一、主要工作\n（一）基层治理。开展活动12场。\n2024-12-30\n");
    expect(s.report.date).toBe("2024-12-30");
  });

  it("2025-10-18人已围观 is the page's line", () => {
    expect(isFurniture("2025-10-18人已围观")).toBe(true);
    expect(isFurniture("2024-12-30")).toBe(false);
    expect(isFurniture("2024年12月30日")).toBe(false);
  });
});

describe("import: a school year in the title", () => {
  it("金东小学2023-2024学年度工作总结: the organisation without the years, year 2023 (the school year's first), said in a note", async () => {
    const r = await fixture("school-year.txt");
    expect(r.report.organization).toBe("某镇中心小学");
    expect(r.report.year).toBe(2023);
    expect(r.report.title).toBe("某镇中心小学2023-2024学年度工作总结");
    expect(r.notes).toContainEqual({ code: "year-span", params: { span: "2023-2024学年度", year: 2023 } });
    expect(r.report.date).toBeUndefined();
  });

  it.each([
    ["金东小学2023-2024学年度工作总结", "金东小学", 2023],
    ["金东小学2023学年工作总结", "金东小学", 2023],
    ["金东小学2023-2024年度工作总结", "金东小学", 2023],
    ["金东小学2023—2024学年工作总结", "金东小学", 2023],
    ["金东小学2024-2025学年工作计划", "金东小学", 2023],
    ["某区发展和改革局2023年工作总结及2024年工作计划", "某区发展和改革局", 2023],
  ])("%s → %s, %i", (title, organization, year) => {
    expect(parseTitle(title)).toMatchObject({ organization, year });
  });

  it("a term after the school year: the unit after it is the organisation", async () => {
    const r = await imported("2023-2024学年上学期某镇农村小学工作总结\n2023-2024学年上学期，学校深入推进素质教育。\n一、强化内部管理\n（一）干部队伍建设。开展专题学习6次。\n");
    expect(r.report.organization).toBe("某镇农村小学");
    expect(r.report.year).toBe(2023);
  });
});

describe("import: an organisation that is no name", () => {
  it("镇2023年工作总结…: 镇 is not taken; the placeholder and a note ask for the name", async () => {
    const r = await fixture("generic-organization.txt");
    expect(r.report.organization).toBe("（请填写单位名称）");
    expect(r.notes).toContainEqual({ code: "organization-generic", params: { organization: "镇" } });
    expect(r.report.title).toBe("镇2023年工作总结和2024年工作谋划");
    expect(r.report.year).toBe(2023);
  });

  it("through the binary: the data does not validate, so the import exits 1", () => {
    const r = importThroughBinary(readFileSync(join(FIXTURES, "generic-organization.txt"), "utf8"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/names the organisation only as "镇"/);
  });
});

describe("import: a 政府信息公开 report names itself in 一、总体情况", () => {
  it("现将<单位>2024年…年度报告如下： in the first section", async () => {
    const r = await fixture("gov-info-xianjiang.txt");
    expect(r.report.organization).toBe("某市某区文化广播电视体育和旅游局");
    expect(r.notes).toContainEqual({ code: "organization-from-first-section", params: { organization: "某市某区文化广播电视体育和旅游局" } });
    expect(r.report.year).toBe(2024);
  });

  it("2024年，<单位>坚持… in the first section, under a line before it", async () => {
    const r = await fixture("gov-info-first-section.txt");
    expect(r.report.organization).toBe("某市人民政府办公厅");
    expect(r.codes).not.toContain("no-organization");
  });
});

describe("import: an empty file", () => {
  it("is an error (exit 1): no YAML, no notes", async () => {
    for (const text of ["", "  \n\n\t\r\n　\n"]) {
      await expect(importReport(new TextEncoder().encode(text), "txt", { lang: "en" })).rejects.toBeInstanceOf(EmptyImport);
      const r = importThroughBinary(text);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/report\.txt is empty: no text to import/);
      expect(r.stderr).not.toMatch(/note:/);
    }
  });

  it("-o writes no file", () => {
    const r = importThroughBinary("", { args: ["-o", "data.yaml"] });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/wrote/i);
  });
});
