/**
 * `report import --into` (issue 21), the structural part, through the built binary: the
 * sample is built, then edited the way Word writes edits — tracked changes with authors
 * and dates, a comment range, a paragraph split, a new heading with its body, a point
 * added and one deleted, a figure in the metrics table, a topic cut and pasted elsewhere,
 * a topic deleted, a bookmark dropped (the topic then placed by its ordinal path) and one
 * dropped after renumbering (placed by text similarity), a bookmark pasted twice — and
 * imported back. The data file must then be the golden file in
 * tests/fixtures/import-into/, and `report build` must print the edits in the original
 * structure.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocxParagraphs } from "../src/import/into/docx-paragraphs.js";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";
import { editDocx, plainReplace, trackedInsertAfter, trackedReplace, withComment } from "./helpers/word-edits.js";

const GOLDEN = join(import.meta.dirname, "fixtures/import-into/structure.golden.yaml");
const STAMP = 'w:author="李主任" w:date="2024-01-06T10:00:00Z"';
let id = 700;
const ins = () => `<w:ins w:id="${id++}" ${STAMP}>`;
const del = () => `<w:del w:id="${id++}" ${STAMP}>`;

/** [start, end) of the paragraph holding `text`. */
function paragraphOf(xml: string, text: string, from = 0): [number, number] {
  const at = xml.indexOf(text, from);
  if (at < 0) throw new Error(`no paragraph holds ${text}`);
  const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
  return [start, xml.indexOf("</w:p>", at) + "</w:p>".length];
}

/** [start, end) of the paragraphs a bookmark spans. */
function bookmarkBlock(xml: string, name: string): [number, number] {
  const startTag = new RegExp(`<w:bookmarkStart w:id="(\\d+)" w:name="${name}"/>`).exec(xml);
  if (!startTag) throw new Error(`no bookmark ${name}`);
  const [start] = paragraphOf(xml, startTag[0]);
  const [, end] = paragraphOf(xml, `<w:bookmarkEnd w:id="${startTag[1]}"/>`, startTag.index);
  return [start, end];
}

/** The bookmark's marks taken out, as Word and WPS sometimes do when paragraphs are pasted. */
function dropBookmark(xml: string, name: string): string {
  const startTag = new RegExp(`<w:bookmarkStart w:id="(\\d+)" w:name="${name}"/>`).exec(xml)!;
  return xml.replace(startTag[0], "").replace(`<w:bookmarkEnd w:id="${startTag[1]}"/>`, "");
}

/** A paragraph deleted as Word deletes one: a bookmark mark inside it moves to the end of the paragraph before. */
function deleteParagraph(xml: string, [start, end]: [number, number]): string {
  const marks = xml.slice(start, end).match(/<w:bookmark(?:Start|End) [^>]*\/>/g) ?? [];
  const previousEnd = xml.lastIndexOf("</w:p>", start);
  return xml.slice(0, previousEnd) + marks.join("") + xml.slice(previousEnd, start) + xml.slice(end);
}

/** The run properties of the run holding `text`. */
function rPrOf(xml: string, text: string): string {
  const at = xml.indexOf(text);
  const run = xml.lastIndexOf("<w:r>", at);
  return xml.slice(run + "<w:r>".length, xml.indexOf("<w:t", run));
}

/** A paragraph split with track changes on: the first half's paragraph mark is a tracked insertion. */
function trackedSplit(xml: string, before: string, after: string): string {
  const [start] = paragraphOf(xml, before + after);
  const rPr = rPrOf(xml, before + after);
  const open = xml.startsWith("<w:p>", start) ? "<w:p>" : xml.slice(start, xml.indexOf(">", start) + 1);
  const marked = `${open}<w:pPr><w:rPr><w:ins w:id="${id++}" ${STAMP}/></w:rPr></w:pPr>`;
  const out = xml.slice(0, start) + marked + xml.slice(start + open.length);
  return out.replace(before + after, `${before}</w:t></w:r></w:p><w:p><w:r>${rPr}<w:t xml:space="preserve">${after}`);
}

/** A new paragraph typed with track changes on, after the paragraph holding `afterText`. */
function trackedParagraph(xml: string, afterText: string, text: string, rPr: string, style?: string): string {
  const [, end] = paragraphOf(xml, afterText);
  const pPr = `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:rPr><w:ins w:id="${id++}" ${STAMP}/></w:rPr></w:pPr>`;
  return xml.slice(0, end) + `<w:p>${pPr}${ins()}<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:ins></w:p>` + xml.slice(end);
}

/** The reviewers' edits, in word/document.xml. */
function review(xml: string): string {
  const headingRPr = rPrOf(xml, "（三）提升创新平台能级");
  const bodyRPr = rPrOf(xml, "茶产业研究院完成实体化注册");
  let out = xml;
  // Text, tracked: a body (张科长), a point (王局长), a run-in body's deletion.
  out = trackedReplace(out, "完成实体化注册", "正式挂牌运行");
  out = trackedInsertAfter(out, "举办校企对接活动5场", "，促成合作项目12项");
  out = trackedReplace(out, "，核心技术和自主品牌仍然较少", "");
  // A point added (④, tracked) to talent-2023, and rural-tech's second point deleted (tracked).
  out = trackedInsertAfter(out, "③建成县级人才公寓120套。", "④建成众创空间2家。");
  out = trackedReplace(out, "（2）举办实用技术培训95期，培训农民6100余人次。", "");
  // A paragraph split in hitech-cultivation's body.
  out = trackedSplit(out, "培育库新增入库企业23家，", "全年新认定高新技术企业7家，总数达到43家。");
  // A new heading with its body after （四）: a new topic of summary.
  out = trackedParagraph(out, "科技特派员增加到135名", "全年举办科普活动30场，覆盖全县12个乡镇。", bodyRPr);
  out = trackedParagraph(out, "科技特派员增加到135名", "（五）加强科学普及", headingRPr, "Heading2");
  // The figure 本年 of rd_spending, in its anchored cell: 2.6 → 2.7 (tracked).
  const cell = out.indexOf(">2.6</w:t>", out.indexOf('w:name="rpt__m_rd_spending"'));
  const run = out.lastIndexOf("<w:r>", cell);
  const runEnd = out.indexOf("</w:r>", cell) + "</w:r>".length;
  const cellRPr = rPrOf(out.slice(run), "2.6");
  out = out.slice(0, run) + `${del()}<w:r>${cellRPr}<w:delText>2.6</w:delText></w:r></w:del>${ins()}<w:r>${cellRPr}<w:t>2.7</w:t></w:r></w:ins>` + out.slice(runEnd);
  // A bookmark dropped (rd-institutions), its text edited: placed by its ordinal path 一、/（一）/2.
  out = plainReplace(dropBookmark(out, "rpt_rd_institutions"), "提高到58%", "提高到60%");
  // A topic deleted: problems' （二）.
  const [gone, goneEnd] = bookmarkBlock(out, "rpt_ip_conversion");
  out = out.slice(0, gone) + out.slice(goneEnd);
  // The outlook's second paragraph deleted.
  out = deleteParagraph(out, paragraphOf(out, "从内部看"));
  // A topic cut and pasted: talent-2024 before tech-transfer-2024, renumbered by hand;
  // tech-transfer-2024's bookmark lost on the way, so only its text can place it.
  const [moved, movedEnd] = bookmarkBlock(out, "rpt_talent_2024");
  const block = out.slice(moved, movedEnd);
  out = out.slice(0, moved) + out.slice(movedEnd);
  const [target] = bookmarkBlock(out, "rpt_tech_transfer_2024");
  out = out.slice(0, target) + block + out.slice(target);
  out = plainReplace(plainReplace(out, "3.优化科技人才发展环境", "2.优化科技人才发展环境"), "2.畅通科技成果转化渠道", "3.畅通科技成果转化渠道");
  out = dropBookmark(out, "rpt_tech_transfer_2024");
  // A highlight pasted with its bookmark, then rewritten: the name is there twice; the copy is a new highlight.
  const [copied, copiedEnd] = bookmarkBlock(out, "rpt__highlights_1");
  const copy = out.slice(copied, copiedEnd).replace("（二）技术合同成交额达到2.3亿元，首次突破2亿元大关。", "（三）科技特派员服务实现乡镇全覆盖。");
  return out.slice(0, copiedEnd) + copy + out.slice(copiedEnd);
}

let project: { dir: string; cleanup: () => void };
let before: string;
let result: ReturnType<typeof runBinary>;
let edited: Uint8Array;
const data = () => readFileSync(join(project.dir, "data/2023.yaml"), "utf8");

beforeAll(() => {
  project = scratchProject();
  // A comment of the data file's own above a topic that moves: it must travel with it.
  const withComment0 = readFileSync(join(project.dir, "data/2023.yaml"), "utf8").replace(
    "    - id: talent-2024\n",
    "    # 人才环境：与人社局共同推进\n    - id: talent-2024\n",
  );
  writeFileSync(join(project.dir, "data/2023.yaml"), withComment0);
  expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
  before = data();
  edited = withComment(editDocx(readFileSync(join(project.dir, "out/2023.docx")), review), "培育技术经纪人30名", "王局长", "请核实人数");
  writeFileSync(join(project.dir, "edited.docx"), edited);
  result = runBinary(["import", "edited.docx", "--into", "data/2023.yaml", "--comments"], { cwd: project.dir });
  if (process.env.WRITE_GOLDEN) writeFileSync(GOLDEN, data());
});
afterAll(() => project.cleanup());

describe("report import --into: structural edits", () => {
  it("the edited document is valid against the ECMA-376 schemas (the edits are Word's markup)", async () => {
    expect(await docxSchemaProblems([{ label: "reviewed", bytes: edited }])).toEqual([]);
  });

  it("gives the golden YAML: every edit in its place, comments and untouched lines kept", () => {
    expect(result.code, result.stderr).toBe(0);
    const golden = readFileSync(GOLDEN, "utf8");
    expect(data()).toBe(golden);
    // The golden file is no copy of the input, and every line of the input that no edit
    // touches is still there, in order: the comments, the metrics' flow maps, the plan's head.
    expect(golden).not.toBe(before);
    for (const line of [
      "# yaml-language-server: $schema=../schema/report.schema.json",
      "# 云溪县科学技术局 2023 年工作总结及 2024 年工作计划（示例数据，单位与数字均为虚构）",
      "  - { id: hitech_firms, label: 高新技术企业, value: 43, unit: 家 }",
      "    - { text: 新建省级以上创新平台2家 }",
      "    # 人才环境：与人社局共同推进",
      "          body: 联合税务部门开展政策宣讲，确保应享尽享。",
    ]) {
      expect(data().split("\n")).toContain(line);
    }
  });

  it("moves a topic with its comment and every line of it, deletes one, adds one", () => {
    const text = data();
    const moved = "    # 人才环境：与人社局共同推进\n    - id: talent-2024\n      title: 优化科技人才发展环境\n      body: 完善人才评价和激励机制，落实人才住房、子女入学等保障措施。\n";
    expect(text).toContain(moved);
    expect(text.indexOf(moved)).toBeLessThan(text.indexOf("    - id: tech-transfer-2024\n"));
    expect(text).not.toContain("ip-conversion");
    expect(text).toContain("    - title: 加强科学普及\n      body: 全年举办科普活动30场，覆盖全县12个乡镇。\n");
  });

  it("counts what it applied, says what it left alone, and prints the diff", () => {
    expect(result.stderr).toContain("tracked changes:");
    expect(result.stderr).toMatch(/applied: \d+ text edit\(s\), 1 figure\(s\); paragraphs \+1 −1; points \+1 −1; topics \+2 −1, 1 moved/);
    // The blocks without their bookmark, and how they were placed.
    expect(result.stderr).toContain("note: its bookmark is gone: placed at summary.items[0].items[1] by its ordinal path: 2.研发机构建设");
    expect(result.stderr).toContain("note: its bookmark is gone: placed at plan.items[1] by text similarity: 3.畅通科技成果转化渠道");
    // The hand-renumbered ordinals are the tool's: noted, not taken.
    expect(result.stderr).toMatch(/note: a changed ordinal is left alone.*2\.优化科技人才发展环境/);
    expect(result.stdout).toContain("+    - title: 加强科学普及");
    expect(result.stdout).toContain("-    - id: ip-conversion");
  });

  it("report build on the result prints the edits in the original structure", () => {
    const built = runBinary(["build", "2023"], { cwd: project.dir });
    expect(built.code, built.stderr).toBe(0);
    const texts = readDocxParagraphs(readFileSync(join(project.dir, "out/2023.docx")), "accept").paragraphs.map((p) => p.text.replace(/\n/g, ""));
    const order = (...wanted: string[]) => wanted.map((w) => texts.findIndex((t) => t.startsWith(w)));
    const at = order(
      "（四）推进农业科技服务。科技特派员增加到135名，服务范围延伸到家庭农场和农民专业合作社。（1）推广新品种新技术52项。",
      "（五）加强科学普及",
      "全年举办科普活动30场",
      "二、主要成效及亮点工作",
      "（三）科技特派员服务实现乡镇全覆盖。",
      "三、存在的问题与不足",
      "1.深化企业创新主体培育",
      "2.优化科技人才发展环境",
      "3.畅通科技成果转化渠道",
    );
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(texts).toContain("培育库新增入库企业23家，");
    expect(texts).toContain("全年新认定高新技术企业7家，总数达到43家。");
    expect(texts.some((t) => t.includes("④建成众创空间2家。"))).toBe(true);
    expect(texts.some((t) => t.includes("提高到60%"))).toBe(true);
    expect(texts.some((t) => t.includes("科技成果转化渠道不畅") || t.startsWith("从内部看"))).toBe(false);
    expect(texts).toContain("2.7");
  });

  it("importing the rebuilt document into its own data file changes nothing", () => {
    const now = data();
    const again = runBinary(["import", "out/2023.docx", "--into", "data/2023.yaml"], { cwd: project.dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe("");
    expect(data()).toBe(now);
  });
});

describe("report import --into: a topic moved to another part and depth, a new part heading", () => {
  let scratch: { dir: string; cleanup: () => void };
  beforeAll(() => {
    scratch = scratchProject();
    expect(runBinary(["build", "2023"], { cwd: scratch.dir }).code).toBe(0);
  });
  afterAll(() => scratch.cleanup());
  const importEdited = (edit: (xml: string) => string, ...args: string[]) => {
    writeFileSync(join(scratch.dir, "edited.docx"), editDocx(readFileSync(join(scratch.dir, "out/2023.docx")), edit));
    return runBinary(["import", "edited.docx", "--into", "data/2023.yaml", "--dry-run", ...args], { cwd: scratch.dir });
  };

  it("a 1. topic of the summary (with its two （1） topics) cut and pasted at the end of the plan's 重点工作: moved, re-indented as a whole", () => {
    const before = readFileSync(join(scratch.dir, "data/2023.yaml"), "utf8");
    const result = importEdited((xml) => {
      // The topic and the run-in topics under it: from its bookmark to the end of the last child's.
      const [start] = bookmarkBlock(xml, "rpt_hitech_cultivation");
      const [, end] = bookmarkBlock(xml, "rpt__summary_0_0_1");
      const block = xml.slice(start, end);
      const out = xml.slice(0, start) + xml.slice(end);
      const [, last] = bookmarkBlock(out, "rpt_talent_2024");
      return out.slice(0, last) + block + out.slice(last);
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("topics +0 −0, 1 moved");
    const moved = before.match(/ {8}- id: hitech-cultivation\n(?: {10}.*\n)+/)![0];
    const outdented = moved.replace(/^ {4}/gm, "");
    expect(result.stdout).toContain(outdented.replace(/^/gm, "+").slice(0, -1));
  });

  it("a paragraph typed after a part's intro (outside its bookmark) joins the intro; the summary says so in Chinese too", () => {
    const result = importEdited((xml) => trackedParagraph(xml, "在肯定成绩的同时", "主要表现在以下两个方面。", rPrOf(xml, "在肯定成绩的同时")), "--lang", "zh");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("-  intro: 在肯定成绩的同时，我们也清醒地看到工作中还存在一些问题和不足。\n+  intro: |-\n+    在肯定成绩的同时，我们也清醒地看到工作中还存在一些问题和不足。\n+\n+    主要表现在以下两个方面。\n");
    expect(result.stderr).toContain("已应用：文字修改 0 处，数字 0 处；段落增 1 删 0；分项增 0 删 0；事项增 0 删 0，移动 0");
  });

  it("a topic moved with track changes on (w:moveFrom / w:moveTo, its bookmark left behind): moved in the data, once", async () => {
    const before = readFileSync(join(scratch.dir, "data/2023.yaml"), "utf8");
    const moveMark = (tag: string) => `<w:${tag} w:id="${id++}" ${STAMP}/>`;
    /** Each paragraph's mark and runs as moved (from or to); Word's range marks around the whole. */
    const asMoved = (block: string, tag: "moveFrom" | "moveTo", withBookmarks: boolean) => {
      const range = `${tag}RangeStart w:id="${id++}" ${STAMP} w:name="move1"`;
      const rangeId = /w:id="(\d+)"/.exec(range)![1];
      const paragraphs = block.split("</w:p>").filter(Boolean).map((p) => {
        let out = withBookmarks ? p : p.replace(/<w:bookmark(?:Start|End) [^>]*\/>/g, "");
        out = out.replace(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/g, (run) => `<w:${tag} w:id="${id++}" ${STAMP}>${run}</w:${tag}>`);
        return out.includes("<w:pPr>") ? out.replace("</w:pPr>", `<w:rPr>${moveMark(tag)}</w:rPr></w:pPr>`) : out.replace("<w:p>", `<w:p><w:pPr><w:rPr>${moveMark(tag)}</w:rPr></w:pPr>`);
      });
      paragraphs[0] = paragraphs[0].replace("</w:pPr>", `</w:pPr><w:${range}/>`);
      paragraphs[paragraphs.length - 1] += `<w:${tag}RangeEnd w:id="${rangeId}"/>`;
      return paragraphs.map((p) => `${p}</w:p>`).join("");
    };
    const moved = editDocx(readFileSync(join(scratch.dir, "out/2023.docx")), (xml) => {
      const [start, end] = bookmarkBlock(xml, "rpt_talent_2024");
      const block = xml.slice(start, end);
      const out = xml.slice(0, start) + asMoved(block, "moveFrom", true) + xml.slice(end);
      const [target] = bookmarkBlock(out, "rpt_tech_transfer_2024");
      return out.slice(0, target) + asMoved(block, "moveTo", false) + out.slice(target);
    });
    expect(await docxSchemaProblems([{ label: "tracked move", bytes: moved }])).toEqual([]);
    writeFileSync(join(scratch.dir, "edited.docx"), moved);
    const result = runBinary(["import", "edited.docx", "--into", "data/2023.yaml"], { cwd: scratch.dir });
    const after = readFileSync(join(scratch.dir, "data/2023.yaml"), "utf8");
    writeFileSync(join(scratch.dir, "data/2023.yaml"), before);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("topics +0 −0, 1 moved");
    const talent = before.match(/ {4}- id: talent-2024\n(?: {6}.*\n)+/)![0];
    const transfer = before.match(/ {4}- id: tech-transfer-2024\n(?: {6}.*\n)+/)![0];
    expect(after).toBe(before.replace(transfer + talent, talent + transfer));
    const rejected = runBinary(["import", "edited.docx", "--into", "data/2023.yaml", "--dry-run", "--changes", "reject"], { cwd: scratch.dir });
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stderr).toContain("nothing to change");
  });

  it("every bookmark gone (a writer that drops them): unchanged, nothing to change; edited, each edit still finds its place", () => {
    const dropAll = (xml: string) => xml.replace(/<w:bookmark(?:Start|End) [^>]*\/>/g, "");
    const unchanged = importEdited(dropAll);
    expect(unchanged.code, unchanged.stderr).toBe(0);
    expect(unchanged.stderr).toContain("nothing to change");
    const edited = importEdited((xml) => plainReplace(plainReplace(plainReplace(dropAll(xml), "三项重点", "四项重点"), "提供有力科技支撑", "提供坚实支撑"), "提高到58%", "提高到60%"));
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stderr).toContain("applied: 3 text edit(s), 0 figure(s); paragraphs +0 −0; points +0 −0; topics +0 −0, 0 moved");
    expect(edited.stdout).toContain("+          body: 规模以上工业企业研发机构覆盖率由42%提高到60%。");
    expect(edited.stdout).toContain("+  - 2024年，县科技局将坚持以科技创新引领产业创新，为全县高质量发展提供坚实支撑。");
  });

  it("never writes a data file that would not validate: a heading emptied to its ordinal (title: null) is refused, exit 1", () => {
    const before = readFileSync(join(scratch.dir, "data/2023.yaml"), "utf8");
    writeFileSync(join(scratch.dir, "edited.docx"), editDocx(readFileSync(join(scratch.dir, "out/2023.docx")), (xml) => plainReplace(xml, "（二）加强科技人才队伍建设", "（二）")));
    const result = runBinary(["import", "edited.docx", "--into", "data/2023.yaml"], { cwd: scratch.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/data\/2023\.yaml:\d+:\d+ error/);
    expect(result.stderr).toContain("data/2023.yaml left unchanged: with these edits it would not validate");
    expect(readFileSync(join(scratch.dir, "data/2023.yaml"), "utf8")).toBe(before);
  });

  it("a new heading with nothing after its ordinal adds nothing, and says so", () => {
    const result = importEdited((xml) => trackedParagraph(xml, "科技特派员增加到135名", "（五）", rPrOf(xml, "（三）提升创新平台能级"), "Heading2"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("note: a changed ordinal is left alone (the tool numbers everything): （五）");
    expect(result.stdout).toBe("");
  });

  it("a new 一、 heading cannot be a part of the data: listed, exit 1, nothing written", () => {
    const result = importEdited((xml) => trackedParagraph(xml, "从内部看", "六、保障措施", rPrOf(xml, "四、形势分析"), "Heading1"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("could not place: a new part heading (一、…): the parts are the template's; add the part in the data: 六、保障措施");
  });
});
