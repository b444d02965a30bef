/**
 * Issue 18 (case 3, PDF line breaks, and case 4, year and organisation): a report's title
 * in a PDF copy. A title printed on two lines broken inside it ("…2023年工作总结" / "及2024年
 * 工作计划", "…工作总结及" / "2024年工作计划", "…工作总" / "结及…") is one title; a one-line title
 * as wide as the page's lines is never joined to the body under it; a line that ends in a
 * closing quote mid-sentence ("紧紧围绕“十四五”" / "文化和旅游发展规划…") is joined like any
 * other break inside a sentence. `--check` says when the original's title opens a body
 * paragraph. Fixtures: tests/fixtures/import/wrapped-titles/ (written for these tests).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importMessages } from "../src/cli/import-messages.js";
import { settingsFrom } from "../src/core/config.js";
import { roundTrip } from "../src/import/check.js";
import { importReport } from "../src/import/index.js";
import { reflow } from "../src/import/reflow.js";
import { titleInBody, titleLine } from "../src/import/structure-check.js";
import { readsAsReportTitle } from "../src/import/year-organization.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { ROOT } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const FIXTURES = join(ROOT, "tests/fixtures/import/wrapped-titles");
const templates = readTemplateSet();
const settings = settingsFrom();

const ORGANIZATION = "某县文化广电旅游体育局";
const TITLE = "某县文化广电旅游体育局2023年工作总结及2024年工作计划";
const INTRO =
  "2023年，县文化广电旅游体育局在县委县政府的正确领导下，紧紧围绕“十四五”文化和旅游发展规划，统筹推进公共文化服务、文旅融合发展、全民健身和广电安全播出各项工作，较好完成了全年目标任务。现将有关情况报告如下。";

async function importFixture(name: string) {
  const imported = await importReport(new Uint8Array(readFileSync(join(FIXTURES, name))), "txt", { lang: "en", source: name });
  const checked = roundTrip(imported.yaml, imported.original, templates, settings, "en", name, imported.originalShape);
  return { imported, checked, report: imported.report, codes: imported.notes.map((n) => n.code) };
}

describe("import: a title a PDF printed on two lines, broken inside it", () => {
  for (const [name, lines] of [
    ["title-then-and.txt", "某县文化广电旅游体育局2023年工作总结 / 及2024年工作计划"],
    ["title-ends-in-and.txt", "某县文化广电旅游体育局2023年工作总结及 / 2024年工作计划"],
    ["title-broken-in-a-word.txt", "某县文化广电旅游体育局2023年工作总 / 结及2024年工作计划"],
  ]) {
    it(`${lines}: one title, the organisation and year from it, no line dropped`, async () => {
      const { report, codes, checked } = await importFixture(name);
      expect(report).toMatchObject({ year: 2023, organization: ORGANIZATION, intro: INTRO });
      // The title reads as the default one, so the data leaves it out.
      expect(report.title).toBeUndefined();
      expect(codes).not.toContain("furniture");
      expect(codes).not.toContain("no-organization");
      expect(codes).not.toContain("organization-from-opening");
      expect(report.summary.items!.map((t) => t.title)).toEqual(["公共文化服务体系持续完善", "文旅融合发展步伐加快"]);
      expect(checked.score!.share).toBe(1);
      expect(checked.structure!.difference).toBeUndefined();
    });
  }

  it("a half-year title on two lines keeps its period", () => {
    const r = importThroughBinary(
      ["某县文化广电旅游体育局2024年上半年工作总结", "及下半年工作计划", "上半年，我局认真落实各项工作。", "一、上半年工作开展情况", "（一）抓好文化惠民", "送戏下乡86场。", "二、下半年工作计划", "继续开展送戏下乡。"].join("\n"),
    );
    expect(r.report).toMatchObject({ year: 2024, period: "first-half", organization: ORGANIZATION });
    expect(r.report.title).toBeUndefined();
    expect(r.stderr).not.toMatch(/dropped web page line/);
  });

  it("a whole title and a line that is no part of it stay apart: a date under the title, a page's title then the report's", () => {
    const dated = importThroughBinary([`${ORGANIZATION}2023年工作总结`, "（2023年12月28日）", "2023年，我局认真落实各项工作。", "一、工作开展情况", "送戏下乡86场。"].join("\n"));
    expect(dated.report).toMatchObject({ organization: ORGANIZATION, year: 2023, date: "2023-12-28" });
    const twice = importThroughBinary(
      ["2023年某县图书馆年度工作总结及2024年工作计划", "某县图书馆", "2023年工作总结暨2024年工作计划", "2023年，我馆认真落实各项工作。", "一、工作开展情况", "借阅图书3万册。"].join("\n"),
    );
    expect(twice.report.organization).toBe("某县图书馆");
    expect(twice.stderr).toContain("dropped web page line: 2023年某县图书馆年度工作总结及2024年工作计划");
  });
});

describe("import: a one-line title as wide as the PDF's lines", () => {
  it("is never joined to the body line under it", async () => {
    const { report, codes, checked } = await importFixture("title-at-wrap-width.txt");
    expect(report).toMatchObject({ year: 2023, organization: ORGANIZATION, intro: INTRO });
    expect(codes).not.toContain("no-title");
    expect(codes).toContain("reflow-joined");
    expect(checked.structure!.difference).toBeUndefined();
  });

  it("a line that reads as a report title ends a paragraph at the top only; further down the wrap joins as before", () => {
    // Lines wrapped at 56 columns; the title (52) is within the wrap's reach.
    const wide = "一二三四五六七八九十".repeat(3).slice(0, 26);
    const further = `${wide.slice(0, 24)}年度计划`;
    const lines = [TITLE, `${wide}十。`, `${wide}十。`, `${wide}十。`, further, "后文接续。", `${wide}十。`].map((text) => ({ text }));
    const out = reflow(lines).paragraphs.map((p) => p.text);
    expect(out[0]).toBe(TITLE);
    expect(out[1]).toBe(`${wide}十。`);
    expect(out).toContain(`${further}后文接续。`);
  });
});

describe("import: a closing quote or bracket ends a sentence only after 。！？；", () => {
  it("“十四五” at a line's end inside a sentence is joined; “…解决。” at a line's end is a paragraph's end", async () => {
    const { report, checked } = await importFixture("quote-inside-sentence.txt");
    expect(report.intro).toBe(INTRO);
    expect(report.summary.items![1].body).toBe(
      "全年接待游客326万人次，实现旅游综合收入28.4亿元。成功创建省级全域旅游示范区，带动周边“乡村旅游重点村”（共5个）新增就业岗位1200个，游客人次和收入同比分别增长18.2%和21.5%。",
    );
    expect(report.problems.intro).toEqual([
      "游客反映最多的是节假日期间景区周边道路拥堵，“停车难问题亟待解决。”",
      "文旅产业链条较短，精品线路不多，专业人才缺乏，县级财政投入也相对不足。",
    ]);
    expect(checked.structure!.difference).toBeUndefined();
  });

  it("a bracket closed after a full stop ends the sentence; one closed mid-sentence does not", () => {
    // Lines wrapped at 64 columns.
    const wide = "一二三四五六七八九十".repeat(3).slice(0, 26);
    const lines = [`${wide}（见附表。）`, "下一段。", `${wide}（含三景区）`, "新增两个。", ...Array(3).fill(`${wide}一二三四五。`)].map((text) => ({ text }));
    const out = reflow(lines).paragraphs.map((p) => p.text);
    expect(out.slice(0, 3)).toEqual([`${wide}（见附表。）`, "下一段。", `${wide}（含三景区）新增两个。`]);
  });
});

describe("--check: the original's title run into the body", () => {
  it("is a structure difference, though every character comes back", async () => {
    const { imported } = await importFixture("title-at-wrap-width.txt");
    expect(imported.originalShape.title).toBe(TITLE);
    // The data as the importer wrote it before the fix: the title at the head of the intro.
    const yaml = imported.yaml.replace(`intro: |-\n  ${INTRO}`, `intro: |-\n  ${TITLE}${INTRO}`);
    expect(yaml).not.toBe(imported.yaml);
    expect(imported.original.slice(0, 2)).toEqual([TITLE, INTRO]);
    const checked = roundTrip(yaml, [`${TITLE}${INTRO}`, ...imported.original.slice(2)], templates, settings, "en", "x.yaml", imported.originalShape);
    expect(checked.score!.share).toBe(1);
    expect(checked.structure!.difference).toEqual({ what: "title", title: TITLE });
    expect(importMessages("en").structureTitle(TITLE)).toContain(`the original's title "${TITLE}" opens a paragraph`);
    expect(importMessages("zh").structureTitle(TITLE)).toContain("结构不一致");
  });

  it("looks at the head of body paragraphs only: a sentence that quotes the title, or the title alone, is no difference", () => {
    expect(titleInBody(TITLE, [`${TITLE}${INTRO}`])).toBe(true);
    expect(titleInBody(TITLE, [`现将《${TITLE}》报告如下。`, TITLE])).toBe(false);
    expect(titleInBody(undefined, [`${TITLE}${INTRO}`])).toBe(false);
  });

  it("the title line is the first of the top lines that reads as a report's title", () => {
    expect(titleLine(["新闻", TITLE, INTRO])).toBe(TITLE);
    expect(titleLine([INTRO, "一、工作开展情况"])).toBeUndefined();
    expect(readsAsReportTitle("某县审计局关于2023年工作总结的报告")).toBe(true);
    expect(readsAsReportTitle("2023年工作计划（讨论稿）")).toBe(true);
    expect(readsAsReportTitle("二、2024年工作计划")).toBe(false);
    expect(readsAsReportTitle("全年完成各项计划")).toBe(true);
    expect(readsAsReportTitle("我们认真谋划，制定了年度计划")).toBe(false);
  });
});
