/**
 * Issue 18, audit on eight new real reports: how a report opens. A short opening paragraph
 * ("…。现将2023年工作总结如下：") is never the title; a text pasted as several long lines, or
 * as one short line, is split before the markers after its sentence ends, and `--check`
 * counts those markers in the original whatever the importer did; three or four lines of
 * the page above the title do not hide it; a 范文 site's "(2篇)", "篇1", "【…范文】" and its
 * word on the file are dropped and said, and a second report ("篇2") is left out with a note;
 * a PDF's break inside a number is joined without a space; a document site's page numbers
 * ("1、" "2、" opening pages cut mid-sentence) are dropped and the cut word rejoined. Fixtures:
 * tests/fixtures/import/openings/ (written for these tests, in the shapes of the real pages
 * its README names).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import { roundTrip } from "../src/import/check.js";
import { splitFrame } from "../src/import/header.js";
import { importReport } from "../src/import/index.js";
import { dropPageNumbers, reflow, splitAtMarkers } from "../src/import/reflow.js";
import { originalShapeOf, shapeOf } from "../src/import/structure-check.js";
import { readsAsSentence, siteTitleSuffix } from "../src/import/year-organization.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { ROOT } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const FIXTURES = join(ROOT, "tests/fixtures/import/openings");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const templates = readTemplateSet();
const settings = settingsFrom();

async function checked(name: string) {
  const imported = await importReport(new Uint8Array(readFileSync(join(FIXTURES, name))), "txt", { lang: "en", source: name });
  const trip = roundTrip(imported.yaml, imported.original, templates, settings, "en", name, imported.originalShape);
  return { imported, trip, codes: imported.notes.map((n) => n.code) };
}

describe("import: a short opening paragraph is the intro, never the title", () => {
  it("…。现将2023年工作总结如下： — no title, the paragraph is the intro, the organisation a placeholder with a note", () => {
    const r = importThroughBinary(fixture("opening-as-title.txt"));
    expect(r.report.title).toBeUndefined();
    expect(r.report.organization).toBe("（请填写单位名称）");
    expect(r.report.intro).toBe("今年以来，县民政局全面完成了年度各项工作任务。现将2023年工作总结如下：");
    expect(r.report.year).toBe(2023);
    expect(r.stderr).toMatch(/no title line found/);
    expect(r.stderr).toMatch(/organisation not found/);
    // The placeholder is not a silent success.
    expect(r.code).toBe(1);
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["抓项目建设", "抓民生保障"]);
  });

  it("【医院年度工作总结范文】2024年，…总结如下： — the site's label is dropped (noted), the rest is the intro", () => {
    const r = importThroughBinary(fixture("bracket-title.txt"));
    expect(r.report.title).toBeUndefined();
    expect(r.report.organization).toBe("（请填写单位名称）");
    expect(r.report.intro).toBe("2024年，在上级主管部门的正确领导下，我院全面完成了年度各项工作任务。现将本年度工作总结如下：");
    expect(r.stderr).toMatch(/dropped web page line: 【医院年度工作总结范文】/);
  });

  it("a line with 。 inside, or ending in ：, is never a title; a title is", () => {
    expect(readsAsSentence("今年以来，县民政局全面完成了年度各项工作任务。现将2023年工作总结如下：")).toBe(true);
    expect(readsAsSentence("关于2023年工作总结如下：")).toBe(true);
    expect(readsAsSentence("某县民政局2023年工作总结及2024年工作计划")).toBe(false);
    expect(readsAsSentence("某县民政局关于2023年度工作情况的报告")).toBe(false);
    const frame = splitFrame([{ text: "全县2023年工作总结如下：" }, { text: "一、主要工作" }]);
    expect(frame.title).toBeUndefined();
    expect(frame.body).toHaveLength(2);
  });
});

describe("import: markers after a sentence end split any line, not only a text that has no breaks", () => {
  it("a text pasted as two long lines: （二）（三） in the second line are topics, and --check counts them in the original", async () => {
    const r = importThroughBinary(fixture("two-long-lines.txt"));
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["加强思想政治建设，牢记使命担当", "完善学校管理体制，提升管理效能", "加强队伍建设，提升师资水平"]);
    expect(r.report.problems.intro).toBe("教师队伍结构不够合理。");
    const { trip } = await checked("two-long-lines.txt");
    expect(trip.structure!.original.levels).toEqual([2, 3, 0, 0]);
    expect(trip.structure!.difference).toBeUndefined();
  });

  it("the original side counts ordinals after sentence ends in any line on its own, not through the importer's split", () => {
    const lines = fixture("two-long-lines.txt").trim().split("\n").map((text) => ({ text }));
    // Read line by line (as the count was before): one （一）, the rest hidden inside the lines.
    expect(shapeOf(lines).levels).toEqual([0, 0, 0, 0]);
    expect(originalShapeOf(lines).levels).toEqual([2, 3, 0, 0]);
    // An enumeration after a colon is no heading, even with a heading 1、 open before it.
    const enumeration = [{ text: "1、安全生产" }, { text: "主要做法：1、压实责任。2、排查隐患。3、强化演练。" }, { text: "2、应急管理" }];
    expect(originalShapeOf(enumeration).levels).toEqual([2, 0, 0, 0]);
  });

  it("the sequence of each kind is followed from line to line; an enumeration after ： stays in its paragraph", () => {
    const opened = new Map<string, number>();
    expect(splitAtMarkers("一、主要工作（一）抓项目。全年完成投资5亿元。", opened)).toEqual(["一、主要工作", "（一）抓项目。全年完成投资5亿元。"]);
    expect(splitAtMarkers("项目建设提速。（二）抓民生。发放资金3000万元。", opened)).toEqual(["项目建设提速。", "（二）抓民生。发放资金3000万元。"]);
    const after = new Map<string, number>([["num", 1]]);
    expect(splitAtMarkers("主要做法：1、压实责任。2、排查隐患。", after)).toEqual(["主要做法：1、压实责任。2、排查隐患。"]);
    // "集中统一、" holds no 一、 under its （一）.
    expect(splitAtMarkers("（一）推动构建集中统一、全面覆盖、权威高效的审计监督体系")).toHaveLength(1);
  });

  it("a text with no breaks under 200 characters is split too: title, intro, part heading and two topics", () => {
    const r = importThroughBinary(fixture("short-no-breaks.txt"), { args: [] });
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2022, organization: "某中学", title: "某中学2022年工作总结" });
    expect(r.report.intro).toBe("一年来，学校全面贯彻党的教育方针，努力实现学校特色发展。");
    expect(r.report.summary.heading).toBe("2022年工作总结");
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["加强思想政治建设，牢记使命担当", "完善学校管理体制，提升管理效能"]);
  });

  it("a short line without markers after a sentence end stays one paragraph", () => {
    const lines = ["某县审计局2023年工作总结", "一、工作开展情况", "全年完成审计项目27个。2023年查出问题金额3.2亿元，促进增收节支1.1亿元。"].map((text) => ({ text }));
    expect(reflow(lines)).toMatchObject({ split: 0, paragraphs: lines });
  });
});

describe("import: lines of the page above the title", () => {
  it("three navigation lines, then the title: the title and the organisation are found, the lines dropped as furniture", () => {
    const r = importThroughBinary(fixture("three-page-lines.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2024, organization: "某省人民政府", title: "某省人民政府2024年政府信息公开工作年度报告" });
    expect(r.report.intro).toBe("根据《条例》规定，现公布某省人民政府2024年政府信息公开工作年度报告。");
    expect(r.stderr).toMatch(/dropped web page line: 某省人民政府办公厅政府信息公开/);
    expect(r.stderr).not.toMatch(/no title line found/);
  });

  it("a government page's 名称:, 主题词:, 【打印】 【字体: and 无障碍 长者助手 lines are furniture", async () => {
    const { imported, codes } = await checked("page-furniture.txt");
    expect(imported.report).toMatchObject({ organization: "某省人民政府", title: "某省人民政府2024年政府信息公开工作年度报告" });
    expect(imported.report.intro).toBe("根据《条例》规定，现公布某省人民政府2024年政府信息公开工作年度报告。");
    const dropped = imported.notes.filter((n) => n.code === "furniture").map((n) => String(n.params.text));
    expect(dropped).toEqual(expect.arrayContaining(["主题词:", "名称: 某省人民政府2024年政府信息公开工作年度报告"]));
    expect(dropped.some((t) => t.startsWith("【打印】"))).toBe(true);
    expect(dropped.some((t) => t.startsWith("无障碍"))).toBe(true);
    expect(codes).not.toContain("no-title");
  });
});

describe("import: a 范文 site's page", () => {
  it("(2篇) is cut off the title, 篇1 and the site's word on the file dropped, all noted; the report from 篇2 on is left out with a note", async () => {
    const r = importThroughBinary(fixture("fanwen-pian.txt"));
    expect(r.code).toBe(0);
    expect(r.report.title).toBe("2024年机关办公室工作总结");
    expect(r.report.intro).toBe("2024年，市政府办公室坚持规矩、注重实效，保障市政府各项事务高效运转。");
    expect(r.report.summary.items).toHaveLength(2);
    expect(r.report.problems.intro).toBe("统筹协调的前瞻性还不够强。");
    expect(r.yaml).not.toMatch(/县政府办公室在县委/);
    expect(r.stderr).toMatch(/"\(2篇\)" after the title is the copying site's/);
    expect(r.stderr).toMatch(/more than one report: the first was imported; the rest, from "篇2" on \(4 paragraphs\), was left out/);
    expect(r.yaml).toMatch(/dropped web page line: 篇1/);
    expect(r.yaml).toMatch(/dropped web page line: 《某中学2022年度工作总结\.docx》由会员分享/);
    const { trip } = await checked("fanwen-pian.txt");
    expect(trip.score!.share).toBe(1);
  });

  it("what a site adds to a title", () => {
    expect(siteTitleSuffix("2024年机关办公室工作总结(2篇)")).toBe("(2篇)");
    expect(siteTitleSuffix("医院年度工作总结范文（通用5篇）")).toBe("范文（通用5篇）");
    expect(siteTitleSuffix("某县水利局2023年工作总结")).toBeUndefined();
  });
});

describe("import: a PDF's line break inside a number", () => {
  it("确保202 / 3年度 is joined as 2023, with no space; so is 通 / 知", () => {
    const r = importThroughBinary(fixture("pdf-digit-break.txt"));
    const body = String(r.report.summary.items![0].body);
    expect(body).toContain("确保2023年度任务全面完成");
    expect(body).toContain("2023年水旱灾害防御工作的通知》");
    expect(body).not.toMatch(/\d \d/);
  });

  it("two Latin words still get their space", () => {
    const line = "全县水稻栽插任务已全面完成，全年完成水利投资";
    const lines = [line, line, line, "全县水稻栽插任务已全面完成，完成GIS和SCADA", "system升级改造3处，运行平稳。", line + "。"].map((text) => ({ text }));
    expect(reflow(lines).paragraphs[0].text).toContain("SCADA system升级");
  });
});

describe("import: a document site's page numbers", () => {
  it("1、 and 2、 at the head of pages cut mid-word are dropped (noted), the word rejoined, no 1、 heading; --check agrees", async () => {
    const r = importThroughBinary(fixture("docsite-pages.txt"));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 page numbers of a document site/);
    expect(r.report).toMatchObject({ year: 2022, organization: "某中学", title: "某中学2022年度工作总结和2023年工作谋划" });
    expect(r.report.intro).toBe("一年来，学校全面贯彻党的教育方针，努力实现学校特色发展。");
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["加强思想政治建设，牢记使命担当", "完善学校管理体制，提升管理效能"]);
    expect(String(r.report.summary.items![0].body)).toMatch(/深入开展学习教育活动，学校保持先进基层党组织称号。$/);
    expect(r.report.problems.intro).toBe("教师队伍结构不够合理。");
    const { trip } = await checked("docsite-pages.txt");
    expect(trip.score!.share).toBe(1);
    expect(trip.structure!.difference).toBeUndefined();
  });

  it("a report's own long 1、 2、 paragraphs, each ending a sentence, keep their numbers", () => {
    const long = "全年完成各项目标任务，经济社会发展取得新成效。".repeat(10);
    const paragraphs = [`1、项目建设。${long}`, `2、民生保障。${long}`].map((text) => ({ text }));
    expect(dropPageNumbers(paragraphs)).toEqual({ paragraphs, dropped: 0 });
  });
});
