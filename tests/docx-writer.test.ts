/**
 * The Word writer: the XML it writes, checked against docs/word-layout.md (GB/T 9704 layout).
 * Each test writes a hand-built Document, unzips the .docx with fflate and reads the parts.
 * Every .docx the tests write is also validated against the ECMA-376 schemas (last test).
 */
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { FONT_PRESETS, type FontSet } from "../src/core/fonts.js";
import type { Document } from "../src/document/model.js";
import { writeDocx as writeDocxUnchecked, type DocxOptions } from "../src/writers/docx/index.js";
import { signatureLayout } from "../src/writers/docx/signature.js";
import { breakTitle } from "../src/writers/docx/title-lines.js";
import { docxSchemaProblems, schemaProblems } from "./helpers/ooxml-schema.js";

/** Every .docx written here, for the schema validation at the end (one xmllint run per schema). */
const built: { label: string; bytes: Uint8Array }[] = [];

async function writeDocx(doc: Document, options: DocxOptions): Promise<Uint8Array> {
  const bytes = await writeDocxUnchecked(doc, options);
  built.push({ label: `docx ${built.length + 1} (${doc.blocks.length} blocks, body font ${options.fonts.body})`, bytes });
  return bytes;
}

/** Distinct names per role, so every assertion can tell which font a slot holds. */
const FONTS: FontSet = {
  title: "标题体",
  titleBold: true,
  body: "正文体",
  heading1: "一级体",
  heading2: "二级体",
  heading3: "三级体",
  heading4: "四级体",
  pageNumber: "页码体",
  latin: "Latin Serif",
};

const TITLE = "示例县科技局2022年工作总结及2023年工作计划";

/** Every block type, run-in headings of levels 2–4, quotes and a dash. */
const SAMPLE: Document = {
  date: "2022-12-30",
  blocks: [
    { type: "title", text: TITLE },
    { type: "paragraph", runs: [{ text: "今年以来，我局开展“科技活动周”——覆盖全县。" }] },
    { type: "heading", level: 1, ordinal: "一、", text: "2022年工作总结" },
    { type: "heading", level: 2, ordinal: "（一）", text: "强化企业创新主体地位" },
    { type: "heading", level: 3, ordinal: "1.", text: "加大研发投入" },
    { type: "heading", level: 4, ordinal: "（1）", text: "落实加计扣除政策" },
    { type: "paragraph", runs: [{ text: "（二）优化平台布局。", runIn: 2 }, { text: "新建平台3个。" }] },
    { type: "paragraph", runs: [{ text: "2.强化人才支撑。", runIn: 3 }, { text: "引进人才12名。" }] },
    { type: "paragraph", runs: [{ text: "（2）完善服务。", runIn: 4 }, { text: "服务企业" }, { text: "80", bold: true }, { text: "家", italic: true }] },
    {
      type: "table",
      header: ["指标", "2022年", "增长"],
      rows: [
        ["高新技术企业（家）", "35", "16.7%"],
        ["技术合同成交额（亿元）", "2.35", "—"],
      ],
      align: [null, null, "right"],
    },
    { type: "signature", organization: "示例县科学技术局", date: "2022年12月30日" },
  ],
};

type Parts = Record<string, string>;

async function render(doc: Document, fonts: FontSet = FONTS): Promise<Parts> {
  const files = unzipSync(await writeDocx(doc, { fonts }));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** `<w:p>` elements (not `<w:pPr>`), whole. */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p\/>/gs) ?? [];
}
/** `<w:r>` elements (not `<w:rPr>`, `<w:rFonts>`), whole. */
function runs(xml: string): string[] {
  return xml.match(/<w:r(?:\s[^>]*)?>.*?<\/w:r>/gs) ?? [];
}
function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}
function paragraphWith(xml: string, needle: string): string {
  const found = paragraphs(xml).find((p) => text(p).includes(needle));
  if (!found) throw new Error(`no paragraph containing ${needle}`);
  return found;
}
/** The `w:style` element with this id. */
function style(styles: string, id: string): string {
  const m = styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, "s"));
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}
/** The attributes of the first element with this tag name, as a map. */
function attrs(xml: string, tag: string): Record<string, string> {
  const m = xml.match(new RegExp(`<${tag}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`));
  if (!m) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}
function fontsOf(xml: string): Record<string, string> {
  return attrs(xml, "w:rFonts");
}

const INVALID_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** A small well-formedness check: legal characters, matched tags, quoted attributes, known entities. */
function assertWellFormed(xml: string, name: string): void {
  expect(INVALID_XML_CHAR.test(xml), `${name}: invalid character`).toBe(false);
  const body = xml.replace(/^<\?xml[^?]*\?>/, "");
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const m of body.matchAll(token)) {
    const between = body.slice(last, m.index);
    expect(between, `${name}: stray markup`).not.toMatch(/[<>]/);
    expect(between.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, ""), `${name}: bare &`).not.toContain("&");
    last = (m.index ?? 0) + m[0].length;
    const [, close, tag, attrText, selfClose] = m;
    const attrNames = [...attrText.matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
    expect(new Set(attrNames).size, `${name}: duplicate attribute in <${tag}>`).toBe(attrNames.length);
    if (stack.length === 0 && !close) roots++;
    if (close) expect(stack.pop(), `${name}: </${tag}>`).toBe(tag);
    else if (!selfClose) stack.push(tag);
  }
  expect(body.slice(last).trim(), `${name}: trailing text`).toBe("");
  expect(stack, `${name}: unclosed`).toEqual([]);
  expect(roots, `${name}: one root element`).toBe(1);
}

let parts: Parts;
let doc: string;
let styles: string;
beforeAll(async () => {
  parts = await render(SAMPLE);
  doc = parts["word/document.xml"];
  styles = parts["word/styles.xml"];
});

describe("page", () => {
  it("is A4 with the GB/T 9704 margins", () => {
    expect(attrs(doc, "w:pgSz")).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    expect(attrs(doc, "w:pgMar")).toMatchObject({ "w:top": "2098", "w:bottom": "1984", "w:left": "1588", "w:right": "1474" });
  });

  it("has a lines-only grid of 579 twips", () => {
    expect(attrs(doc, "w:docGrid")).toEqual({ "w:type": "lines", "w:linePitch": "579" });
  });
});

describe("styles", () => {
  it("sets fonts in every slot, 16 pt and zh-CN in the document defaults", () => {
    const defaults = styles.match(/<w:docDefaults>.*<\/w:docDefaults>/s)![0];
    expect(fontsOf(defaults)).toMatchObject({ "w:ascii": "Latin Serif", "w:hAnsi": "Latin Serif", "w:cs": "Latin Serif", "w:eastAsia": "正文体", "w:hint": "eastAsia" });
    expect(attrs(defaults, "w:sz")["w:val"]).toBe("32");
    expect(attrs(defaults, "w:lang")["w:eastAsia"]).toBe("zh-CN");
    expect(attrs(defaults, "w:spacing")).toMatchObject({ "w:line": "579", "w:lineRule": "exact" });
  });

  it("makes Normal the body: justified, first-line indent of two characters", () => {
    const normal = style(styles, "Normal");
    expect(normal).toContain('w:default="1"');
    expect(attrs(normal, "w:ind")).toEqual({ "w:firstLine": "640", "w:firstLineChars": "200" });
    expect(attrs(normal, "w:jc")["w:val"]).toBe("both");
  });

  it("overrides the built-in Heading1–4 with outline levels and the level fonts", () => {
    const expected = [
      ["Heading1", "0", "一级体"],
      ["Heading2", "1", "二级体"],
      ["Heading3", "2", "三级体"],
      ["Heading4", "3", "四级体"],
    ];
    for (const [id, level, font] of expected) {
      const s = style(styles, id);
      expect(attrs(s, "w:outlineLvl")["w:val"], id).toBe(level);
      expect(fontsOf(s), id).toMatchObject({ "w:eastAsia": font, "w:ascii": "Latin Serif" });
      expect(attrs(s, "w:sz")["w:val"], id).toBe("32");
      expect(s, id).toContain("<w:keepNext/>");
      expect(attrs(s, "w:ind"), id).toEqual({ "w:firstLine": "640", "w:firstLineChars": "200" });
      expect(attrs(s, "w:spacing"), id).toMatchObject({ "w:line": "579", "w:lineRule": "exact" });
    }
  });

  it("bolds only level 3 and leaves no italic or colour from docx's heading styles", () => {
    expect(attrs(style(styles, "Heading3"), "w:b")).toEqual({});
    for (const id of ["Heading1", "Heading2", "Heading4"]) expect(attrs(style(styles, id), "w:b")["w:val"], id).toBe("false");
    expect(attrs(style(styles, "Heading4"), "w:i")["w:val"]).toBe("false");
    for (const id of ["Heading1", "Heading2", "Heading3", "Heading4"]) expect(attrs(style(styles, id), "w:color")["w:val"], id).toBe("000000");
  });

  it("never writes lineRule=\"exactly\"", () => {
    for (const [name, xml] of Object.entries(parts)) expect(xml, name).not.toContain('"exactly"');
  });
});

describe("runs", () => {
  it("name the fonts in all slots, with the eastAsia hint, in every run of the document", () => {
    const all = runs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const r of all) {
      const f = fontsOf(r);
      for (const slot of ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"]) expect(f[slot], r).toBeTruthy();
      expect(f["w:hint"], r).toBe("eastAsia");
    }
  });

  it("put quotes and dashes in runs of their own with the CJK font in every slot", () => {
    const p = paragraphWith(doc, "科技活动周");
    const quote = runs(p).find((r) => text(r) === "“")!;
    // Adjacent punctuation shares a run: ”——
    const dash = runs(p).find((r) => text(r) === "”——")!;
    for (const r of [quote, dash]) {
      expect(fontsOf(r)).toMatchObject({ "w:ascii": "正文体", "w:hAnsi": "正文体", "w:cs": "正文体", "w:eastAsia": "正文体" });
    }
    expect(fontsOf(runs(p).find((r) => text(r) === "科技活动周")!)["w:ascii"]).toBe("Latin Serif");
  });

  it("condense body text by 0.25 pt", () => {
    for (const r of runs(paragraphWith(doc, "科技活动周"))) expect(attrs(r, "w:spacing")["w:val"]).toBe("-5");
  });

  it("honour bold and italic", () => {
    const p = paragraphWith(doc, "服务企业");
    expect(runs(p).find((r) => text(r) === "80")).toContain("<w:b/>");
    expect(runs(p).find((r) => text(r) === "家")).toContain("<w:i/>");
    expect(runs(p).find((r) => text(r) === "服务企业")).not.toMatch(/<w:[bi]\/>/);
  });
});

describe("title", () => {
  it("is centred 22 pt in the title font, bold when the font set asks, with no indent", () => {
    const p = paragraphWith(doc, "工作总结及");
    expect(p).toContain('<w:pStyle w:val="GwTitle"/>');
    expect(attrs(p, "w:jc")["w:val"]).toBe("center");
    expect(attrs(p, "w:ind")).toMatchObject({ "w:firstLine": "0", "w:firstLineChars": "0", "w:left": "0" });
    const r = runs(p)[0];
    expect(fontsOf(r)["w:eastAsia"]).toBe("标题体");
    expect(attrs(r, "w:sz")["w:val"]).toBe("44");
    expect(r).toContain("<w:b/>");
    const titleStyle = style(styles, "GwTitle");
    expect(attrs(titleStyle, "w:spacing")).toMatchObject({ "w:line": "579", "w:lineRule": "exact" });
    expect(attrs(titleStyle, "w:ind")).toMatchObject({ "w:firstLine": "0", "w:firstLineChars": "0" });
  });

  it("is broken before 及 with a line break", () => {
    const p = paragraphWith(doc, "工作总结及");
    const pieces = runs(p).map((r) => (r.includes("<w:br/>") ? "|" : text(r)));
    expect(pieces.join("")).toBe("示例县科技局2022年工作总结|及2023年工作计划");
  });

  it("is followed by one empty body line", () => {
    const all = paragraphs(doc);
    const i = all.findIndex((p) => p.includes("GwTitle"));
    expect(text(all[i + 1])).toBe("");
    expect(all[i + 1]).not.toContain("w:pStyle");
    expect(text(all[i + 2])).toContain("今年以来");
  });

  it("is not bold when the font set says so", async () => {
    const official = await render({ blocks: [{ type: "title", text: "短标题" }] }, FONT_PRESETS.official);
    const r = runs(official["word/document.xml"])[0];
    expect(r).not.toContain("<w:b/>");
    expect(fontsOf(r)["w:eastAsia"]).toBe("方正小标宋简体");
  });
});

describe("breakTitle", () => {
  it("keeps a title that fits on one line", () => {
    expect(breakTitle("示例县科技局2022年工作总结")).toEqual(["示例县科技局2022年工作总结"]);
  });

  it("breaks before 及 and never inside a number", () => {
    expect(breakTitle(TITLE)).toEqual(["示例县科技局2022年工作总结", "及2023年工作计划"]);
  });

  it("prefers 暨 and 及 to 和, and does not break before 和 inside a word", () => {
    expect(breakTitle("示例县科技局和示例县科协2022年工作总结暨2023年工作打算")).toEqual([
      "示例县科技局和示例县科协2022年工作总结",
      "暨2023年工作打算",
    ]);
    const lines = breakTitle("关于构建和谐创新生态推动共和县科技事业高质量发展的工作报告");
    for (const line of lines.slice(1)) expect(line.startsWith("和")).toBe(false);
    expect(lines.join("")).toBe("关于构建和谐创新生态推动共和县科技事业高质量发展的工作报告");
  });

  it("breaks at a word boundary into several lines, each fitting 20 characters", () => {
    const long = "示例县科学技术局关于全面推进科技创新驱动高质量发展三年行动计划实施情况的总结报告及下一步工作安排";
    const lines = breakTitle(long);
    expect(lines.length).toBe(3);
    expect(lines.join("")).toBe(long);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(20);
    expect(lines.at(-1)!.startsWith("及")).toBe(true);
  });

  it("counts Latin digits as half a character", () => {
    // 21 characters, but 8 of them digits: 17 wide, one line.
    expect(breakTitle("示例县2022年至2023年科技工作总结")).toHaveLength(1);
  });

  it("keeps line breaks already in the title", () => {
    expect(breakTitle("第一行\n第二行")).toEqual(["第一行", "第二行"]);
  });
});

describe("headings", () => {
  const cases = [
    [1, "一、2022年工作总结", "一级体"],
    [2, "（一）强化企业创新主体地位", "二级体"],
    [3, "1.加大研发投入", "三级体"],
    [4, "（1）落实加计扣除政策", "四级体"],
  ] as const;
  for (const [level, heading, font] of cases) {
    it(`level ${level} uses Heading${level} with the ordinal and text in one run`, () => {
      const p = paragraphWith(doc, heading);
      expect(p).toContain(`<w:pStyle w:val="Heading${level}"/>`);
      const rs = runs(p);
      expect(rs).toHaveLength(1);
      expect(text(rs[0])).toBe(heading);
      expect(fontsOf(rs[0])).toMatchObject({ "w:eastAsia": font, "w:ascii": "Latin Serif" });
      expect(attrs(rs[0], "w:sz")["w:val"]).toBe("32");
      if (level === 3) expect(rs[0]).toContain("<w:b/>");
      else expect(rs[0]).not.toContain("<w:b/>");
    });
  }
});

describe("run-in headings", () => {
  const cases = [
    [2, "（二）优化平台布局。", "新建平台3个。", "二级体"],
    [3, "2.强化人才支撑。", "引进人才12名。", "三级体"],
    [4, "（2）完善服务。", "服务企业", "四级体"],
  ] as const;
  for (const [level, lead, rest, font] of cases) {
    it(`level ${level}: the heading run takes the level font, the rest the body font`, () => {
      const p = paragraphWith(doc, lead);
      expect(p).not.toContain("w:pStyle");
      const head = runs(p).find((r) => text(r) === lead)!;
      const body = runs(p).find((r) => text(r) === rest)!;
      expect(fontsOf(head)["w:eastAsia"]).toBe(font);
      expect(fontsOf(body)["w:eastAsia"]).toBe("正文体");
      expect(head.includes("<w:b/>")).toBe(level === 3);
      expect(body).not.toContain("<w:b/>");
    });
  }
});

describe("table", () => {
  let table: string;
  beforeAll(() => {
    table = doc.match(/<w:tbl>.*<\/w:tbl>/s)![0];
  });

  it("is full width with DXA widths and a fixed layout", () => {
    expect(attrs(table, "w:tblW")).toEqual({ "w:type": "dxa", "w:w": "8844" });
    expect(attrs(table, "w:tblLayout")["w:type"]).toBe("fixed");
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(3);
    expect(cols.reduce((a, b) => a + b)).toBe(8844);
    expect(cols[1]).toBe(cols[2]);
    expect(cols[0]).toBeGreaterThanOrEqual(cols[1]);
    const cellWidths = [...table.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cellWidths).toEqual([...cols, ...cols, ...cols]);
  });

  it("has single borders", () => {
    const borders = table.match(/<w:tblBorders>.*?<\/w:tblBorders>/s)![0];
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
      expect(attrs(borders, `w:${side}`)["w:val"], side).toBe("single");
    }
  });

  it("repeats a bold header row", () => {
    const [header, row] = table.match(/<w:tr>.*?<\/w:tr>/gs)!;
    expect(header).toContain("<w:tblHeader/>");
    expect(row).not.toContain("<w:tblHeader/>");
    for (const r of runs(header)) expect(r).toContain("<w:b/>");
    for (const r of runs(row)) expect(r).not.toContain("<w:b/>");
  });

  it("sets 14 pt body-font text without first-line indent", () => {
    for (const p of paragraphs(table)) {
      expect(attrs(p, "w:ind")).toMatchObject({ "w:firstLine": "0", "w:firstLineChars": "0" });
      for (const r of runs(p)) {
        expect(attrs(r, "w:sz")["w:val"]).toBe("28");
        expect(fontsOf(r)["w:eastAsia"]).toBe("正文体");
      }
    }
  });

  it("centres numbers, keeps text left and follows an explicit alignment", () => {
    expect(attrs(paragraphWith(table, "35"), "w:jc")["w:val"]).toBe("center");
    expect(attrs(paragraphWith(table, "高新技术企业"), "w:jc")["w:val"]).toBe("left");
    expect(attrs(paragraphWith(table, "16.7%"), "w:jc")["w:val"]).toBe("right");
  });
});

describe("signature", () => {
  it("follows one empty line, in the body font with no first-line indent", () => {
    const all = paragraphs(doc);
    const i = all.findIndex((p) => text(p) === "示例县科学技术局");
    expect(text(all[i - 1])).toBe("");
    for (const p of [all[i], all[i + 1]]) {
      expect(attrs(p, "w:ind")).toMatchObject({ "w:firstLine": "0", "w:firstLineChars": "0" });
      for (const r of runs(p)) expect(fontsOf(r)["w:eastAsia"]).toBe("正文体");
    }
  });

  it("keeps the last paragraph on the signature's page (no page of only the signature)", async () => {
    const closing: Document = {
      blocks: [
        { type: "paragraph", runs: [{ text: "正文。" }] },
        { type: "paragraph", runs: [{ text: "结尾段落。" }] },
        { type: "signature", organization: "示例县科学技术局", date: "2022年12月30日" },
      ],
    };
    const xml = (await render(closing))["word/document.xml"];
    const all = paragraphs(xml);
    const last = all.findIndex((p) => text(p) === "结尾段落。");
    expect(all[last]).toContain("<w:keepNext/>");
    expect(all[last + 1]).toContain("<w:keepNext/>");
    expect(paragraphWith(xml, "正文。")).not.toContain("<w:keepNext/>");
  });

  it("ends the organization two characters from the right margin", () => {
    const org = paragraphWith(doc, "示例县科学技术局");
    expect(attrs(org, "w:jc")["w:val"]).toBe("right");
    expect(attrs(org, "w:ind")["w:right"]).toBe("640");
  });

  it("starts the date two characters right of the organization's first character", () => {
    // 8 CJK characters at 315 twips: the organization starts at 8844 − 640 − 2520.
    const date = paragraphWith(doc, "2022年12月30日");
    expect(attrs(date, "w:jc")["w:val"]).toBe("left");
    expect(attrs(date, "w:ind")["w:left"]).toBe(String(8844 - 640 - 2520 + 640));
  });

  it("right-spaces a date longer than the organization two characters and widens the organization's", () => {
    // "示例县科技局": 6 × 315 = 1890; "2022年12月30日": 3 × 315 + 8 × 155 = 2185.
    const layout = signatureLayout("示例县科技局", "2022年12月30日");
    expect(layout.dateLeft).toBe(8844 - 640 - 2185);
    expect(layout.organizationRight).toBe(640 + 2185 + 640 - 1890);
    // The date still starts two characters right of the organization.
    expect(8844 - layout.organizationRight - 1890 + 640).toBe(layout.dateLeft);
  });

  it("turns off the extra space between Han characters and digits", () => {
    expect(paragraphWith(doc, "2022年12月30日")).toContain('<w:pStyle w:val="GwSignature"/>');
    const s = style(styles, "GwSignature");
    expect(attrs(s, "w:autoSpaceDE")["w:val"]).toBe("0");
    expect(attrs(s, "w:autoSpaceDN")["w:val"]).toBe("0");
  });
});

describe("footers", () => {
  it("uses different odd and even footers", () => {
    expect(parts["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    const rels = parts["word/_rels/document.xml.rels"];
    const target = (type: string) => {
      const id = attrs(doc.match(new RegExp(`<w:footerReference w:type="${type}"[^>]*/>`))![0], "w:footerReference")["r:id"];
      return rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1];
    };
    expect(target("default")).toBe("footer1.xml");
    expect(target("even")).toBe("footer2.xml");
  });

  it("puts odd page numbers right and even ones left, one character in", () => {
    const odd = parts["word/footer1.xml"];
    const even = parts["word/footer2.xml"];
    expect(attrs(odd, "w:jc")["w:val"]).toBe("right");
    expect(attrs(odd, "w:ind")).toMatchObject({ "w:right": "320", "w:left": "0", "w:firstLine": "0", "w:firstLineChars": "0" });
    expect(attrs(even, "w:jc")["w:val"]).toBe("left");
    expect(attrs(even, "w:ind")).toMatchObject({ "w:left": "320", "w:right": "0", "w:firstLine": "0", "w:firstLineChars": "0" });
  });

  it("writes — PAGE — in 14 pt of the page-number font", () => {
    for (const name of ["word/footer1.xml", "word/footer2.xml"]) {
      const xml = parts[name];
      expect(xml).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      // The PAGE field's cached result (issue 20): 1 in the odd pages' footer, 2 in the even.
      expect(text(xml)).toBe(name === "word/footer1.xml" ? "— 1 —" : "— 2 —");
      for (const r of runs(xml)) {
        expect(fontsOf(r)).toMatchObject({ "w:ascii": "页码体", "w:hAnsi": "页码体", "w:eastAsia": "页码体" });
        expect(attrs(r, "w:sz")["w:val"]).toBe("28");
      }
    }
  });
});

describe("sanitising", () => {
  const dirty: Document = {
    blocks: [
      { type: "title", text: "标题\uFFFE含\uFFFF坏字符" },
      { type: "heading", level: 1, ordinal: "一、", text: "标\u0001题\uD800" },
      { type: "paragraph", runs: [{ text: "甲\t乙\n丙\r\n丁\f戊\uDC00己\u{1F600}" }] },
      { type: "table", header: ["列\uFFFF"], rows: [["值\t1"]], align: [null] },
      { type: "signature", organization: "单位\n名称\uFFFE", date: "2022年1月1日" },
    ],
  };
  let dirtyParts: Parts;
  beforeAll(async () => {
    dirtyParts = await render(dirty);
  });

  it("leaves every XML part well-formed", () => {
    for (const [name, xml] of Object.entries(dirtyParts)) if (/\.(xml|rels)$/.test(name)) assertWellFormed(xml, name);
  });

  it("drops U+FFFE, U+FFFF, C0 controls and lone surrogates, keeping valid pairs", () => {
    const xml = dirtyParts["word/document.xml"];
    expect(text(paragraphWith(xml, "标题"))).toBe("标题含坏字符");
    expect(text(paragraphWith(xml, "一、"))).toBe("一、标题");
    expect(text(paragraphWith(xml, "甲"))).toBe("甲乙丙丁戊己\u{1F600}");
  });

  it("turns a tab into <w:tab/> and a line end into <w:br/>", () => {
    const p = paragraphWith(dirtyParts["word/document.xml"], "甲");
    const pieces = runs(p).map((r) => (r.includes("<w:tab/>") ? "→" : r.includes("<w:br/>") ? "|" : text(r)));
    expect(pieces.join("")).toBe("甲→乙|丙|丁戊己\u{1F600}");
  });

  it("keeps the signature on one line each", () => {
    expect(text(paragraphWith(dirtyParts["word/document.xml"], "单位"))).toBe("单位 名称");
  });
});

describe("determinism", () => {
  it("writes identical bytes for identical input", async () => {
    const a = await writeDocx(SAMPLE, { fonts: FONTS });
    const b = await writeDocx(SAMPLE, { fonts: FONTS });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("writes identical bytes in another time zone (zip entry times are local times)", async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const a = await writeDocx(SAMPLE, { fonts: FONTS });
      process.env.TZ = "Pacific/Kiritimati";
      const b = await writeDocx(SAMPLE, { fonts: FONTS });
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("dates the file with the document's date", () => {
    const core = parts["docProps/core.xml"];
    expect(core).toMatch(/<dcterms:created [^>]*>2022-12-30T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2022-12-30T00:00:00Z<\/dcterms:modified>/);
  });

  it("uses 2000-01-01 without a date", async () => {
    const core = (await render({ blocks: [{ type: "paragraph", runs: [{ text: "正文" }] }] }))["docProps/core.xml"];
    expect(core).toContain(">2000-01-01T00:00:00Z</dcterms:created>");
  });

  it("puts [Content_Types].xml first in the package", async () => {
    const names = Object.keys(unzipSync(await writeDocx(SAMPLE, { fonts: FONTS })));
    expect(names[0]).toBe("[Content_Types].xml");
  });
});

describe("the zip", () => {
  /** Local file headers, read from the bytes: name, DOS time and date. */
  function localHeaders(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out: { name: string; time: number; date: number }[] = [];
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
      const nameLength = view.getUint16(at + 26, true);
      out.push({ name: strFromU8(bytes.subarray(at + 30, at + 30 + nameLength)), time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
      at += 30 + nameLength + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    return out;
  }

  it("holds the parts in a fixed order, every one dated 1980-01-01 00:00", async () => {
    const headers = localHeaders(await writeDocx(SAMPLE, { fonts: FONTS }));
    expect(headers.map((h) => h.name)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/app.xml",
      "docProps/core.xml",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/fontTable.xml",
      "word/footer1.xml",
      "word/footer2.xml",
      "word/settings.xml",
      "word/styles.xml",
    ]);
    for (const h of headers) expect({ time: h.time, date: h.date }, h.name).toEqual({ time: 0, date: (1 << 5) | 1 });
  });

  it("is the same bytes on every machine (fflate's deflate is plain JavaScript, Node's zlib depends on the CPU)", async () => {
    // The digest of this test's sample, written where the test was written. It changes with
    // any change to the writer's XML or to fflate's output: check the new bytes, then update it.
    const digest = createHash("sha256").update(await writeDocx(SAMPLE, { fonts: FONTS })).digest("hex");
    expect(digest).toBe("09ef33c3e0caaba5ed4fdd9552d26623601e16369e111d26d83f80c68bb0227c");
  });
});

describe("font table", () => {
  /** name → the font's child elements, as name=value pairs. */
  function fontTable(xml: string): Record<string, Record<string, string>> {
    return Object.fromEntries(
      [...xml.matchAll(/<w:font w:name="([^"]+)">(.*?)<\/w:font>/g)].map((m) => [
        m[1],
        Object.fromEntries([...m[2].matchAll(/<w:(\w+) w:val="([^"]*)"\/>/g)].map((c) => [c[1], c[2]])),
      ]),
    );
  }

  it("declares every font of the official preset once: GB2312 charset for the Chinese fonts, substitutes where there are common ones", async () => {
    const xml = (await render(SAMPLE, FONT_PRESETS.official))["word/fontTable.xml"];
    expect(fontTable(xml)).toEqual({
      仿宋_GB2312: { altName: "仿宋", panose1: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed" },
      方正小标宋简体: { altName: "宋体", charset: "86", family: "auto", pitch: "variable" },
      黑体: { altName: "SimHei", panose1: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
      楷体_GB2312: { altName: "楷体", panose1: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed" },
      宋体: { altName: "SimSun", panose1: "02010600030101010101", charset: "86", family: "auto", pitch: "variable" },
      "Times New Roman": { panose1: "02020603050405020304", charset: "00", family: "roman", pitch: "variable" },
    });
  });

  it("declares the plain preset's fonts with their English names", async () => {
    const table = fontTable((await render(SAMPLE, FONT_PRESETS.plain))["word/fontTable.xml"]);
    expect(Object.keys(table)).toEqual(["仿宋", "宋体", "黑体", "楷体", "Times New Roman"]);
    expect([table["仿宋"].altName, table["楷体"].altName]).toEqual(["FangSong", "KaiTi"]);
  });

  it("gives fonts it does not know the GB2312 charset in a Chinese role, the ANSI one in the Latin role", () => {
    const table = fontTable(parts["word/fontTable.xml"]);
    expect(Object.keys(table)).toEqual(["正文体", "标题体", "一级体", "二级体", "三级体", "四级体", "页码体", "Latin Serif"]);
    expect(table["正文体"]).toEqual({ charset: "86", family: "auto", pitch: "variable" });
    expect(table["Latin Serif"]).toEqual({ charset: "00", family: "auto", pitch: "variable" });
  });

  it("is in the package's content types and the document's relationships", () => {
    expect(parts["[Content_Types].xml"]).toContain(
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>',
    );
    expect(parts["word/_rels/document.xml.rels"]).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/fontTable" Target="fontTable\.xml"/);
  });

  it("embeds no font", () => {
    expect(parts["word/fontTable.xml"]).not.toContain("w:embed");
    expect(parts["word/settings.xml"]).not.toContain("embedTrueTypeFonts");
    expect(Object.keys(parts).filter((name) => !/\.(xml|rels)$/.test(name))).toEqual([]);
  });
});

// Last: it validates every .docx the tests above wrote.
describe("ECMA-376 schemas", () => {
  it("accept every XML part of every .docx these tests write", async () => {
    // A few more shapes: the presets, an empty document, a table without caption, a signature without date, a three-line title.
    await writeDocx(SAMPLE, { fonts: FONT_PRESETS.official });
    await writeDocx(SAMPLE, { fonts: FONT_PRESETS.plain });
    await writeDocx({ blocks: [] }, { fonts: FONT_PRESETS.official });
    await writeDocx(
      {
        blocks: [
          { type: "title", text: "示例县科学技术局关于全面推进科技创新驱动高质量发展三年行动计划实施情况的总结报告及下一步工作安排" },
          { type: "table", header: ["甲"], rows: [], align: [null] },
          { type: "signature", organization: "示例县科学技术局" },
        ],
      },
      { fonts: FONTS },
    );
    expect(built.length).toBeGreaterThan(10);
    expect(await docxSchemaProblems(built)).toEqual([]);
  });

  it("reject a document.xml whose paragraph properties are out of order (w:jc swapped with w:spacing)", async () => {
    const swapped = doc.replace(/<w:pPr>((?:(?!<\/w:pPr>).)*?)(<w:spacing [^>]*\/>)((?:(?!<\/w:pPr>).)*?)(<w:jc [^>]*\/>)/, "<w:pPr>$1$4$3$2");
    expect(swapped).not.toBe(doc);
    // Both in one xmllint run: only the swapped one is reported.
    const problems = await schemaProblems([
      { label: "as written", name: "word/document.xml", data: doc },
      { label: "swapped", name: "word/document.xml", data: swapped },
    ]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.startsWith("swapped: "))).toEqual([]);
    expect(problems.join("\n")).toMatch(/^swapped: word\/document\.xml:\d+: element \w+: Schemas validity error/m);
  });
});
