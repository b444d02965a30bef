/** The Markdown copy: written from the model, it re-parses to the same model. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSource } from "../src/core/validate.js";
import type { Document } from "../src/document/model.js";
import { parseMarkdown } from "../src/document/parse-markdown.js";
import { writeMarkdown } from "../src/writers/markdown.js";
import { ROOT } from "./helpers/cli.js";
import { render } from "./helpers/report.js";

function sample(year: number) {
  const file = join(ROOT, `data/${year}.yaml`);
  const { report } = validateSource({ file, text: readFileSync(file, "utf8") }, "en");
  return render(report!);
}

describe("Markdown output", () => {
  it.each([2022, 2023])("re-parses to the same document model (%i sample)", (year) => {
    const { document } = sample(year);
    expect(parseMarkdown(writeMarkdown(document))).toEqual({ blocks: document.blocks });
  });

  it("is the template's text, normalised", () => {
    const { markdown, document } = sample(2022);
    const normalised = writeMarkdown(document);
    // The anchor comments (a bookmark each in Word, issue 21) are the template's only text the .md leaves out.
    expect(markdown).toContain("<!-- anchor rpt_");
    const withoutAnchors = markdown.replace(/<!-- \/?anchor[^>]*-->\n/g, "");
    expect(normalised).toBe(`${withoutAnchors.replace(/\n{3,}/g, "\n\n").trim()}\n`);
  });

  it("keeps Markdown-special characters as text through a round trip", () => {
    const doc: Document = {
      blocks: [
        { type: "title", text: "# 标题 *星* _下_" },
        { type: "heading", level: 3, ordinal: "1.", text: "表格 | 竖线 [方括号] <尖括号> \\ 反斜杠 #" },
        { type: "paragraph", runs: [{ text: "1. 不是列表 - 也不是 > 引用 `代码` &amp; ~删除~ ![图](x)" }] },
        { type: "paragraph", runs: [{ text: "- 列表符" }] },
        { type: "paragraph", runs: [{ text: "# 井号" }] },
        { type: "paragraph", runs: [{ text: "（一）标题“引号”。", runIn: 2 }, { text: "正文**星号**。" }] },
        { type: "paragraph", runs: [{ text: "普通" }, { text: "粗体", bold: true }, { text: "斜体", italic: true }] },
        { type: "table", header: ["指标", "单位"], rows: [["研发|经费", "亿元"]], align: ["left", "center"] },
        { type: "signature", organization: "示例县科技局", date: "2022年12月30日" },
      ],
    };
    expect(parseMarkdown(writeMarkdown(doc))).toEqual({ blocks: doc.blocks });
  });

  it("keeps emphasis through a round trip at awkward edges: spaces inside, astral characters, letters and punctuation after", () => {
    const emphasised = [" 空格在前", "空格在后 ", " ", "😀表情", "表情😀", "𠀀", "abc", "“引号”", "（一）"];
    const after = ["", "😀后", "𠀀后", "a后", "2023年", "（注）", "，", " 空格", "“引”"];
    const blocks: Document["blocks"] = [];
    for (const inner of emphasised) {
      for (const next of after) {
        blocks.push({ type: "paragraph", runs: [{ text: "前文x" }, { text: inner, bold: true }, ...(next ? [{ text: next }] : [])] });
        blocks.push({ type: "paragraph", runs: [{ text: "前" }, { text: inner, italic: true }, ...(next ? [{ text: next }] : [])] });
      }
    }
    // Many emphases in one paragraph: each is written knowing only the first character after it.
    blocks.push({ type: "paragraph", runs: Array.from({ length: 200 }, (_, i) => ({ text: `第${i}项😀`, ...(i % 2 === 0 ? { bold: true } : {}) })) });
    const doc: Document = { blocks };
    expect(parseMarkdown(writeMarkdown(doc))).toEqual({ blocks: doc.blocks });
  });

  it("marks run-in headings as bold text starting with an ordinal, with their level", () => {
    const md = "**（一）企业科技创新能力不强。**企业拥有……\n\n**1.加强领导。**正文\n\n**（2）落实。**正文\n\n**强调**不是标题\n";
    const levels = parseMarkdown(md).blocks.map((b) => (b.type === "paragraph" ? b.runs[0] : null));
    expect(levels).toEqual([
      { text: "（一）企业科技创新能力不强。", runIn: 2 },
      { text: "1.加强领导。", runIn: 3 },
      { text: "（2）落实。", runIn: 4 },
      { text: "强调", bold: true },
    ]);
  });
});

describe("Markdown input from custom templates", () => {
  it("keeps GFM task list boxes as ☑/☐ in place of the bullet, after the number in ordered lists", () => {
    const doc = parseMarkdown("- [x] 完成培训\n- [ ] 建设中心\n- 普通事项\n\n1. [x] 第一项\n");
    expect(doc.blocks.map((b) => (b.type === "paragraph" ? b.runs.map((r) => r.text).join("") : b.type))).toEqual([
      "☑完成培训",
      "☐建设中心",
      "·普通事项",
      "1.☑第一项",
    ]);
  });

  it("treats **bold** next to Chinese punctuation as bold (CJK-friendly emphasis)", () => {
    const doc = parseMarkdown("**重点：**全年完成。\n");
    expect(doc.blocks[0]).toEqual({ type: "paragraph", runs: [{ text: "重点：", bold: true }, { text: "全年完成。" }] });
  });

  it("keeps the text of links, code and blockquotes, and reads table alignment from the header row", () => {
    const doc = parseMarkdown("> 见[通知](https://example.com)和`代码`\n\n| 甲 | 乙 |\n|:--|--:|\n| 1 | 2 |\n");
    expect(doc.blocks[0]).toEqual({ type: "paragraph", runs: [{ text: "见通知和代码" }] });
    expect(doc.blocks[1]).toMatchObject({ type: "table", header: ["甲", "乙"], rows: [["1", "2"]], align: ["left", "right"] });
  });
});
