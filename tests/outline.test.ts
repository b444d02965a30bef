/** The rendering rules of the data contract, seen through the document model. */
import { describe, expect, it } from "vitest";
import { headings, minimalReport, paragraphs, render } from "./helpers/report.js";

describe("parts and their numbering", () => {
  it("numbers the parts present in contract order, skipping absent optional parts", () => {
    expect(headings(minimalReport()).filter((h) => /^[一二三四五六]、/.test(h))).toEqual([
      "一、2022年工作开展情况",
      "二、存在的问题与不足",
      "三、2023年工作打算",
    ]);
    const all = minimalReport({ highlights: { intro: "亮点。" }, outlook: { intro: "形势。" } });
    expect(headings(all).filter((h) => /^[一二三四五六]、/.test(h))).toEqual([
      "一、2022年工作开展情况",
      "二、主要成效及亮点工作",
      "三、存在的问题与不足",
      "四、形势分析",
      "五、2023年工作打算",
    ]);
  });
  it("uses a heading override without its hand-written ordinal", () => {
    const report = minimalReport({ summary: { heading: "一、今年做了什么", intro: "全年工作。" } });
    expect(headings(report)[0]).toBe("一、今年做了什么");
  });
  it("prints no heading for a part with nothing in it, and numbers on without a gap", () => {
    const empty = minimalReport({ problems: { heading: "存在的不足", items: [] }, highlights: { intro: "  " } });
    expect(headings(empty).filter((h) => /^[一二三四五六]、/.test(h))).toEqual(["一、2022年工作开展情况", "二、2023年工作打算"]);
    expect(paragraphs(empty).join("")).not.toContain("存在的不足");
    // Targets alone are something to print.
    const targetsOnly = minimalReport({ plan: { targets: [{ text: "新增高新技术企业5家" }] } });
    expect(headings(targetsOnly)).toContain("三、2023年工作打算");
  });
  it("defaults the title and keeps a given one", () => {
    const title = (r: ReturnType<typeof minimalReport>) => render(r).document.blocks[0];
    expect(title(minimalReport())).toEqual({ type: "title", text: "示例县科技局2022年工作总结及2023年工作计划" });
    expect(title(minimalReport({ title: "示例县科技局年度报告" }))).toEqual({ type: "title", text: "示例县科技局年度报告" });
  });
});

describe("topics", () => {
  const nested = minimalReport({
    summary: {
      items: [
        {
          title: "一级事项",
          items: [{ title: "二级事项", items: [{ title: "三级事项", runIn: false, body: "三级正文。" }, { title: "三级事项乙", runIn: true, body: "正文。" }] }],
        },
      ],
    },
  });
  it("numbers four levels 一、 （一） 1. （1）", () => {
    expect(headings(nested).slice(0, 4)).toEqual(["一、2022年工作开展情况", "（一）一级事项", "1.二级事项", "（1）三级事项"]);
  });
  it("puts a run-in title at the start of its first paragraph, closed with 。, in the heading's level", () => {
    const { document } = render(nested);
    const runIn = document.blocks.find((b) => b.type === "paragraph" && b.runs[0].runIn);
    expect(runIn).toEqual({ type: "paragraph", runs: [{ text: "（2）三级事项乙。", runIn: 4 }, { text: "正文。" }] });
  });
  it("runs problems' titles in by default", () => {
    expect(paragraphs(minimalReport())).toContain("（一）问题甲。说明甲。");
  });
  it("writes an untitled topic as a numbered paragraph", () => {
    const report = minimalReport({ highlights: { items: [{ body: "获省级奖励。" }, { body: "入选典型案例。" }] } });
    expect(paragraphs(report)).toEqual(expect.arrayContaining(["（一）获省级奖励。", "（二）入选典型案例。"]));
  });
  it("joins points after the body's last paragraph, 一是 by default", () => {
    const report = minimalReport({ summary: { items: [{ title: "甲", body: ["第一段。", "主要做法："], points: ["做法一", "做法二。"] }] } });
    expect(paragraphs(report).slice(0, 2)).toEqual(["第一段。", "主要做法：一是做法一。二是做法二。"]);
  });
  it("writes points of their own with （1） and ① styles", () => {
    const report = minimalReport({
      summary: { items: [{ title: "甲", points: ["A", "B"], pointStyle: "（1）" }, { title: "乙", points: ["C", "D"], pointStyle: "①" }] },
    });
    expect(paragraphs(report).slice(0, 2)).toEqual(["（1）A。（2）B。", "①C。②D。"]);
  });
  it("strips a hand-written ordinal from a topic title", () => {
    const report = minimalReport({ summary: { items: [{ title: "（一）加强领导", body: "正文。" }] } });
    expect(headings(report)[1]).toBe("（一）加强领导");
  });
  it("numbers level 3 as 1、 when the config says so", () => {
    expect(headings(nested, { ordinals: { level3: "1、" } })[2]).toBe("1、二级事项");
  });
  it("keeps counting past ten", () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ title: `事项${i + 1}` }));
    expect(headings(minimalReport({ summary: { items } })).slice(10, 13)).toEqual(["（十）事项10", "（十一）事项11", "（十二）事项12"]);
  });
});

describe("a part's points", () => {
  it("continue the intro's last paragraph, 一是 by default, before the part's items", () => {
    const report = minimalReport({
      problems: { intro: ["全年工作取得成效。", "但也存在一些不足："], points: ["创新能力不强", "服务不够精准。"], items: [{ title: "问题甲", body: "说明甲。" }] },
    });
    const ps = paragraphs(report);
    const at = ps.indexOf("全年工作取得成效。");
    expect(ps.slice(at, at + 3)).toEqual(["全年工作取得成效。", "但也存在一些不足：一是创新能力不强。二是服务不够精准。", "（一）问题甲。说明甲。"]);
  });
  it("stand as a paragraph of their own right under the heading when there is no intro, in the chosen style", () => {
    const report = minimalReport({ problems: { points: ["A", "B"], pointStyle: "（1）" }, highlights: { points: ["C", "D"], pointStyle: "①" } });
    const { document } = render(report);
    const texts = document.blocks.map((b) => (b.type === "heading" ? `#${b.ordinal}${b.text}` : b.type === "paragraph" ? b.runs.map((r) => r.text).join("") : ""));
    expect(texts).toEqual(expect.arrayContaining(["#二、主要成效及亮点工作", "①C。②D。", "#三、存在的问题与不足", "（1）A。（2）B。"]));
    expect(texts.indexOf("①C。②D。")).toBe(texts.indexOf("#二、主要成效及亮点工作") + 1);
    expect(texts.indexOf("（1）A。（2）B。")).toBe(texts.indexOf("#三、存在的问题与不足") + 1);
  });
  it("make a part with nothing else in it a part that is printed and numbered", () => {
    const report = minimalReport({ problems: { points: ["问题一", "问题二"] } });
    expect(headings(report).filter((h) => /^[一二三四五六]、/.test(h))).toEqual(["一、2022年工作开展情况", "二、存在的问题与不足", "三、2023年工作打算"]);
    expect(paragraphs(report)).toContain("一是问题一。二是问题二。");
  });
  it("come before the plan's 目标任务", () => {
    const report = minimalReport({ plan: { intro: "明年重点：", points: ["抓创新"], targets: [{ text: "新增高新技术企业4家" }] } });
    const ps = paragraphs(report);
    expect(ps.indexOf("明年重点：一是抓创新。")).toBeGreaterThan(-1);
    expect(ps.indexOf("明年重点：一是抓创新。")).toBeLessThan(ps.indexOf("新增高新技术企业4家。"));
  });
  it("are plain text, not Markdown", () => {
    const report = minimalReport({ problems: { points: ["**不是粗体**", "1. 不是列表"] } });
    expect(paragraphs(report)).toContain("一是**不是粗体**。二是1. 不是列表。");
  });
});

describe("the plan", () => {
  it("splits 目标任务 and 重点工作 when there are targets, moving items one level down", () => {
    const report = minimalReport({
      plan: {
        intro: "明年重点抓好以下工作。",
        targets: [{ text: "研发经费达到2.5亿元。" }, { text: "新增高新技术企业4家" }],
        items: [{ title: "抓创新", body: "正文。" }],
      },
    });
    expect(headings(report).slice(-4)).toEqual(["三、2023年工作打算", "（一）目标任务", "（二）重点工作", "1.抓创新"]);
    expect(paragraphs(report)).toContain("研发经费达到2.5亿元；新增高新技术企业4家。");
  });
});

describe("signature and text", () => {
  it("signs with the organization and the date written out", () => {
    const { document } = render(minimalReport({ date: "2022-12-30" }));
    expect(document.blocks.at(-1)).toEqual({ type: "signature", organization: "示例县科技局", date: "2022年12月30日" });
  });
  it("prefers the signature's own organization and date", () => {
    const { document } = render(minimalReport({ date: "2022-12-30", signature: { organization: "示例县人民政府办公室", date: "2023-01-04" } }));
    expect(document.blocks.at(-1)).toEqual({ type: "signature", organization: "示例县人民政府办公室", date: "2023年1月4日" });
  });
  it("does not interpret Markdown in the data", () => {
    const text = "**不是粗体** _x_ # 1. <b>标签</b> [链接](http://x) | 表 | `代码` \\ &amp;";
    const report = minimalReport({ intro: text, summary: { items: [{ title: "标题*星号*", body: "1. 不是列表" }] } });
    const ps = paragraphs(report);
    expect(ps[0]).toBe(text);
    expect(ps).toContain("1. 不是列表");
    expect(headings(report)).toContain("（一）标题*星号*");
  });
});
