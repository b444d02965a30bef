/**
 * Issue 18 (b): reflow before parsing, through the built binary. Text pasted without line
 * breaks is split before the markers that follow a sentence end (so the build does not
 * number it twice); a PDF copy's breaks inside sentences are joined; both are counted.
 */
import { describe, expect, it } from "vitest";
import { importThroughBinary } from "./helpers/import-binary.js";

describe("import: text without line breaks", () => {
  const oneLine =
    "某市图书馆2023年工作总结及2024年工作计划2023年，我馆围绕全民阅读推广开展各项工作，现总结如下。" +
    "一、主要做法及成效（一）抓好阅读推广。全年举办读书活动126场，参与读者2.3万人次。（二）完善服务网络。新建城市书房4家，总数达到18家。" +
    "二、存在的问题馆舍面积不足，数字资源利用率不高。" +
    "三、2024年工作计划（一）建设智慧图书馆。完成自助借还系统升级。（二）扩大阅读推广。全年举办读书活动不少于130场。";

  it("splits before markers, keeps the title, and numbers nothing twice", () => {
    const r = importThroughBinary(oneLine, { args: ["--check"] });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/lines that held several paragraphs were split in \d+ place\(s\)/);
    const data = importThroughBinary(oneLine).report;
    expect(data).toMatchObject({ year: 2023, organization: "某市图书馆" });
    expect(data.intro).toBe("2023年，我馆围绕全民阅读推广开展各项工作，现总结如下。");
    expect(data.summary.heading).toBe("主要做法及成效");
    expect(data.summary.items!.map((t) => t.title)).toEqual(["抓好阅读推广", "完善服务网络"]);
    expect(data.problems.heading).toBe("存在的问题");
    expect(data.plan.items).toHaveLength(2);
  });
});

describe("import: a PDF copy with line breaks inside sentences", () => {
  const pdf = [
    "某县审计局2023年工作总结",
    "2023年，县审计局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党",
    "的二十大精神，紧紧围绕县委县政府中心工作，依法全面履行审计监督职责，为“十四",
    "五”规划顺利实施提供了有力保障。现将有关情况报告如下。",
    "一、2023年工作开展情况",
    "（一）推动构建集中统一、全面覆盖、权威高效的审计监督体系，审计工作运行机制持",
    "续优化",
    "全年共完成审计项目27个，查出问题金额3.2亿元。一是强化统筹谋划，审计项目计划",
    "实行全县一盘棋。二是强化成果运用，审计整改率达到98%。",
    "二、存在的问题",
    "审计人员力量不足，专业结构不够合理，大数据审计能力有待进一步提升，部分被审计单",
    "位整改不够及时。",
  ].join("\n");

  it("joins the broken lines (counted), so the intro, the heading and the points come back whole", () => {
    const r = importThroughBinary(pdf);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5 line break\(s\) inside sentences/);
    expect(r.report.intro).toMatch(/^2023年，县审计局.*为“十四五”规划顺利实施提供了有力保障。现将有关情况报告如下。$/);
    const topic = r.report.summary.items![0];
    expect(topic.title).toBe("推动构建集中统一、全面覆盖、权威高效的审计监督体系，审计工作运行机制持续优化");
    expect(topic.points).toEqual(["强化统筹谋划，审计项目计划实行全县一盘棋。", "强化成果运用，审计整改率达到98%。"]);
    expect(r.report.problems.intro).toMatch(/部分被审计单位整改不够及时。$/);
  });

  it("a web copy's own-line headings are not joined to the text under them", () => {
    const web = ["某县审计局2023年工作总结", "一、工作开展情况", "（一）审计监督", "全年完成审计项目27个，查出问题金额3.2亿元，审计整改率达到98%，促进增收节支1.1亿元。", "二、存在问题", "力量不足。"].join("\n");
    const r = importThroughBinary(web);
    expect(r.stderr).not.toMatch(/inside sentences/);
    expect(r.report.summary.items![0]).toEqual({ title: "审计监督", body: "全年完成审计项目27个，查出问题金额3.2亿元，审计整改率达到98%，促进增收节支1.1亿元。" });
  });
});

describe("reflow: units", () => {
  it("a later number splits only after the one before it did: 主要做法：1、…。2、… stays one paragraph", async () => {
    const { splitAtMarkers } = await import("../src/import/reflow.js");
    expect(splitAtMarkers("主要做法：1、压实责任。2、排查隐患。3、强化演练。")).toEqual(["主要做法：1、压实责任。2、排查隐患。3、强化演练。"]);
    expect(splitAtMarkers("一、甲。（一）乙。（二）丙。二、丁。")).toEqual(["一、甲。", "（一）乙。", "（二）丙。", "二、丁。"]);
  });
});

describe("reflow: paragraphs collapsed into one line with spaces (real web and PDF copies)", () => {
  it("cuts a long line at spaces after sentence ends, after 如下: before a heading, and after a short numbered heading", async () => {
    const { splitCollapsed } = await import("../src/import/reflow.js");
    const filler = "全年完成各项目标任务，经济社会发展取得新成效。".repeat(8);
    const line = `一、2023年工作回顾 2023年是开局之年。${filler} （一）坚持谋发展，全力提振经济活力。 紧盯关键指标。`;
    expect(splitCollapsed(line)).toEqual(["一、2023年工作回顾", `2023年是开局之年。${filler}`, "（一）坚持谋发展，全力提振经济活力。", "紧盯关键指标。"]);
    const pdf = `现将公司董事会2023年度工作情况汇报如下: 一、2023年度公司主要经营指标情况 2023年度，公司实现营业收入21.47亿元。${filler}`;
    expect(splitCollapsed(pdf)).toEqual(["现将公司董事会2023年度工作情况汇报如下:", "一、2023年度公司主要经营指标情况", `2023年度，公司实现营业收入21.47亿元。${filler}`]);
  });

  it("leaves a PDF's spaces inside sentences and after digits alone", async () => {
    const { splitCollapsed } = await import("../src/import/reflow.js");
    const pdf = `董事会全体成员 严格遵守《公司法》等法律法规的规 定，本着勤勉尽 责的工作态度。${"公司治理规范运作，不断改进。".repeat(12)}`;
    expect(splitCollapsed(pdf)).toEqual([pdf]);
    const rest = "参阅公司《2023 年年度报告》之第三节管理层讨论与分析部分。";
    expect(splitCollapsed(`一、2023 年度公司总体经营情况 ${rest}`)).toEqual(["一、2023 年度公司总体经营情况", rest]);
    expect(splitCollapsed("1. 主动 公开")).toEqual(["1. 主动 公开"]);
  });

  it("a web copy whose paragraphs were collapsed comes back as headings and text, the split counted", () => {
    const filler = "全年实现地区生产总值60.3亿元，获得省级荣誉7项。".repeat(8);
    const r = importThroughBinary(["东柳街道2023年工作总结和2024年工作思路", `一、2023年工作回顾 2023年是开局之年。${filler} （一）坚持谋发展，全力提振经济活力。 紧盯关键指标。完成固定资产投资32.5亿元。`].join("\n"));
    expect(r.report.summary.heading).toBe("2023年工作回顾");
    expect(r.report.summary.items![0].title).toBe("坚持谋发展，全力提振经济活力。");
    expect(r.stderr).toMatch(/lines that held several paragraphs were split in \d+ place\(s\): before ordinal markers that follow a sentence end/);
  });

  it("a title run into the text is cut off under the page's title and tag line too", () => {
    const title = "X区卫生健康委员会2024年上半年工作总结及下半年工作计划";
    const text = `${title}一、上半年工作总结1.医改工作。加快构建分级诊疗格局，基本实现小病就医在基层。${"推进基层卫生综合试验区建设。".repeat(10)}2.基层卫生工作。一是推进试验区建设。二是推进区域医疗卫生中心建设。`;
    const r = importThroughBinary([title, "标签: #工作总结", text].join("\n"));
    expect(r.report).toMatchObject({ year: 2024, organization: "X区卫生健康委员会" });
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["医改工作", "基层卫生工作"]);
    expect(r.report.summary.items![1].points).toHaveLength(2);
  });
});
