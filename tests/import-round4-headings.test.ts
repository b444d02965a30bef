/**
 * Issue 18, third out-of-sample check: headings the importer still misread. Each fixture in
 * tests/fixtures/import/round4-headings/ is written for the test in the shape of a real page
 * (README there names the sources): a PDF's text as one line with spaces where its lines
 * ended, "（一）标题 正文" parted by a space, "一)" markers, a number alone on a PDF's line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { leadingMarker } from "../src/import/markers.js";
import { headingAtSpace, tidy } from "../src/import/source.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures/import/round4-headings", name), "utf8");

/** A minimal Word file: one paragraph per string, nothing else. */
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join("");
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

describe("import: a PDF's text as one line, spaces where its lines ended", () => {
  it("a numbered heading, a space, its text: the heading is cut off even with a comma in it; the title loses the PDF's spaces around numbers", () => {
    const r = importThroughBinary(fixture("pdf-one-line.txt"));
    expect(r.code).toBe(0);
    expect(r.report.title).toBe("某县医院2025年工作总结暨2026年工作计划");
    expect(r.report.intro).toBe("2025年,在县委的领导下,我院取得了显著成效。");
    const items = r.report.summary.items!;
    expect(items.map((t) => t.title)).toEqual(["门诊业务稳中有升,服务能力持续增强", "医疗质量与安全管理并重"]);
    expect(items.map((t) => t.body)).toEqual(["全院业务运行保持平稳。据统计,门急诊量达到18.5万人次。", "医院始终将医疗质量视为生命线。"]);
    expect(items.every((t) => t.runIn === undefined)).toBe(true);
    const check = importThroughBinary(fixture("pdf-one-line.txt"), { args: ["--check"] });
    expect(check.code).toBe(0);
  });

  it("a numbered paragraph whose first line is as wide as the page is a sentence wrapped there, not a heading", () => {
    const r = importThroughBinary(fixture("pdf-wrapped-first-line.txt"));
    expect(r.code).toBe(0);
    const items = r.report.summary.items!;
    expect(items[0].title).toBeUndefined();
    expect(items[0].body).toBe("加强组织领导，我局成立了由主要负责同志任组长的工作领导小组，统筹推进各项重点任务落实，确保工作有序开展。");
    expect(items[1]).toMatchObject({ title: "推进产业发展", body: "全年新增合作社十五家，带动农户增收致富，产业规模持续扩大，农业综合效益不断提升。" });
  });

  it("spaces around a number set apart go; a signature's date and a Latin word keep theirs", () => {
    expect(tidy("据统计,2025 年全年,达到 18.5 万人次,占比 45%,提升了 3 个百分点,1,000 人")).toBe("据统计,2025年全年,达到18.5万人次,占比45%,提升了3个百分点,1,000人");
    expect(tidy("某局 2024年1月15日")).toBe("某局 2024年1月15日");
    expect(tidy("XX 县人民医院 2025 年工作总结")).toBe("XX 县人民医院2025年工作总结");
    expect(tidy("2024-01-15 来源：某局")).toBe("2024-01-15 来源：某局");
    expect(tidy("总页数:9 页")).toBe("总页数:9 页");
  });
});

describe("import: 「（一）标题 正文」 parted by a space", () => {
  it("plain text: the title, then its text", () => {
    const r = importThroughBinary(fixture("space-heading.txt"));
    expect(r.code).toBe(0);
    const items = r.report.plan.items![0].items!;
    expect(items.map((t) => [t.title, t.body])).toEqual([
      ["强基固本,忠诚教育筑基石", "学校将坚定不移地加强政治忠诚教育。"],
      ["思想引领,理论武装凝共识", "通过建立健全长效学习机制。"],
    ]);
  });

  it("Markdown: the same, and no phrase space is left in the title or the text", () => {
    const r = importThroughBinary(fixture("space-heading.md"), { name: "report.md" });
    expect(r.code).toBe(0);
    const items = r.report.plan.items![0].items!;
    expect(items.map((t) => t.title)).toEqual(["强基固本，忠诚教育筑基石", "思想引领，理论武装凝共识"]);
    expect(items[0].body).toBe("学校将坚定不移地加强政治忠诚教育，深化纪律规矩教育，确保党员队伍信念坚定。");
    expect(r.yaml).not.toContain("\u3000");
  });

  it("Word: the space is not deleted (筑基石学校将), the paragraph is a title and its text", () => {
    const bytes = docx([
      "某小学2024年度工作计划",
      "一、党建引领铸魂，筑基立德树人",
      "（一）强基固本，忠诚教育筑基石 学校将坚定不移地加强政治忠诚教育，深化纪律规矩教育，确保党员队伍信念坚定。",
      "（二）思想引领，理论武装凝共识 通过建立健全长效学习机制，确保“第一议题”制度有效落实。",
    ]);
    const r = importThroughBinary(bytes, { name: "report.docx" });
    expect(r.code).toBe(0);
    const items = r.report.plan.items![0].items!;
    expect(items.map((t) => t.title)).toEqual(["强基固本，忠诚教育筑基石", "思想引领，理论武装凝共识"]);
    expect(items[1].body).toBe("通过建立健全长效学习机制，确保“第一议题”制度有效落实。");
    expect(r.yaml).not.toContain("筑基石学校将");
  });

  it("tidy() keeps that space as a plain space, the boundary (not a phrase space, U+3000), and a phrase space in a short heading stays one", () => {
    expect(tidy("（一）强基固本，忠诚教育筑基石 学校将坚定不移地加强政治忠诚教育，深化学校意识教育。")).toBe(
      "（一）强基固本，忠诚教育筑基石 学校将坚定不移地加强政治忠诚教育，深化学校意识教育。",
    );
    expect(tidy("一、学习二十大 奋进新征程")).toBe("一、学习二十大\u3000奋进新征程");
    expect(headingAtSpace("一、学习二十大 奋进新征程")).toBeUndefined();
    expect(headingAtSpace("1. 主动 公开")).toBeUndefined();
    expect(headingAtSpace("一、2023 年度工作回顾 2023年是全面贯彻党的二十大精神的开局之年。")).toEqual({ head: "一、2023 年度工作回顾", rest: "2023年是全面贯彻党的二十大精神的开局之年。" });
    // A short sentence's tail keeps no phrase space: "常抓 不懈。" is a PDF's line end.
    expect(tidy("医院始终将医疗质量视为生命线,常抓 不懈。")).toBe("医院始终将医疗质量视为生命线,常抓不懈。");
  });
});

describe("import: 一) markers", () => {
  it('"一)学校管理工作。" is a （一） heading with its 1、 items under it', () => {
    const r = importThroughBinary(fixture("half-paren.txt"));
    expect(r.code).toBe(0);
    const part = r.report.plan.items![1];
    expect(part.title).toBe("重点工作要求和主要措施。");
    expect(part.body).toBeUndefined();
    expect(part.items!.map((t) => t.title)).toEqual(["学校管理工作。", "教学工作。"]);
    expect(part.items![0].items!.map((t) => t.body)).toEqual(["深入推进党建工作。", "加强师德师风建设。"]);
  });

  it("after a sentence end inside a line it splits; a 1) inside a sentence does not", () => {
    const r = importThroughBinary(fixture("half-paren-inline.txt"));
    expect(r.code).toBe(0);
    const section = r.report.plan.items![0];
    expect(section.body).toBe("学校将开展三项活动，分为1)读书月、2)科技节两部分。");
    expect(section.items!.map((t) => t.title)).toEqual(["学校管理工作", "教学工作"]);
  });

  it("--check counts 一) in the original as the （一） level, inside a line too", () => {
    const r = importThroughBinary(fixture("half-paren-check.txt"));
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["学校管理工作", "教学工作"]);
    expect(r.report.plan.items!.map((t) => t.title)).toEqual(["加强队伍建设", "提升教学质量"]);
    const check = importThroughBinary(fixture("half-paren-check.txt"), { args: ["--check"] });
    expect(check.code).toBe(0);
    expect(check.stdout + check.stderr).toContain("original 2/4/0/0, 0; rebuilt 2/4/0/0, 0");
    expect(check.stdout + check.stderr).not.toContain("the structure differs");
  });

  it("leadingMarker reads 一) as the （一） kind; not 1) inside a sentence or a lone 〇)", () => {
    expect(leadingMarker("一)学校管理工作。")).toMatchObject({ kind: "pcn", n: 1 });
    expect(leadingMarker("十二）教学工作")).toMatchObject({ kind: "pcn", n: 12 });
    expect(leadingMarker("〇)教学工作")).toBeUndefined();
    expect(leadingMarker("分为1)读书月")).toBeUndefined();
  });
});

describe("import: a number alone on a PDF's line", () => {
  it('"创建基地" / "2" / "个，…" is one sentence', () => {
    const r = importThroughBinary(fixture("pdf-lone-number.txt"));
    expect(r.code).toBe(0);
    expect(r.report.summary.items![0]).toMatchObject({ title: "农业产业发展。", body: "创建基地2个，新增合作社15家。发挥示范作用。" });
  });
});
