/** The importer's small parts: markers, parts, points, targets, encodings, furniture, the measure. */
import { describe, expect, it } from "vitest";
import { comparable, scoreTexts } from "../src/import/check.js";
import { decodeText } from "../src/import/decode-text.js";
import { dateLine, parseTitle } from "../src/import/header.js";
import { lcsLength } from "../src/import/lcs.js";
import { dropFurniture, isFurniture, textParagraphs } from "../src/import/lines.js";
import { leadingMarker, parseChineseNumber } from "../src/import/markers.js";
import { assignParts, partForHeading } from "../src/import/parts.js";
import { findEnumeration } from "../src/import/points.js";
import { buildBody } from "../src/import/structure.js";
import { splitTargets, valueAndUnit } from "../src/import/targets.js";
import { splitHead } from "../src/import/topics.js";

describe("level markers in every variant", () => {
  it.each([
    ["一、加强", "cn", 1],
    ["十二、加强", "cn", 12],
    ["二．加强", "cn", 2],
    ["（一）加强", "pcn", 1],
    ["(三)加强", "pcn", 3],
    ["（ 二 ）加强", "pcn", 2],
    ["(十)加强", "pcn", 10],
    ["1.加强", "num", 1],
    ["2、加强", "num", 2],
    ["3．加强", "num", 3],
    ["4 . 加强", "num", 4],
    ["12、加强", "num", 12],
    ["5）加强", "rnum", 5],
    ["（1）加强", "pnum", 1],
    ["(2)加强", "pnum", 2],
    ["( 3 )加强", "pnum", 3],
    ["⑷加强", "pnum", 4],
    ["②加强", "circ", 2],
  ])("%s → %s %d", (text, kind, n) => {
    expect(leadingMarker(text)).toMatchObject({ kind, n });
  });

  it.each(["1.5亿元的投入", "2022年，我局", "一年来，我局", "一是加强", "加强（一）", "（一）"])("%s has no marker", (text) => {
    expect(leadingMarker(text)).toBeUndefined();
  });

  it("reads Chinese numerals", () => {
    expect([parseChineseNumber("一"), parseChineseNumber("十"), parseChineseNumber("十五"), parseChineseNumber("二十三"), parseChineseNumber("一百零五")]).toEqual([1, 10, 15, 23, 105]);
  });
});

describe("parts by heading words", () => {
  it.each([
    ["2022年工作开展情况", "summary"],
    ["主要工作", "summary"],
    ["工作成效", "summary"],
    ["主要做法及成效", "summary"],
    ["主要成效及亮点工作", "highlights"],
    ["取得的成效", "highlights"],
    ["存在的问题与不足", "problems"],
    ["面临的困难", "problems"],
    ["形势分析", "outlook"],
    ["2023年工作计划", "plan"],
    ["下一步工作打算", "plan"],
    ["2024年工作思路", "plan"],
    ["2023年工作要点", "plan"],
    ["工作安排", "plan"],
    ["几点体会", undefined],
  ])("%s → %s", (heading, part) => {
    expect(partForHeading(heading)).toBe(part);
  });

  // Issue 18 changed this on purpose: a heading that names work, not a part, is a topic, never a free part by position.
  it("assigns parts in contract order; a heading that names no part becomes a topic of the part before it", () => {
    expect(assignParts(["summary", undefined, "problems", "plan"])).toEqual([{ part: "summary" }, { merge: true }, { part: "problems" }, { part: "plan" }]);
    expect(assignParts([undefined, undefined, "problems"])).toEqual([{ merge: true }, { merge: true }, { part: "problems" }]);
  });

  it("merges a section into the part before it when no part is left", () => {
    expect(assignParts(["summary", "highlights", "problems", "outlook", undefined, "plan"])).toEqual([
      { part: "summary" },
      { part: "highlights" },
      { part: "problems" },
      { part: "outlook" },
      { merge: true },
      { part: "plan" },
    ]);
  });

  // Issue 18 changed this too: parts out of the standard order keep the document's order
  // (the import writes it in `parts:`); tests/import-parts-order.test.ts has the cases.
  it("gives each heading the part it names, in the document's order", () => {
    expect(assignParts(["plan", "summary", "problems"])).toEqual([{ part: "plan" }, { part: "summary" }, { part: "problems" }]);
  });
});

describe("structure: nesting by marker kind", () => {
  it("nests a new kind one deeper and closes back to a kind already open", () => {
    const body = buildBody(textParagraphs("导语。\n一、主要工作\n（一）甲\n1.子一\n正文甲一\n2.子二\n（二）乙\n二、存在的问题\n（一）问题一。说明。"));
    expect(body.intro).toEqual(["导语。"]);
    expect(body.sections.map((s) => s.heading)).toEqual(["主要工作", "存在的问题"]);
    const [a, b] = body.sections[0].topics;
    expect(a.children.map((c) => c.head.text)).toEqual(["1.子一", "2.子二"]);
    expect(a.children[0].body).toEqual(["正文甲一"]);
    expect(b.head.text).toBe("（二）乙");
  });

  it("takes the marker kind that names parts as the part level, even when parts are (一)", () => {
    const body = buildBody(textParagraphs("(一)工作开展情况\n1.甲\n(二)存在的问题\n(三)下一步工作打算"));
    expect(body.sections.map((s) => s.heading)).toEqual(["工作开展情况", "存在的问题", "下一步工作打算"]);
  });

  it("treats a paragraph of inline (1)…(2)… as an enumeration, not a numbered topic", () => {
    const body = buildBody(textParagraphs("一、主要工作\n（一）甲\n（1）推广新技术；（2）开展培训。"));
    expect(body.sections[0].topics[0].body).toEqual(["（1）推广新技术；（2）开展培训。"]);
  });
});

describe("titles: own line, run-in, or none", () => {
  const head = (text: string, inProblems = false, body: string[] = []) => {
    const [p] = textParagraphs(text);
    return splitHead({ key: "pcn", marker: leadingMarker(text), head: p, body, children: [] }, inProblems);
  };
  it("splits a run-in title at the first 。", () => {
    expect(head("（一）企业科技创新能力不强。企业拥有研发机构的比例低。", true)).toEqual({ title: "企业科技创新能力不强", runIn: true, first: "企业拥有研发机构的比例低。" });
  });
  it("keeps a short line as an own-line title", () => {
    expect(head("（一）培育壮大创新主体")).toEqual({ title: "培育壮大创新主体" });
  });
  it("keeps a numbered statement untitled", () => {
    expect(head("（一）获省级科技进步奖2项，其中一等奖1项。")).toEqual({ first: "获省级科技进步奖2项，其中一等奖1项。" });
    expect(head("（二）全县新增高新技术企业9家。总数达到38家。")).toEqual({ first: "全县新增高新技术企业9家。总数达到38家。" });
  });
  it("uses the bold lead of Word or Markdown as the title", () => {
    const p = { text: "（一）抓项目，促发展，强基础。围绕主导产业招商。", lead: "（一）抓项目，促发展，强基础。" };
    expect(splitHead({ key: "pcn", marker: leadingMarker(p.text), head: p, body: [], children: [] }, false)).toEqual({ title: "抓项目，促发展，强基础", runIn: true, first: "围绕主导产业招商。" });
  });
});

describe("enumerations → points", () => {
  it("一是…二是… after a lead sentence", () => {
    expect(findEnumeration("主要做了以下工作：一是建立机制；二是完善制度；三是加强督查。")).toEqual({
      lead: "主要做了以下工作：",
      points: ["建立机制；", "完善制度；", "加强督查。"],
      style: "一是",
    });
  });
  it("（1）…（2）… with full- or half-width brackets", () => {
    expect(findEnumeration("选派特派员120名。（1）推广新技术45项。(2)举办培训86期。")).toEqual({
      lead: "选派特派员120名。",
      points: ["推广新技术45项。", "举办培训86期。"],
      style: "（1）",
    });
  });
  it("①…②…", () => {
    expect(findEnumeration("①科学设置作业；②丰富课后服务。")).toMatchObject({ lead: "", style: "①", points: ["科学设置作业；", "丰富课后服务。"] });
  });
  it("not when the points are joined by commas (they would come back with 。)", () => {
    expect(findEnumeration("一是建立机制，二是完善制度。")).toBeUndefined();
  });
  it("not for 一是 inside a word", () => {
    expect(findEnumeration("坚持统一是关键。二是完善制度。")).toBeUndefined();
  });
});

describe("targets", () => {
  it("splits 目标任务 on ；and captures value and unit", () => {
    expect(splitTargets(["全社会研发经费支出达到2.5亿元；新增高新技术企业4家；技术合同成交额增长10%以上。"])).toEqual({
      targets: [
        { text: "全社会研发经费支出达到2.5亿元", value: 2.5, unit: "亿元" },
        { text: "新增高新技术企业4家", value: 4, unit: "家" },
        { text: "技术合同成交额增长10%以上", value: 10, unit: "%" },
      ],
    });
  });
  it("keeps the words before a colon apart", () => {
    expect(splitTargets(["主要预期目标是：粮食产量达到19万吨；培训农民5200余人次。"])).toEqual({
      lead: "主要预期目标是：",
      targets: [
        { text: "粮食产量达到19万吨", value: 19, unit: "万吨" },
        { text: "培训农民5200余人次", value: 5200, unit: "人次" },
      ],
    });
  });
  it("no value for text without a number and unit", () => {
    expect(valueAndUnit("科技创新能力明显增强")).toEqual({});
    expect(valueAndUnit("2023年底前建成")).toEqual({});
  });
});

describe("text encodings", () => {
  const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xa3, 0xac, 0xb9, 0xa4, 0xd7, 0xf7]); // 中文，工作
  it("UTF-8, with or without BOM", () => {
    expect(decodeText(new TextEncoder().encode("工作总结"))).toEqual({ text: "工作总结", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("工作")]))).toEqual({ text: "工作", encoding: "utf-8" });
  });
  it("GBK (not valid UTF-8) as GB18030", () => {
    expect(decodeText(gbk)).toEqual({ text: "中文，工作", encoding: "gb18030" });
  });
  it("UTF-16 with a BOM", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))).toEqual({ text: "中", encoding: "utf-16le" });
  });
});

describe("web furniture", () => {
  it.each([
    "发布时间：2022-12-30 10:21:05 信息来源：县科技局 浏览次数：318",
    "来源: 县政府办",
    "初审：张三 复审：李四 终审：王五",
    "（初审：张三　复审：李四　终审：王五）",
    "浏览次数：1024",
    "【字体：大 中 小】",
    "字号：【大】【中】【小】",
    "【打印】【关闭】",
    "打印本页 关闭窗口".replace(" ", ""),
    "当前位置：首页 > 政务公开",
    "首页 > 信息公开 > 计划总结",
    "上一篇：关于做好春耕生产的通知",
    "扫一扫在手机打开当前页",
    "网站标识码：3600000000 赣ICP备05000000号",
    "某某县人民政府门户网站",
    // Seen on the real pages of the corpus (tests/fixtures/import/corpus/real-*):
    "  • 发布时间:2022-12-05 16:53:44",
    "- 时间:2023-02-24",
    "  • |",
    "索引号 | K16059504/2024-117342 | ||",
    "组配分类 | 计划总结 | 发布机构 | 东柳街道 |",
    "||||||||||||||||||||||||||||||",
    "文件已失效",
    '<meta name="ContentStart"/>',
    "【正文】",
    "标签: #工作总结",
  ])("%s is furniture", (line) => {
    expect(isFurniture(textParagraphs(line)[0].text)).toBe(true);
  });

  it.each(["一、2022年工作开展情况", "主办全县科技活动周，参与群众3000余人次。", "2022年12月30日", "来源广泛的资金支持了项目建设。", "- 积极开展疫情防控工作", "【典型案例】"])("%s is report text", (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it("a long 来源 line is furniture when what makes it long is the layout table's bars", () => {
    expect(isFurniture(`来源:镇康县木场乡人民政府 时间:2024-01-16 【 打印 】【 关闭 】 | ${"|".repeat(200)}`)).toBe(true);
  });

  it("returns what it dropped and the publication date", () => {
    const result = dropFurniture(textParagraphs("标题\n发布时间：2022-12-30 来源：县科技局\n正文。"));
    expect(result.paragraphs.map((p) => p.text)).toEqual(["标题", "正文。"]);
    expect(result.furniture).toHaveLength(1);
    expect(result.published).toBe("2022-12-30");
  });
});

describe("title and dates", () => {
  it("takes organisation and year from the title", () => {
    expect(parseTitle("云溪县科学技术局2022年工作总结及2023年工作计划")).toEqual({ organization: "云溪县科学技术局", year: 2022 });
    expect(parseTitle("关于2022年工作总结和2023年工作打算的报告")).toEqual({ year: 2022 });
  });
  it("reads date lines in their usual forms", () => {
    expect(dateLine("2022年12月30日")).toBe("2022-12-30");
    expect(dateLine("2022年1月5日")).toBe("2022-01-05");
    expect(dateLine("2022-12-30")).toBe("2022-12-30");
    expect(dateLine("二〇二二年十二月三十日")).toBe("2022-12-30");
    expect(dateLine("（2022年12月28日）")).toBe("2022-12-28");
    expect(dateLine("2022年12月30日召开会议")).toBeUndefined();
    expect(dateLine("2022年2月30日")).toBeUndefined();
  });
});

describe("the round-trip measure", () => {
  it("LCS length (Myers)", () => {
    expect(lcsLength([..."ABCBDAB"], [..."BDCABA"])).toBe(4);
    expect(lcsLength([], [..."abc"])).toBe(0);
    expect(lcsLength([..."工作总结"], [..."工作总结"])).toBe(4);
  });
  it("ignores leading ordinals, whitespace and punctuation width", () => {
    expect(comparable("（一） 加强建设, 提高质量;")).toBe(comparable("1.加强建设，提高质量；"));
  });
  it("counts the original's characters found in order", () => {
    expect(scoreTexts(["一、甲乙丙丁"], ["一、甲乙（增补）丙丁"]).share).toBe(1); // added text costs nothing
    expect(scoreTexts(["一、甲乙丙丁"], ["一、甲乙丙丁"]).share).toBe(1);
    expect(scoreTexts(["甲乙丙丁"], ["甲丙"])).toEqual({ share: 0.5, matched: 2, total: 4 });
    expect(scoreTexts(["甲乙丙丁"], ["丁丙乙甲"]).matched).toBe(1);
  });
});
