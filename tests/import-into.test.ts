/**
 * `report import EDITED.docx --into data/2023.yaml` (issue 21), through the built binary:
 * build the sample, edit the .docx the way Word writes edits, import it back, and compare
 * the data file with the expected YAML — every untouched line as it was.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";
import { editDocx, plainReplace, trackedInsertAfter, trackedReplace, withComment } from "./helpers/word-edits.js";

let project: { dir: string; cleanup: () => void };
beforeEach(() => {
  project = scratchProject();
  expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
});
afterEach(() => project.cleanup());

const data = () => readFileSync(join(project.dir, "data/2023.yaml"), "utf8");
const run = (...args: string[]) => runBinary(["import", "edited.docx", "--into", "data/2023.yaml", ...args], { cwd: project.dir });
function edit(change: (xml: string) => string): void {
  const built = readFileSync(join(project.dir, "out/2023.docx"));
  writeFileSync(join(project.dir, "edited.docx"), editDocx(built, change));
}

/** The reviewers' edits: tracked changes in a body, a point and a run-in body; a title changed with tracking off. */
const reviewed = (xml: string) => {
  let out = trackedReplace(xml, "完成实体化注册", "正式挂牌运行"); // platform-2023's body (张科长)
  out = trackedInsertAfter(out, "举办校企对接活动5场", "，促成合作项目12项"); // talent-2023's first point (王局长)
  out = trackedReplace(out, "，核心技术和自主品牌仍然较少", ""); // a deletion in a run-in topic of problems
  return plainReplace(out, "加强科技人才队伍建设", "加强科技人才引育"); // a heading, track changes off
};

describe("report import --into", () => {
  it("brings Word's tracked changes and a changed title back into the YAML, every other line as it was", () => {
    const before = data();
    edit(reviewed);
    const result = run();
    expect(result.code, result.stderr).toBe(0);
    const expected = before
      .replace("茶产业研究院完成实体化注册", "茶产业研究院正式挂牌运行")
      .replace("        - 举办校企对接活动5场\n", "        - 举办校企对接活动5场，促成合作项目12项\n")
      .replace("低于1%，核心技术和自主品牌仍然较少。", "低于1%。")
      .replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育");
    expect(expected).not.toBe(before);
    expect(data()).toBe(expected);
    expect(result.stderr).toContain("tracked changes: 2 insertion(s), 2 deletion(s) — accepted");
    expect(result.stderr).toContain("4 edit(s) to the data");
    // The diff of the data file, on stdout.
    expect(result.stdout).toContain("-      title: 加强科技人才队伍建设\n+      title: 加强科技人才引育");
    // And the next build prints the edits.
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    expect(readFileSync(join(project.dir, "out/2023.md"), "utf8")).toContain("（二）加强科技人才引育");
  });

  it("--changes reject drops the tracked insertions and keeps the deleted text: only the untracked edit comes in", () => {
    const before = data();
    edit(reviewed);
    const result = run("--changes", "reject");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("2 insertion(s), 2 deletion(s) — rejected");
    expect(data()).toBe(before.replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育"));
  });

  it("--dry-run prints the diff and writes nothing", () => {
    const before = data();
    edit(reviewed);
    const result = run("--dry-run");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("+      title: 加强科技人才引育");
    expect(data()).toBe(before);
  });

  it("importing the unchanged .docx into its own data file changes nothing, byte for byte", () => {
    const before = readFileSync(join(project.dir, "data/2023.yaml"));
    edit((xml) => xml);
    const result = run();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("nothing to change");
    expect(readFileSync(join(project.dir, "data/2023.yaml")).equals(before)).toBe(true);
  });

  it("leaves generated text alone and says so: ordinals, part headings", () => {
    const before = data();
    edit((xml) => plainReplace(plainReplace(xml, "（二）加强科技人才队伍建设", "（五）加强科技人才队伍建设"), "存在的问题与不足", "存在的主要问题"));
    const result = run();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/note: a changed ordinal is left alone.*（五）加强科技人才队伍建设/);
    expect(result.stderr).toMatch(/note: a changed part heading is left alone.*存在的主要问题/);
    expect(data()).toBe(before);
  });

  it("an edit it cannot place is listed, the data file left unchanged, exit 1; --force writes the rest and keeps it as a comment", () => {
    const before = data();
    edit((xml) => plainReplace(trackedReplace(xml, "完成实体化注册", "正式挂牌运行"), "2023年12月27日", "2023年12月28日"));
    const refused = run();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/could not place: a changed paragraph outside every part and topic: 2023年12月28日/);
    expect(data()).toBe(before);
    const forced = run("--force");
    expect(forced.code, forced.stderr).toBe(0);
    expect(data()).toContain("茶产业研究院正式挂牌运行");
    expect(data().endsWith("# report import --into could not place: 2023年12月28日\n")).toBe(true);
  });

  it("places the 导语 (a folded block scalar), the 结尾 and a target's text too", () => {
    const before = data();
    edit((xml) =>
      plainReplace(plainReplace(plainReplace(xml, "三项重点", "四项重点"), "提供有力科技支撑", "提供坚实支撑"), "技术合同成交额达到2.8亿元", "技术合同成交额达到3亿元"),
    );
    const result = run();
    expect(result.code, result.stderr).toBe(0);
    const intro = before.match(/intro: >-\n(?: {2}.*\n)+/)![0];
    const introText = intro.replace("intro: >-\n", "").split("\n").map((l) => l.trim()).join("");
    expect(data()).toBe(
      before
        .replace(intro, `intro: >-\n  ${introText.replace("三项重点", "四项重点")}\n`)
        .replace("提供有力科技支撑", "提供坚实支撑")
        .replace("{ text: 技术合同成交额达到2.8亿元,", "{ text: 技术合同成交额达到3亿元,"),
    );
  });

  it("brings a metric's figure edited in the table (本年, tracked) back to its value; other cells are listed", () => {
    const before = data();
    const figure = (xml: string, id: string, old: string, next: string) => {
      const at = xml.indexOf(`w:name="rpt__m_${id}"`);
      const cell = xml.indexOf(`>${old}</w:t>`, at);
      return xml.slice(0, cell) + `>${next}</w:t>` + xml.slice(cell + old.length + 7);
    };
    edit((xml) => figure(figure(xml, "rd_spending", "2.6", "2.7"), "patents", "104", "1,106"));
    const result = run();
    expect(result.code, result.stderr).toBe(0);
    expect(data()).toBe(
      before
        .replace("label: 全社会研发经费支出, value: 2.6,", "label: 全社会研发经费支出, value: 2.7,")
        .replace("label: 发明专利授权量, value: 104,", "label: 发明专利授权量, value: 1106,"),
    );
    edit((xml) => plainReplace(xml, "同比增长", "增长率"));
    const header = run("--dry-run");
    expect(header.code).toBe(1);
    expect(header.stderr).toContain("could not place: a table cell other than a metric's figure (本年) changed: 增长率");
  });

  it("lists Word comments (批注) with author, date, the text they cover and its place in the data; the data unchanged", async () => {
    const before = data();
    const built = readFileSync(join(project.dir, "out/2023.docx"));
    const commented = withComment(built, "培育技术经纪人30名", "王局长", "请核实人数");
    expect(await docxSchemaProblems([{ label: "with a comment", bytes: commented }])).toEqual([]);
    writeFileSync(join(project.dir, "edited.docx"), commented);
    const result = run();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("comment: 王局长, 2024-01-05, at plan.items[1], on “培育技术经纪人30名，建设县级技术转移服务中心。”: 请核实人数");
    expect(data()).toBe(before);
    const zh = runBinary(["import", "edited.docx", "--into", "data/2023.yaml", "--lang", "zh"], { cwd: project.dir });
    expect(zh.stderr).toContain("批注: 王局长，2024-01-05，位于 plan.items[1]，针对“培育技术经纪人30名，建设县级技术转移服务中心。”：请核实人数");
  });

  it("--comments writes each comment above its topic as a YAML comment, every other line as it was", () => {
    const before = data();
    writeFileSync(join(project.dir, "edited.docx"), withComment(readFileSync(join(project.dir, "out/2023.docx")), "培育技术经纪人30名", "王局长", "请核实人数"));
    const result = run("--comments");
    expect(result.code, result.stderr).toBe(0);
    expect(data()).toBe(before.replace("    - id: tech-transfer-2024\n", "    # 批注（王局长，2024-01-05）：请核实人数\n    - id: tech-transfer-2024\n"));
  });

  it("a paragraph added to a topic with tracking on: taken into its body when accepted (a literal block), gone when rejected", () => {
    const before = data();
    const added =
      '<w:p><w:pPr><w:rPr><w:ins w:id="950" w:author="李主任" w:date="2024-01-06T10:00:00Z"/></w:rPr></w:pPr>' +
      '<w:ins w:id="951" w:author="李主任" w:date="2024-01-06T10:00:00Z"><w:r><w:t>新增一段说明。</w:t></w:r></w:ins></w:p>';
    edit((xml) => {
      const at = xml.lastIndexOf("<w:p>", xml.indexOf("茶产业研究院完成实体化注册"));
      return xml.slice(0, at) + added + xml.slice(at);
    });
    const rejected = run("--changes", "reject");
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stderr).toContain("2 insertion(s), 0 deletion(s) — rejected");
    expect(data()).toBe(before);
    const accepted = run();
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toContain("paragraphs +1 −0");
    expect(data()).toBe(
      before.replace(
        "      body: 茶产业研究院完成实体化注册，",
        "      body: |-\n        新增一段说明。\n\n        茶产业研究院完成实体化注册，",
      ),
    );
  });

  it("says it in Chinese too, and refuses --into with -o", () => {
    edit(reviewed);
    const zh = runBinary(["import", "edited.docx", "--into", "data/2023.yaml", "--dry-run"], { cwd: project.dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.stderr).toContain("修订：插入 2 处，删除 2 处——均已接受");
    const both = run("-o", "x.yaml");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("-o cannot be used with --into");
    const mode = run("--changes", "keep");
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain('--changes must be accept or reject, not "keep"');
  });

  it("refuses a data file that does not validate (exit 1), changing nothing", () => {
    edit(reviewed);
    const broken = data().replace("year: 2023", "year: twenty");
    writeFileSync(join(project.dir, "data/2023.yaml"), broken);
    const result = run();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("does not validate: fix it first");
    expect(data()).toBe(broken);
  });
});
