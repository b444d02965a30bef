/**
 * Issue 18, second out-of-sample check (ten new real reports): headings and titles the
 * importer still misread. Each fixture in tests/fixtures/import/headings-round3/ is
 * written for the test in the shape of a real page (README there names the sources).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { partForHeading } from "../src/import/parts.js";
import { tidy } from "../src/import/source.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures/import/headings-round3", name), "utf8");

describe("import: a plan alone's title run into its text", () => {
  it('"县教育局2024年工作要点2024年是…" with no line breaks: the title is cut off, the year is 2023, the headings are the plan\'s', () => {
    const r = importThroughBinary(fixture("plan-run-in.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2023, organization: "县教育局", title: "县教育局2024年工作要点", parts: ["plan"] });
    expect(r.report.intro).toBe("2024年是关键一年。全县教育工作总体要求是：落实立德树人根本任务。");
    expect(r.report.plan.items!.map((t) => t.title)).toEqual(["实施党建铸魂工程", "实施质量提升工程"]);
    expect(r.report.summary).toEqual({});
  });

  it("under the page's own title line and date, the repeated title at the head of the text is cut too", () => {
    const r = importThroughBinary(fixture("plan-run-in-under-title.txt"));
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ year: 2023, organization: "县教育局", title: "县教育局2024年工作要点", parts: ["plan"] });
    expect(r.report.intro).toBe("2024年是关键一年。全县教育工作总体要求是：落实立德树人根本任务。");
    expect(r.report.plan.items![0].items!.map((t) => t.title)).toEqual(["深入学习宣传党的创新理论", "加强党对教育工作全面领导"]);
  });
});

describe("import: summary headings by evidence", () => {
  it('"一、2023年工作推进情况" is the summary, not a work topic under a made-up "工作开展情况"', () => {
    const r = importThroughBinary(fixture("summary-tuijin.txt"));
    expect(r.code).toBe(0);
    expect(r.report.summary.heading).toBe("2023年工作推进情况");
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["抓好产业发展", "抓好民生保障"]);
    expect(r.report.parts).toBeUndefined();
  });

  it("推进情况 and 实施情况 read as 进展情况 and 落实情况 do", () => {
    for (const heading of ["2023年工作推进情况", "重点工作推进情况", "2023年计划实施情况", "重点工作进展情况", "主要工作落实情况", "2023年工作回顾", "履职情况"]) {
      expect(partForHeading(heading), heading).toBe("summary");
    }
  });
});

describe("import: a work heading that mentions a part word is no part heading", () => {
  it('"教育教学成果丰硕" and "着力解决突出问题" are topics of the summary; "存在的薄弱环节和短板" and "取得的成果" are parts', () => {
    const r = importThroughBinary(fixture("work-heading-part-word.txt"));
    expect(r.code).toBe(0);
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["教育教学成果丰硕", "德育工作扎实有效", "着力解决突出问题"]);
    expect(r.report.problems.heading).toBe("存在的薄弱环节和短板");
    expect(r.report.highlights?.heading).toBe("取得的成果");
  });

  it("a noun phrase naming a part is that part; a clause that mentions the word is not", () => {
    const parts: Array<[string, string]> = [
      ["存在的问题", "problems"],
      ["存在问题", "problems"],
      ["存在的主要问题及改进情况", "problems"],
      ["问题与不足", "problems"],
      ["不足与改进", "problems"],
      ["工作中存在的不足", "problems"],
      ["面临的困难和挑战", "problems"],
      ["主要成效及亮点工作", "highlights"],
      ["工作亮点", "highlights"],
      ["2024年亮点工作", "highlights"],
      ["取得的成绩", "highlights"],
      ["主要成绩", "highlights"],
    ];
    for (const [heading, part] of parts) expect(partForHeading(heading), heading).toBe(part);
    for (const heading of ["教育教学成果丰硕", "着力解决突出问题", "坚持问题导向", "聚焦短板弱项，补齐发展短板", "办学特色更加鲜明", "深化改革成效明显"]) {
      expect(partForHeading(heading), heading).toBeUndefined();
    }
  });
});

describe("import: an own-line heading with a colon", () => {
  it('"（一）干部队伍建设：夯实管理核心" on a line of its own is one heading; "（三）教学常规：…。" still splits at the colon', () => {
    const r = importThroughBinary(fixture("colon-heading.txt"));
    expect(r.code).toBe(0);
    const topics = r.report.summary.items![0].items!;
    expect(topics[0]).toEqual({ title: "干部队伍建设：夯实管理核心", body: "学校组织专题学习6次，形成学习纪要3份。" });
    expect(topics[1]).toEqual({ title: "师资队伍建设:激活育人动能", body: "开展专题培训4场。" });
    expect(topics[2]).toEqual({ title: "教学常规：", runIn: true, body: "全年检查教案4次，抽查作业6次。" });
  });
});

describe("import: a space between two Chinese phrases", () => {
  it("is kept as a full-width space in a heading and inside quotes or 《》, with a note", () => {
    const r = importThroughBinary(fixture("phrase-space.txt"));
    expect(r.code).toBe(0);
    const topics = r.report.summary.items!;
    expect(topics[0].title).toBe("党建引领\u3000激活红色力量");
    expect(topics[0].body).toBe("华诚里社区《“五步”推进社区治理\u3000激活社区红色力量》入选优秀案例；开展“学习二十大\u3000奋进新征程”主题活动12场。");
    expect(r.stderr).toMatch(/3 space\(s\) between two Chinese phrases/);
  });

  it("a PDF's letter spacing and a line-end space inside a long sentence still go", () => {
    expect(tidy("工 作 总 结")).toBe("工作总结");
    const long = `全面贯彻党的教育方针，落实立德树人根本任务，紧紧围绕县委县政府发展思路，聚焦创建 全国义务教育优质均衡发展县。`;
    expect(tidy(long)).toBe(long.replace(" ", ""));
  });
});

describe("import: the reflow note counts what was split", () => {
  it("a title run into the text and two markers: 4 places, the title's cut among them", () => {
    const r = importThroughBinary(fixture("split-count.txt"));
    expect(r.code).toBe(0);
    expect(r.report.intro).toBe("2023年，中心紧扣工作主题，为全区高质量发展贡献力量。");
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["精诚担当，稳步推进项目建设", "强化管理，确保工程质量"]);
    expect(r.stderr).toMatch(/split in 4 place\(s\)/);
  });
});
