/**
 * Issue 18 (a): headings by marker and shape, not by length — through the built binary.
 * A numbered paragraph with no sentence end is a heading whatever its length; a run-in
 * title ends at the first 。 or ：; 一是/二是 on lines of their own are points.
 */
import { describe, expect, it } from "vitest";
import { importThroughBinary } from "./helpers/import-binary.js";

const TITLE = "某区审计局2023年工作总结及2024年工作计划";

describe("import: headings by marker and shape", () => {
  it("a 38-character （一） line with commas is a heading, and its 一是/二是 are points", () => {
    const r = importThroughBinary(
      [
        TITLE,
        "一、2023年工作开展情况",
        "（一）推动构建集中统一、全面覆盖、权威高效的审计监督体系，审计工作运行机制持续优化",
        "全年完成审计项目27个。一是强化统筹，审计计划全市一盘棋。二是强化质量，审理复核全覆盖。",
        "二、存在的问题",
        "审计力量不足。",
        "三、2024年工作计划",
        "继续努力。",
      ].join("\n"),
    );
    expect(r.code).toBe(0);
    const topic = r.report.summary.items![0];
    expect(topic.title).toBe("推动构建集中统一、全面覆盖、权威高效的审计监督体系，审计工作运行机制持续优化");
    expect(topic.runIn).toBeUndefined();
    expect(topic.body).toBe("全年完成审计项目27个。");
    expect(topic.points).toEqual(["强化统筹，审计计划全市一盘棋。", "强化质量，审理复核全覆盖。"]);
  });

  it("a run-in title with a second comma and Chinese digits ends at its first 。", () => {
    const r = importThroughBinary(
      [TITLE, "一、工作开展情况", "（一）坚持以前瞻思维细谋一分，聚力推动龙华“十四五”开局起步。全年谋划重大项目46个，完成投资超计划。", "二、存在问题", "少。", "三、2024年工作打算", "多。"].join("\n"),
    );
    expect(r.report.summary.items![0]).toEqual({
      title: "坚持以前瞻思维细谋一分，聚力推动龙华“十四五”开局起步",
      runIn: true,
      body: "全年谋划重大项目46个，完成投资超计划。",
    });
  });

  it("\"1. 主动公开信息：…\" is split at the colon, which stays with the title", () => {
    const r = importThroughBinary(
      [TITLE, "一、工作开展情况", "（一）政务公开", "1. 主动公开信息：全年主动公开政府信息1260条，其中政策文件86件。", "2. 依申请公开：受理申请12件，均按期答复。", "二、存在问题", "少。", "三、2024年工作打算", "多。"].join("\n"),
    );
    expect(r.report.summary.items![0].items).toEqual([
      { title: "主动公开信息：", runIn: true, body: "全年主动公开政府信息1260条，其中政策文件86件。" },
      { title: "依申请公开：", runIn: true, body: "受理申请12件，均按期答复。" },
    ]);
  });

  it("a half-width colon ends a run-in title too, also before a year (1.主动公开:2023年，…); a time's colon does not", () => {
    const r = importThroughBinary(
      ["某县教育体育局2023年政府信息公开工作年度报告", "一、总体情况", "1.主动公开:2023年,我局坚持应公开尽公开原则。全年发布信息221条。", "2.依申请公开:2023年未收到该项申请。", "3.会议安排。10:30在三楼会议室召开。"].join("\n"),
    );
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["主动公开:", "依申请公开:", "会议安排"]);
  });

  it("a long first sentence (over 50 characters) is a statement, not a run-in title", () => {
    const long = "规定每周二下午为政治学习时间,组织集中学习党和国家的各项方针、政策,认清国内、国际形势,坚决要求干部职工在思想上保持高度一致";
    const r = importThroughBinary(["某县图书馆2023年工作总结", "一、工作开展情况", `1、${long}。树牢“四个意识”。`].join("\n"));
    expect(r.report.summary.items![0]).toEqual({ body: `${long}。树牢“四个意识”。` });
  });

  it("half-width and spaced markers are headings at their level: 1 ) ( 2 ) 一 .", () => {
    const r = importThroughBinary(
      [TITLE, "一 . 工作开展情况", "( 一 ) 稳住经济基本盘，扩大有效投资，做好项目储备和要素保障工作", "1 . 项目建设", "新开工项目32个。", "二 . 存在问题", "少。", "三 . 2024年工作打算", "多。"].join("\n"),
    );
    const topic = r.report.summary.items![0];
    expect(topic.title).toBe("稳住经济基本盘，扩大有效投资，做好项目储备和要素保障工作");
    expect(topic.items).toEqual([{ title: "项目建设", body: "新开工项目32个。" }]);
  });

  it("一是/二是 each on a line of its own after a colon are the topic's points", () => {
    const r = importThroughBinary(
      [TITLE, "一、工作开展情况", "（一）抓好安全生产", "主要做法：", "一是压实责任。", "二是排查隐患。", "三是强化演练。", "二、存在问题", "少。", "三、2024年工作打算", "多。"].join("\n"),
    );
    expect(r.report.summary.items![0]).toEqual({ title: "抓好安全生产", body: "主要做法：", points: ["压实责任。", "排查隐患。", "强化演练。"] });
  });

  it("a statement with figures stays an untitled numbered paragraph", () => {
    const r = importThroughBinary([TITLE, "一、主要成效", "（一）全县新增高新技术企业9家。总数达到38家。", "二、存在问题", "少。", "三、2024年工作打算", "多。"].join("\n"));
    expect(r.report.highlights!.items).toEqual([{ body: "全县新增高新技术企业9家。总数达到38家。" }]);
  });
});
