/**
 * The quick Markdown reader (quick-markdown.ts) must give exactly markdown-it's nodes
 * (markdown-tree.ts), or nothing; and it must read what the built-in templates write.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { markdownItBlocks } from "../src/document/markdown-tree.js";
import { quickMarkdownBlocks } from "../src/document/quick-markdown.js";
import { writeMarkdown } from "../src/writers/markdown.js";
import { FC_SETTINGS, holds, report } from "./helpers/arbitraries.js";
import { ROOT } from "./helpers/cli.js";
import { render } from "./helpers/report.js";

/** The quick reader gives markdown-it's nodes, or gives up; true when it read the text. */
function sameOrNothing(markdown: string): boolean {
  const quick = quickMarkdownBlocks(markdown);
  if (quick) expect(quick, JSON.stringify(markdown)).toEqual(markdownItBlocks(markdown));
  return quick !== undefined;
}

function sample(year: number) {
  const file = join(ROOT, `data/${year}.yaml`);
  return validateSource({ file, text: readFileSync(file, "utf8") }, "en").report!;
}

/**
 * The report with its text made plain: every character but common Han, Chinese
 * punctuation, ASCII letters, digits and spaces becomes 文 (dates stay dates).
 */
function plainText(data: Report): Report {
  const plain = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : value.replace(/[^\u4e00-\u9fa5，。、；：“”（）A-Za-z0-9 ]/g, "文"));
  return JSON.parse(JSON.stringify(data), (_key, value) => (typeof value === "string" ? plain(value) : value));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

describe("quickMarkdownBlocks reads what markdown-it reads", () => {
  it("reads the samples' reports, with and without their metrics table, and 50 times the sample", () => {
    for (const year of [2022, 2023]) {
      const { markdown } = render(sample(year));
      expect(sameOrNothing(markdown), `${year}`).toBe(true);
      expect(sameOrNothing(markdown.replace(/\n+$/, "")), `${year} without a final line end`).toBe(true);
      const normalised = writeMarkdown(render(sample(year)).document);
      expect(sameOrNothing(normalised), `${year} through the Markdown writer`).toBe(true);
    }
    const large = sample(2023);
    for (const key of ["summary", "problems", "plan"] as const) {
      const items = large[key]!.items ?? [];
      large[key]!.items = Array.from({ length: 50 }, () => items).flat();
    }
    expect(sameOrNothing(render(large).markdown)).toBe(true);
  });

  it("on every Markdown fixture, and each with CRLF line ends", () => {
    const files = markdownFiles(join(ROOT, "tests/fixtures"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      sameOrNothing(text);
      expect(quickMarkdownBlocks(text.replace(/\n/g, "\r\n"))).toBeUndefined();
    }
  });

  it("on generated reports with every kind of text (Markdown's special characters, astral, RTL, spaces)", async () => {
    await holds(fc.property(report(), (data) => void sameOrNothing(render(data).markdown)));
  });

  it("on generated reports with plain text, most of which it reads", async () => {
    let read = 0;
    await holds(
      fc.property(report(), (data) => {
        if (sameOrNothing(render(plainText(data)).markdown)) read++;
      }),
    );
    expect(read).toBeGreaterThan(FC_SETTINGS.numRuns / 2);
  });

  /** Lines that are ours or near ours, and (OTHER_PIECES) what CommonMark reads otherwise. */
  const OUR_PIECES = [
    "", "", "", "文本", "正文。", "2023年，全县", "abc", "注：口径（统计）。", "①举办②新建", "a-b+c=d", "1.高新", "x # y", "百分之42%",
    "# 标题", "## 一、总结", "### （一）工作", "#### 1.培育", "###### 六级", "#  两个空格",
    "**（一）标题。**正文", "**（二）强化。**", "**标题**正文", "**abc**def", "**a1**", "**标题”**。",
    "| 指标 | 单位 |\n| :--- | :---: |\n| 研发 | 亿元 |", "|---|---|\n| a | b |", "<!-- signature -->", "<!---->",
  ];
  const OTHER_PIECES = [
    "####### 七级", "#无空格", "## ", "##", "# 尾 #", "# 　全角", "**标题“引号”**正文", "**标题)**x",
    "| 指标 | 单位 |", "| :--- | :---: |", "| --- | ---: |", "| a | b |", "| a |", "| a | b | c |", "||", "|", "| a | b", "|　a　| b |", "| - | - |",
    "<!-- a", "b -->", "<div>", "<!-- x --> y",
    "** 空格**正文", "**空格 **正文", "**　全角**正文", "**标题。**　正文", "**a**b**c**", "***三***", "**未闭合", "**", "****",
    "- 列表", "+ 加", "* 星", "1. 一", "2) 二", "1.", "> 引用", "=====", "-----", "***", "___", "```", "~~~", "[a]: /b",
    " 前空格", "尾空格 ", "尾两个  ", "\t制表", "　全角开头", "全角结尾　", "    缩进", "a\\", "a\\*b", "a&amp;b", "a&b", "a<b", "a>b", "a|b", "`c`", "_x_", "~~s~~", "[l](u)", "![i](s)",
    "\r", "a\rb", "\0", "\u2028", "\uFEFF文", "😀", "𠀀后",
  ];
  const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...OUR_PIECES) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_PIECES) });
  const text = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.boolean()).map(([lines, lf]) => lines.join("\n") + (lf ? "\n" : ""));

  it("on texts put together from Markdown's pieces", async () => {
    let read = 0;
    await holds(
      fc.property(text, (markdown) => {
        if (sameOrNothing(markdown)) read++;
      }),
      10,
    );
    expect(read).toBeGreaterThan(FC_SETTINGS.numRuns);
  });

  it("closes a leading bold after every character it trusts to close it, whatever follows", () => {
    for (let cp = 0x21; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCharCode(cp);
      for (const after of ["a", "2", "“", "。"]) {
        const markdown = `**标题${c}**${after}正文`;
        const quick = quickMarkdownBlocks(markdown);
        if (quick) expect(quick, JSON.stringify(markdown)).toEqual(markdownItBlocks(markdown));
      }
    }
  });

  it("reads the shapes the templates write", () => {
    const shapes = [
      "# 标题\n\n正文\n",
      "## 一、总结\n\n**（一）标题。**正文。\n\n**（二）标题。**\n",
      "表1　指标\n\n| 指标 | 单位 |\n| :--- | :---: |\n| 研发 | 亿元 |\n| 专利 |\n\n注：说明。\n",
      "正文第一行\n第二行\n## 标题\n<!-- signature -->\n单位\n\n2023年12月30日",
      "**abc**def\n第二行\n",
    ];
    for (const markdown of shapes) expect(sameOrNothing(markdown), JSON.stringify(markdown)).toBe(true);
  });

  it("leaves to markdown-it what it cannot be sure of", () => {
    const shapes = [
      "a\\*b\n", "a &amp; b\n", "- 列表\n", "1. 一\n", "> 引用\n", "正文\n===\n", "    代码\n", "正文 \n", "**标题“引”**正文\n",
      "正文\n**（一）标题。**正文\n", "正文\n| a | b |\n| --- | --- |\n", "| a | b |\n| --- | --- |\n正文\n", "| a |\n| --- | --- |\n",
      "<!-- a\nb -->\n", "<div>\n", "a\r\nb\n", "# 标题 #\n", "##\n", "正文\t\n", "** a**b\n",
    ];
    for (const markdown of shapes) {
      expect(quickMarkdownBlocks(markdown), JSON.stringify(markdown)).toBeUndefined();
      sameOrNothing(markdown);
    }
  });
});
