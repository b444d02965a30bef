/**
 * The review loop through another writer, python-docx (issue 21): `report build 2023`,
 * a script edits out/2023.docx with python-docx (tests/helpers/edit_with_python_docx.py)
 * and saves it — lxml writes every part again — then `report import --into` through the
 * built binary brings the edits back to their data paths, and the next build prints them.
 * Edits run by run keep every bookmark; paragraph.text and cell.text (python-docx's
 * setters) drop those in the paragraph or cell they replace, and the import finds the
 * place again (by the cell's position, by ordinal path, by where a bookmark ends).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { editWithPythonDocx, hasPythonDocx, requirePythonDocx, type PythonDocxEdit } from "./helpers/python-docx.js";

requirePythonDocx();

let project: { dir: string; cleanup: () => void };
beforeEach(() => {
  project = scratchProject();
  expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
});
afterEach(() => project.cleanup());

const data = () => readFileSync(join(project.dir, "data/2023.yaml"), "utf8");
const importEdited = (...args: string[]) => runBinary(["import", "edited.docx", "--into", "data/2023.yaml", ...args], { cwd: project.dir });
const edit = (edits: PythonDocxEdit[]) => editWithPythonDocx(join(project.dir, "out/2023.docx"), join(project.dir, "edited.docx"), edits);

/** The report's bookmarks in a .docx: each start's name with its id, and the ids that are closed. */
function bookmarks(file: string): { starts: string[]; ends: string[] } {
  const xml = strFromU8(unzipSync(readFileSync(join(project.dir, file)))["word/document.xml"]);
  const attr = (tag: string, name: string) => new RegExp(`\\bw:${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  const starts = [...xml.matchAll(/<w:bookmarkStart\b[^>]*>/g)].map((m) => `${attr(m[0], "name")}#${attr(m[0], "id")}`);
  const ends = [...xml.matchAll(/<w:bookmarkEnd\b[^>]*>/g)].map((m) => attr(m[0], "id"));
  return { starts: starts.filter((s) => s.startsWith("rpt")), ends };
}

/**
 * Edits as a script of the office's makes them: run by run (run.text keeps the run's
 * formatting and the paragraph's bookmarks) in a topic's body, a title, a point, the
 * closing and a target, and two metric figures, one through cell.text (which replaces
 * the cell's paragraph, bookmark and all).
 */
const scripted: PythonDocxEdit[] = [
  { run: "完成实体化注册", with: "正式挂牌运行" }, // platform-2023's body
  { run: "加强科技人才队伍建设", with: "加强科技人才引育" }, // talent-2023's title
  { run: "举办校企对接活动5场", with: "举办校企对接活动6场" }, // talent-2023's first point (①)
  { run: "提供有力科技支撑", with: "提供坚实支撑" }, // the closing
  { run: "技术合同成交额达到2.8亿元", with: "技术合同成交额达到3亿元" }, // the third target
  { cell: "全社会研发经费支出", column: "本年", text: "2.7" },
  { whole_cell: "发明专利授权量", column: "本年", text: "110" },
];

const applied = (before: string) =>
  before
    .replace("茶产业研究院完成实体化注册", "茶产业研究院正式挂牌运行")
    .replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育")
    .replace("        - 举办校企对接活动5场\n", "        - 举办校企对接活动6场\n")
    .replace("提供有力科技支撑", "提供坚实支撑")
    .replace("{ text: 技术合同成交额达到2.8亿元,", "{ text: 技术合同成交额达到3亿元,")
    .replace("label: 全社会研发经费支出, value: 2.6,", "label: 全社会研发经费支出, value: 2.7,")
    .replace("label: 发明专利授权量, value: 104,", "label: 发明专利授权量, value: 110,");

describe.runIf(hasPythonDocx() || process.env.CI)("the review loop through python-docx", () => {
  it("keeps every bookmark through run edits and a save; the edits come back to their paths and the next build prints them", () => {
    const before = data();
    edit(scripted);
    // python-docx rewrote document.xml (lxml's serialisation) but left every anchor as it was.
    expect(readFileSync(join(project.dir, "edited.docx")).equals(readFileSync(join(project.dir, "out/2023.docx")))).toBe(false);
    const built = bookmarks("out/2023.docx");
    const edited = bookmarks("edited.docx");
    expect(built.starts.length).toBeGreaterThan(25);
    // All but the 本年 cell cell.text replaced, whose bookmark went with its paragraph.
    expect(edited.starts).toEqual(built.starts.filter((s) => !s.startsWith("rpt__m_patents#")));
    for (const start of edited.starts) expect(edited.ends).toContain(start.split("#")[1]);

    const result = importEdited();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("7 edit(s) to the data");
    const expected = applied(before);
    expect(expected.split("\n").filter((line, i) => line !== before.split("\n")[i])).toHaveLength(7);
    expect(data()).toBe(expected);
    expect(result.stdout).toContain("+      title: 加强科技人才引育");

    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    const md = readFileSync(join(project.dir, "out/2023.md"), "utf8");
    for (const text of ["（二）加强科技人才引育", "茶产业研究院正式挂牌运行", "①举办校企对接活动6场", "提供坚实支撑", "技术合同成交额达到3亿元"]) expect(md).toContain(text);
    // The table computes from the new figures: 110 patents reach the target of 110.
    expect(md).toMatch(/\| 发明专利授权量 \| 件 \| 110 \| 96 \| 14\.6% \| 110 \| 完成 \|/);
    expect(md).toMatch(/\| 全社会研发经费支出 \| 亿元 \| 2\.7 \|/);
  });

  it("structural edits: a paragraph added to a body, a new heading with its body, a heading and a body rewritten through paragraph.text (their bookmarks gone) all come back; the next build keeps them and imports unchanged", () => {
    const before = data();
    edit([
      // after() inserts right after the paragraph, so the new topic's body goes in first.
      { after: "服务范围延伸到家庭农场", text: "开展科普活动40场，受众2万人次。" },
      { after: "服务范围延伸到家庭农场", text: "（五）加强科学普及", style: "Heading 2" },
      { after: "完成实体化注册", text: "新建省级星创天地1家。" },
      // paragraph.text clears the paragraph: the heading loses its bookmark start, the body its end.
      { paragraph: "加强科技人才队伍建设", text: "（二）加强科技人才引育" },
      { paragraph: "培育技术经纪人30名", text: "培育技术经纪人40名，建设县级技术转移服务中心。" },
    ]);
    const built = bookmarks("out/2023.docx");
    const edited = bookmarks("edited.docx");
    expect(edited.starts).toEqual(built.starts.filter((s) => !s.startsWith("rpt_talent_2023#")));
    expect(edited.ends).toHaveLength(built.ends.length - 1);

    const result = importEdited();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("paragraphs +1 −0; points +0 −0; topics +1 −0, 0 moved");
    expect(result.stderr).toContain("its bookmark is gone: placed at summary.items[1] by its ordinal path");
    expect(data()).toBe(
      before
        .replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育")
        .replace(
          "      body: 茶产业研究院完成实体化注册，获批省级茶叶加工重点实验室，实现全县省级重点实验室零的突破。\n",
          "      body: |-\n        茶产业研究院完成实体化注册，获批省级茶叶加工重点实验室，实现全县省级重点实验室零的突破。\n\n        新建省级星创天地1家。\n",
        )
        .replace("      pointStyle: （1）\n", "      pointStyle: （1）\n    - title: 加强科学普及\n      body: 开展科普活动40场，受众2万人次。\n")
        .replace("培育技术经纪人30名", "培育技术经纪人40名"),
    );

    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    const md = readFileSync(join(project.dir, "out/2023.md"), "utf8");
    expect(md).toContain("新建省级星创天地1家。\n\n**（四）推进农业科技服务。**");
    expect(md).toContain("### （五）加强科学普及\n\n开展科普活动40场，受众2万人次。\n\n## 二、");
    const again = runBinary(["import", "out/2023.docx", "--into", "data/2023.yaml"], { cwd: project.dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("nothing to change");
  });
});
