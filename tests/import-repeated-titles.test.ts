/**
 * Issue 18, out-of-sample round: the report's title printed again at the top (on its own
 * line, or run into the first sentence, also twice back to back in a text pasted as one
 * line), a copying site's removed-name marker ("〔…〕镇") as the organisation, and a PDF's
 * lone middle dot between two names. Each fixture in tests/fixtures/import/repeated-titles/
 * is written for the test in the shape of a real page (README there names the sources).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isGenericOrganization } from "../src/import/header.js";
import { dropFurniture } from "../src/import/lines.js";
import { cutRunOnTitle } from "../src/import/reflow.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures/import/repeated-titles", name), "utf8");
const TOWN_TITLE = "〔…〕镇2023上半年工作开展情况和下半年工作打算";

describe("import: the title printed again at the top is dropped, with a note", () => {
  it("three copies, the third run into the first sentence: the intro opens with the sentence, each copy noted", () => {
    const r = importThroughBinary(fixture("title-three-times.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2024, period: "first-half", organization: "某县农业农村局", title: "某县农业农村局半年度工作总结" });
    expect(r.report.intro).toBe("2024年以来，县农业农村局认真落实各项部署，上半年各项工作稳步推进。");
    expect(r.stderr.match(/the title printed again/g)).toHaveLength(2);
    expect(importThroughBinary(fixture("title-three-times.txt"), { args: ["--check"] }).code).toBe(0);
  });

  it("the title twice at the start of a one-line text: recognised as the title, the intro opens at 2023年", () => {
    const r = importThroughBinary(fixture("title-twice-one-line.txt"));
    expect(r.report).toMatchObject({ year: 2023, period: "first-half", title: TOWN_TITLE });
    expect(String(r.report.intro)).toMatch(/^2023年，〔…〕镇在/);
    expect(r.stderr).toContain("the title printed again");
    expect(r.stderr).not.toContain("no title line found");
  });

  it("the same text line by line gives the same title and intro", () => {
    const lines = importThroughBinary(fixture("title-twice-lines.txt"));
    const one = importThroughBinary(fixture("title-twice-one-line.txt"));
    expect(lines.report.title).toBe(TOWN_TITLE);
    expect(lines.report.intro).toEqual(one.report.intro);
  });

  it("cutRunOnTitle cuts a title run into the text, once or twice back to back", () => {
    expect(cutRunOnTitle("某局2023年工作总结2023年，我局…。")).toEqual({ heads: ["某局2023年工作总结"], rest: "2023年，我局…。" });
    expect(cutRunOnTitle("镇2023上半年工作开展情况和下半年工作打算〔…〕镇2023上半年工作开展情况和下半年工作打算2023年，…")).toEqual({
      heads: ["镇2023上半年工作开展情况和下半年工作打算", TOWN_TITLE],
      rest: "2023年，…",
    });
    expect(cutRunOnTitle("2023年以来，我局认真落实工作总结会议精神。")).toBeUndefined();
  });
});

describe("import: a copying site's removed-name marker is no organisation", () => {
  it('"〔…〕镇" gives the placeholder (exit 1) and a note, as a bare 镇 does', () => {
    const r = importThroughBinary(fixture("title-twice-lines.txt"));
    expect(r.code).toBe(1);
    expect(r.report.organization).toBe("（请填写单位名称）");
    expect(r.stderr).toContain('the title names the organisation only as "〔…〕镇"');
  });

  it("isGenericOrganization: 〔…〕, […] and XX before a kind of unit", () => {
    for (const name of ["〔…〕镇", "[…]局", "XX镇", "××中心", "镇"]) expect(isGenericOrganization(name), name).toBe(true);
    for (const name of ["X县农业农村局", "〔…〕县农业农村局", "昌硕街道"]) expect(isGenericOrganization(name), name).toBe(false);
  });
});

describe("import: a PDF's lone middle dot between two lines is the text's", () => {
  it('"“百年灯塔" / "•" / "蓝海牧场岛村记忆之旅”" is joined with no space, not dropped as a web page line', () => {
    const r = importThroughBinary(fixture("pdf-middle-dot.txt"));
    expect(r.code).toBe(0);
    expect(r.yaml).toContain("“百年灯塔•蓝海牧场岛村记忆之旅”");
    expect(r.yaml).toContain("“东尽山海•牧心蓝湾”");
    expect(r.stderr).not.toContain("dropped web page line");
    expect(importThroughBinary(fixture("pdf-middle-dot.txt"), { args: ["--check"] }).code).toBe(0);
  });

  it("a bullet at the top or the foot of the page, or a list item with a date, stays furniture", () => {
    const p = (text: string) => ({ text });
    const top = dropFurniture(["首页", "•", "新闻", "某局2023年工作总结", "正文第一句", "第二行", "第三行", "第四行", "第五行", "第六行"].map(p));
    expect(top.furniture).toContain("•");
    const foot = dropFurniture(["某局2023年工作总结", "一", "二", "三", "四", "五", "正文第一句", "相关链接", "•", "其他报告"].map(p));
    expect(foot.furniture).toContain("•");
    const dated = dropFurniture(["某局2023年工作总结", "一", "二", "三", "四", "五", "正文第一句", "• 2025-02-28", "下一行", "a", "b", "c", "d"].map(p));
    expect(dated.furniture).toContain("• 2025-02-28");
    const inText = dropFurniture(["某局2023年工作总结", "一", "二", "三", "四", "五", "推进“东尽山海", "•", "牧心蓝湾”建设", "a", "b", "c", "d"].map(p));
    expect(inText.furniture).toEqual([]);
    expect(inText.paragraphs.map((q) => q.text)).toContain("推进“东尽山海•牧心蓝湾”建设");
  });
});
