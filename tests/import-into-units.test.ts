/** The pieces of `report import --into`: reading tracked changes and bookmarks, and editing YAML in place. */
import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/import/into/apply-yaml.js";
import { paragraphsOfXml } from "../src/import/into/docx-paragraphs.js";
import type { Report, Target } from "../src/core/schema.js";
import { mapBlocks } from "../src/import/into/blocks.js";
import { structuralChanges } from "../src/import/into/structure.js";
import { anchorTargets } from "../src/import/into/targets.js";
import { stringListChanges, textChanges } from "../src/import/into/list-edits.js";
import { dice, SIMILARITY_THRESHOLD } from "../src/import/into/similarity.js";
import { blockEdits, splitPoints } from "../src/import/into/topic-fields.js";
import { commentText, insertComments } from "../src/import/into/yaml-comments.js";
import { applyStructure } from "../src/import/into/yaml-lists.js";

const W = (body: string) => `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const del = (t: string) => `<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>${t}</w:delText></w:r></w:del>`;
const ins = (t: string) => `<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>${t}</w:t></w:r></w:ins>`;

describe("reading an edited document.xml", () => {
  it("takes insertions and drops deletions (accept), or the reverse (reject), and counts them", () => {
    const xml = W(`<w:p>${r("甲")}${del("乙")}${ins("丙")}${r("&amp;丁")}</w:p>`);
    expect(paragraphsOfXml(xml, "accept")).toEqual({ paragraphs: [{ text: "甲丙&丁", inTable: false }], insertions: 1, deletions: 1, commentRanges: new Map() });
    expect(paragraphsOfXml(xml, "reject").paragraphs[0].text).toBe("甲乙&丁");
  });

  it("joins paragraphs whose mark was deleted (accept) or inserted (reject), and moves like deletions and insertions", () => {
    const deletedMark = `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${r("一")}</w:p><w:p>${r("二")}</w:p>`;
    expect(paragraphsOfXml(W(deletedMark), "accept").paragraphs.map((p) => p.text)).toEqual(["一二"]);
    expect(paragraphsOfXml(W(deletedMark), "reject").paragraphs.map((p) => p.text)).toEqual(["一", "二"]);
    const moved = `<w:p><w:moveFrom w:id="4" w:author="A"><w:r><w:t>旧</w:t></w:r></w:moveFrom><w:moveTo w:id="5" w:author="A"><w:r><w:t>新</w:t></w:r></w:moveTo></w:p>`;
    expect(paragraphsOfXml(W(moved), "accept").paragraphs[0].text).toBe("新");
  });

  it("gives each paragraph the report bookmark it lies in, ignoring Word's own (_GoBack) and table cells", () => {
    const xml = W(
      `<w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/>${r("前")}<w:bookmarkEnd w:id="0"/></w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="7" w:name="rpt_talent"/>${r("标题")}</w:p>` +
        `<w:p>${r("正文")}<w:bookmarkEnd w:id="7"/></w:p><w:tbl><w:tr><w:tc><w:p>${r("格")}</w:p></w:tc></w:tr></w:tbl><w:p>${r("后")}</w:p>`,
    );
    expect(paragraphsOfXml(xml, "accept").paragraphs).toEqual([
      { text: "前", inTable: false },
      { text: "标题", inTable: false, anchor: "rpt_talent", style: "Heading2" },
      { text: "正文", inTable: false, anchor: "rpt_talent" },
      { text: "格", inTable: true },
      { text: "后", inTable: false },
    ]);
  });
});

it("reads the markup Word adds when it saves: rsids, proofing marks, hyperlinks, smart tags, rendered page breaks", () => {
  const xml = W(
    `<w:p w:rsidR="00A1" w14:paraId="1A2B"><w:pPr><w:pStyle w:val="Heading2"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>` +
      `<w:bookmarkStart w:id="12" w:name="rpt_talent"/><w:proofErr w:type="spellStart"/><w:r w:rsidRPr="00B2"><w:lastRenderedPageBreak/><w:t>（二）</w:t></w:r>` +
      `<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">加强</w:t></w:r></w:hyperlink><w:smartTag w:uri="u" w:element="e"><w:r><w:t>人才</w:t></w:r></w:smartTag>` +
      `<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="12"/></w:p>`,
  );
  expect(paragraphsOfXml(xml, "accept").paragraphs).toEqual([{ text: "（二）加强人才", inTable: false, anchor: "rpt_talent", style: "Heading2" }]);
});

it("closes an anchor by name: LibreOffice's second start of the same name before the end", () => {
  const xml = W(
    `<w:p><w:bookmarkStart w:id="1" w:name="rpt__summary"/>${r("一、")}</w:p>` +
      `<w:p><w:bookmarkStart w:id="2" w:name="rpt__summary"/>${r("导语")}<w:bookmarkEnd w:id="2"/></w:p><w:p>${r("后")}</w:p>`,
  );
  expect(paragraphsOfXml(xml, "accept").paragraphs.map((p) => p.anchor ?? null)).toEqual(["rpt__summary", "rpt__summary", null]);
});

describe("editing the YAML in place", () => {
  const text = [
    "# 注释",
    "a: 1   # 行尾注释",
    "b:",
    "  items:",
    '    - title: "引号"',
    "      body: >-",
    "        很长的",
    "        正文",
    "      points: [一, 二]",
    "    - title: 不变   # 注释",
    "",
  ].join("\n");

  it("rewrites only the edited scalars, in their own style; the rest byte for byte", () => {
    const { text: out, notApplied } = applyEdits(text, [
      { path: ["b", "items", 0, "title"], value: "新标题" },
      { path: ["b", "items", 0, "body"], value: "新正文" },
      { path: ["b", "items", 0, "points", 1], value: "二, 三" },
    ]);
    expect(notApplied).toEqual([]);
    expect(out).toBe(text.replace('"引号"', '"新标题"').replace("        很长的\n        正文\n", "        新正文\n").replace("[一, 二]", '[一, "二, 三"]'));
  });

  it("keeps a CRLF file's line endings in a rewritten block scalar", () => {
    const crlf = "a: >-\r\n  旧\r\n  文\r\nb: 1\r\n";
    expect(applyEdits(crlf, [{ path: ["a"], value: "新" }]).text).toBe("a: >-\r\n  新\r\nb: 1\r\n");
  });

  it("returns an edit whose value is no scalar as not applied, and the text unchanged without edits", () => {
    expect(applyEdits(text, [{ path: ["b", "items"], value: "x" }]).notApplied).toHaveLength(1);
    expect(applyEdits(text, []).text).toBe(text);
  });
});

it("--comments: a comment line above its place at that line's indentation, or at the end without one", () => {
  const text = "metrics:\n  - { id: a, value: 1 }\nsummary:\n  items:\n    - title: 甲\n";
  const out = insertComments(text, [
    { path: ["summary", "items", 0], text: commentText("王局长", "2024-01-05T09:30:00Z", "请核实\n人数") },
    { path: ["metrics", 0], text: "口径？" },
    { text: "无处可放" },
  ]);
  expect(out).toBe("metrics:\n  # 口径？\n  - { id: a, value: 1 }\nsummary:\n  items:\n    # 批注（王局长，2024-01-05）：请核实 人数\n    - title: 甲\n# 无处可放\n");
});

describe("placing blocks without their bookmark (blocks.ts)", () => {
  const P = (text: string, anchor?: string, style?: string) => ({ text, inTable: false, ...(anchor ? { anchor } : {}), ...(style ? { style } : {}) });
  const built = [
    P("一、工作", "rpt__summary", "Heading1"),
    P("（一）企业培育", "rpt_a", "Heading2"),
    P("培育库新增入库企业23家，全年新认定高新技术企业7家。", "rpt_a"),
    P("（二）人才引进", "rpt_b", "Heading2"),
    P("引进高层次创新团队2个，柔性引进专家16名。", "rpt_b"),
  ];
  const kinds = new Map([["rpt__summary", "part"], ["rpt_a", "topic"], ["rpt_b", "topic"]] as const);
  const placed = (edited: ReturnType<typeof P>[]) => mapBlocks(built, edited, kinds).edited.map((b) => [b.anchor ?? null, b.via, b.paragraphs.length]);

  it("Dice of character bigrams: 1 for the same text, 0 for nothing shared, punctuation ignored", () => {
    expect(dice("科技创新", "科技创新。")).toBe(1);
    expect(dice("科技创新", "农业服务")).toBe(0);
    expect(dice("培育库新增入库企业23家", "培育库新增入库企业25家")).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(SIMILARITY_THRESHOLD).toBe(0.6);
  });

  it("by bookmark; else by ordinal path; else by similarity (a renumbered heading); else a new topic", () => {
    expect(placed(built)).toEqual([["rpt__summary", "anchor", 1], ["rpt_a", "anchor", 2], ["rpt_b", "anchor", 2]]);
    const noB = [...built.slice(0, 3), P("（二）人才引进", undefined, "Heading2"), P("引进高层次创新团队3个。")];
    expect(placed(noB).at(-1)).toEqual(["rpt_b", "ordinal", 2]);
    const renumbered = [...built.slice(0, 3), P("（五）人才引进", undefined, "Heading2"), P("引进高层次创新团队2个，柔性引进专家16名。")];
    expect(placed(renumbered).at(-1)).toEqual(["rpt_b", "similarity", 2]);
    const unlike = [...built.slice(0, 3), P("（五）科学普及", undefined, "Heading2"), P("举办科普活动30场。")];
    expect(placed(unlike).at(-1)).toEqual([null, "new", 2]);
  });

  it("a bookmark found twice stays with the run most like the original; the other is a new block", () => {
    const twice = [...built.slice(0, 3), P("（三）企业培育扩围", "rpt_a", "Heading2"), P("新增省级星创天地1家。", "rpt_a"), ...built.slice(3)];
    expect(placed(twice)).toEqual([["rpt__summary", "anchor", 1], ["rpt_a", "anchor", 2], [null, "new", 2], ["rpt_b", "anchor", 2]]);
    const before = [P("（三）企业培育扩围", "rpt_a", "Heading2"), P("新增省级星创天地1家。", "rpt_a"), ...built.slice(0, 1), ...built.slice(3), ...built.slice(1, 3)];
    expect(placed(before).map((b) => b[0])).toEqual([null, "rpt__summary", "rpt_b", "rpt_a"]);
  });
});

describe("lists rewritten in place (yaml-lists.ts, list-edits.ts)", () => {
  const text = ["a:", "  items:", "    # 甲的注释", "    - id: x   # 行尾", "      body: >-", "        折叠的", "        正文", "    - id: y", "b:", "  items:", "    - id: z", "      items:", "        - id: w", "c: 1", ""].join("\n");

  it("moves an item with the comment above it, re-indented at another depth; every other line kept", () => {
    const { text: out, failed } = applyStructure(text, [
      { path: ["a", "items"], items: [{ ref: ["a", "items", 1] }] },
      { path: ["b", "items", 0, "items"], items: [{ ref: ["b", "items", 0, "items", 0] }, { ref: ["a", "items", 0] }] },
    ], []);
    expect(failed).toEqual([]);
    expect(out).toBe(["a:", "  items:", "    - id: y", "b:", "  items:", "    - id: z", "      items:", "        - id: w", "        # 甲的注释", "        - id: x   # 行尾", "          body: >-", "            折叠的", "            正文", "c: 1", ""].join("\n"));
  });

  it("a new item by stringify; an emptied list goes with its key; a key added after another", () => {
    const { text: out } = applyStructure(text, [
      { path: ["a", "items"], items: [{ ref: ["a", "items", 0] }, { ref: ["a", "items", 1] }, { fresh: { title: "新: 题", body: "一\n\n二" } }] },
      { path: ["b", "items", 0, "items"], items: [] },
    ], [{ path: ["a", "items", 1], key: "title", value: "乙", after: "id" }]);
    expect(out).toBe(text.replace("    - id: y\n", "    - id: y\n      title: 乙\n    - title: \"新: 题\"\n      body: |-\n        一\n\n        二\n").replace("      items:\n        - id: w\n", ""));
  });

  it("a list of strings: kept items stay, a replaced one is a scalar edit, only additions and deletions rewrite the list", () => {
    expect(stringListChanges(["p"], ["甲", "乙"], ["甲", "丙"])).toEqual({ edits: [{ path: ["p", 1], value: "丙" }], lists: [], keys: [], added: 0, removed: 0 });
    const grown = stringListChanges(["p"], ["甲", "乙"], ["甲", "乙", "丙"]);
    expect(grown.lists).toEqual([{ path: ["p"], items: [{ ref: ["p", 0] }, { ref: ["p", 1] }, { fresh: "丙" }] }]);
    expect([grown.added, grown.removed]).toEqual([1, 0]);
    expect(stringListChanges(["p"], ["甲", "乙"], ["乙"]).lists).toEqual([{ path: ["p"], items: [{ ref: ["p", 1] }] }]);
  });

  it("points are read in order, as many as there are now", () => {
    expect(splitPoints("导语①甲。②乙。③丙。", ["甲", "乙"], "①")).toEqual({ lead: "导语", points: ["甲", "乙", "丙"] });
    expect(splitPoints("一是甲。", ["甲", "乙"], "一是")).toEqual({ lead: "", points: ["甲"] });
    expect(splitPoints("没有分项。", ["甲"], "一是")).toBeNull();
  });
});

it("a Text field whose paragraphs were all deleted goes with its key", () => {
  const text = "p:\n  heading: 甲\n  intro: >-\n    导语\n    续行\n  items:\n    - id: a\n";
  const changes = textChanges(["p"], "intro", "导语续行", [], "heading");
  expect(changes.keys).toEqual([{ path: ["p"], key: "intro", value: undefined }]);
  expect(applyStructure(text, changes.lists, changes.keys).text).toBe("p:\n  heading: 甲\n  items:\n    - id: a\n");
});

it("a list made where there was none: under a part with only an intro, and under a topic of a list", () => {
  const text = "outlook:\n  intro: 形势\nplan:\n  items:\n    - id: a\n      title: 甲   # 注\n    - id: b\n";
  const { text: out, failed } = applyStructure(text, [
    { path: ["outlook", "items"], items: [{ ref: ["plan", "items", 1] }] },
    { path: ["plan", "items", 0, "items"], items: [{ fresh: { title: "新" } }] },
    { path: ["plan", "items"], items: [{ ref: ["plan", "items", 0] }] },
  ], []);
  expect(failed).toEqual([]);
  expect(out).toBe("outlook:\n  intro: 形势\n  items:\n    - id: b\nplan:\n  items:\n    - id: a\n      title: 甲   # 注\n      items:\n        - title: 新\n");
});

it("a CRLF file stays CRLF when lists are rewritten and keys added", () => {
  const text = "a:\r\n  items:\r\n    - id: x\r\n    - id: y\r\n";
  const { text: out } = applyStructure(text, [{ path: ["a", "items"], items: [{ ref: ["a", "items", 1] }, { fresh: { title: "新", body: "一\n\n二" } }] }], [{ path: ["a", "items", 1], key: "title", value: "乙" }]);
  expect(out).toBe("a:\r\n  items:\r\n    - id: y\r\n      title: 乙\r\n    - title: 新\r\n      body: |-\r\n        一\r\n\r\n        二\r\n");
});

it("a plain scalar given paragraphs becomes a literal block at its key's column + 2, in the file's line ends", () => {
  expect(applyEdits("a:\n  - title: x\n    body: 甲乙   # 注\n", [{ path: ["a", 0, "body"], value: "甲\n\n乙" }]).text).toBe("a:\n  - title: x\n    body: |-   # 注\n      甲\n\n      乙\n");
  expect(applyEdits("a:\r\n  - body: 甲乙\r\n", [{ path: ["a", 0, "body"], value: "甲\n\n乙" }]).text).toBe("a:\r\n  - body: |-\r\n      甲\r\n\r\n      乙\r\n");
});

it("a topic deleted whole with tracking on (its text and paragraph marks deleted) leaves the next paragraph its own anchor and style", () => {
  const mark = `<w:pPr><w:rPr><w:del w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>`;
  const xml = W(
    `<w:p>${mark}<w:bookmarkStart w:id="1" w:name="rpt_gone"/>${del("（二）删去")}</w:p><w:p>${mark}${del("正文")}<w:bookmarkEnd w:id="1"/></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="2" w:name="rpt_next"/>${r("（三）留下")}<w:bookmarkEnd w:id="2"/></w:p>`,
  );
  expect(paragraphsOfXml(xml, "accept").paragraphs).toEqual([{ text: "（三）留下", inTable: false, anchor: "rpt_next", style: "Heading2" }]);
});

describe("topics placed by level (structure.ts)", () => {
  const P = (text: string, anchor?: string, style?: string) => ({ text, inTable: false, ...(anchor ? { anchor } : {}), ...(style ? { style } : {}) });
  const report = {
    year: 2023,
    organization: "某局",
    summary: { items: [{ id: "a", title: "甲", items: [{ id: "b", title: "乙", body: "乙文", items: [{ id: "c", title: "丙", body: "丙文" }] }] }] },
  } as unknown as Report;
  const targets = anchorTargets(report);
  const kinds = new Map([...targets].map(([name, t]) => [name, t.kind]));
  const built = [P("一、2023年工作开展情况", "rpt__summary", "Heading1"), P("（一）甲", "rpt_a", "Heading2"), P("1.乙", "rpt_b", "Heading3"), P("乙文", "rpt_b"), P("（1）丙", "rpt_c", "Heading4"), P("丙文", "rpt_c")];

  it("an existing topic under a new heading is moved there, and its own sub-topics with it", () => {
    const edited = [...built.slice(0, 2), P("2.新", undefined, "Heading3"), ...built.slice(2, 4), ...built.slice(4)];
    const moved = [...built.slice(0, 2), P("（二）新", undefined, "Heading2"), ...built.slice(2)];
    expect(structuralChanges(mapBlocks(built, edited, kinds), targets).counts.topicsMoved).toBe(0);
    const result = structuralChanges(mapBlocks(built, moved, kinds), targets);
    expect(result.counts).toMatchObject({ topicsAdded: 1, topicsMoved: 1, topicsRemoved: 0 });
    expect(result.lists).toEqual([
      { path: ["summary", "items"], items: [{ ref: ["summary", "items", 0] }, { fresh: { title: "新" }, children: [{ ref: ["summary", "items", 0, "items", 0] }] }] },
      { path: ["summary", "items", 0, "items"], items: [] },
    ]);
  });
});

it("the 目标任务 paragraph: a target with no text is not printed, so the parts are the others'", () => {
  const node = [{ text: "" }, { text: "甲" }, { text: "乙。" }] as Target[];
  const result = blockEdits({ kind: "targets", path: ["plan", "targets"], node }, [{ text: "（一）目标任务", heading: true }, { text: "甲；丙。", heading: false }], ["（一）目标任务", "甲；乙。"]);
  expect(result.unplaced).toEqual([]);
  expect(result.edits).toEqual([{ path: ["plan", "targets", 2, "text"], value: "丙" }]);
});

it("a title starting with a digit keeps its digits: the printed ordinal is the one taken off (1.2024年…)", () => {
  const topic = { id: "t", title: "2024年深化企业创新", body: "正文" };
  const target = { kind: "topic" as const, path: ["plan", "items", 0], part: "plan" as const, node: topic };
  const result = blockEdits(target, [{ text: "1.2024年深化企业创新工程", heading: true }, { text: "正文", heading: false }], ["1.2024年深化企业创新", "正文"]);
  expect(result.ignored).toEqual([]);
  expect(result.edits).toEqual([{ path: ["plan", "items", 0, "title"], value: "2024年深化企业创新工程" }]);
  const renumbered = blockEdits(target, [{ text: "3.2024年深化企业创新", heading: true }, { text: "正文", heading: false }], ["1.2024年深化企业创新", "正文"]);
  expect(renumbered.ignored.map((i) => i.kind)).toEqual(["ordinal"]);
  expect(renumbered.edits).toEqual([]);
});

describe("topics printed in less usual shapes", () => {
  const topicTarget = (node: object) => ({ kind: "topic" as const, path: ["summary", "items", 0], part: "summary" as const, node: node as never });

  it("a topic that prints only its heading: its edited title comes back", () => {
    const result = blockEdits(topicTarget({ title: "甲", items: [{ title: "乙" }] }), [{ text: "（一）甲乙", heading: true }], ["（一）甲"]);
    expect(result.unplaced).toEqual([]);
    expect(result.edits).toEqual([{ path: ["summary", "items", 0, "title"], value: "甲乙" }]);
  });

  it("a run-in title ending in ）(no 。 added): an edit of the title does not take the body's first sentence", () => {
    const node = { title: "推进服务（试点）", runIn: true, body: "科技特派员增加。服务延伸。" };
    const result = blockEdits(topicTarget(node), [{ text: "（四）推行服务（试点）科技特派员增加。服务延伸。", heading: false }], ["（四）推进服务（试点）科技特派员增加。服务延伸。"]);
    expect(result.unplaced).toEqual([]);
    expect(result.edits).toEqual([{ path: ["summary", "items", 0, "title"], value: "推行服务（试点）" }]);
  });

  it("an untitled topic printed 3.2024年…: its level is 3 (the printed ordinal before a digit), so it stays in its place", () => {
    const P = (text: string, anchor?: string, style?: string) => ({ text, inTable: false, ...(anchor ? { anchor } : {}), ...(style ? { style } : {}) });
    const built = [P("五、计划", "rpt__plan", "Heading1"), P("1.甲", "rpt_a", "Heading3"), P("3.2024年完善机制。", "rpt_c")];
    const map = mapBlocks(built, built, new Map([["rpt__plan", "part"], ["rpt_a", "topic"], ["rpt_c", "topic"]] as const));
    expect(map.edited.map((b) => b.level)).toEqual([1, 3, 3]);
  });
});

it("every paragraph under a topic's heading deleted: its body and points go, its title stays", () => {
  const node = { title: "甲", body: "正文", points: ["一", "二"] };
  const result = blockEdits({ kind: "topic", path: ["summary", "items", 0], part: "summary", node: node as never }, [{ text: "（一）甲", heading: true }], ["（一）甲", "正文一是一。二是二。"]);
  expect(result.unplaced).toEqual([]);
  expect(result.lists).toEqual([{ path: ["summary", "items", 0, "points"], items: [] }]);
  expect(result.keys).toEqual([{ path: ["summary", "items", 0], key: "body", value: undefined }]);
  const yaml = "summary:\n  items:\n    - title: 甲\n      body: 正文\n      points:\n        - 一\n        - 二\n";
  expect(applyStructure(yaml, result.lists, result.keys).text).toBe("summary:\n  items:\n    - title: 甲\n");
});
