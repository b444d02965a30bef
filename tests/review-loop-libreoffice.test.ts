/**
 * The review loop through LibreOffice's own format (issue 21): the built .docx is opened
 * by LibreOffice (converted to flat ODF, .fodt), edited there by a script as LibreOffice
 * records edits — text changed in a topic's body, a title and a metric's 本年 figure, a
 * tracked insertion in a point and a tracked deletion in a run-in topic, a paragraph added
 * to a body, a new heading with its body, a highlight's paragraph deleted — and written
 * back to .docx by LibreOffice; `report import --into` through the built binary brings the edits
 * back. tests/import-into-libreoffice.test.ts covers the other way round: a .docx saved
 * again by LibreOffice, edited as Word writes edits. Two soffice calls, about a second each.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { hasLibreOffice, requireLibreOffice } from "./helpers/libreoffice.js";
import { odfCellFigure, odfDeleteParagraph, odfParagraphsAfter, odfReplace, odfTrackedDelete, odfTrackedInsert } from "./helpers/odf-edits.js";

requireLibreOffice();
const project = scratchProject();
afterAll(() => project.cleanup());

/** soffice --convert-to, with a profile of this test's own (two soffice sharing one block each other). */
function convert(file: string, to: string): void {
  const profile = pathToFileURL(join(project.dir, "profile")).href;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", project.dir, join(project.dir, file)], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

const data = () => readFileSync(join(project.dir, "data/2023.yaml"), "utf8");
const importEdited = (...args: string[]) => runBinary(["import", "edited.docx", "--into", "data/2023.yaml", ...args], { cwd: project.dir });

describe.runIf(hasLibreOffice() || process.env.CI)("the review loop through LibreOffice's format", () => {
  it("edits made in a .fodt — text, tracked changes, a figure, a paragraph and topics added and deleted — come back from the .docx LibreOffice writes", () => {
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    writeFileSync(join(project.dir, "edited.docx"), readFileSync(join(project.dir, "out/2023.docx")));
    convert("edited.docx", "fodt");
    let fodt = readFileSync(join(project.dir, "edited.fodt"), "utf8");
    // LibreOffice keeps our anchors as ODF bookmarks.
    expect(fodt).toContain('<text:bookmark-start text:name="rpt_platform_2023"/>');
    fodt = odfReplace(fodt, "茶产业研究院完成实体化注册", "茶产业研究院正式挂牌运行"); // platform-2023's body
    fodt = odfReplace(fodt, "（二）加强科技人才队伍建设", "（二）加强科技人才引育"); // talent-2023's heading
    fodt = odfCellFigure(fodt, "rpt__m_patents", "110"); // 发明专利授权量, 本年
    fodt = odfTrackedInsert(fodt, "举办校企对接活动5场", "，促成合作项目12项"); // talent-2023's first point
    fodt = odfTrackedDelete(fodt, "，核心技术和自主品牌仍然较少"); // weak-firm-capacity, a run-in topic
    fodt = odfParagraphsAfter(fodt, "正式挂牌运行", '<text:p text:style-name="Standard">新建省级星创天地1家。</text:p>'); // platform-2023's second paragraph
    const heading = '<text:h text:style-name="Heading_20_2" text:outline-level="2">（五）加强科学普及</text:h>';
    fodt = odfParagraphsAfter(fodt, "服务范围延伸到家庭农场", `${heading}<text:p text:style-name="Standard">开展科普活动40场，受众2万人次。</text:p>`); // a new topic
    fodt = odfDeleteParagraph(fodt, "rpt__highlights_1"); // highlights.items[1]
    writeFileSync(join(project.dir, "edited.fodt"), fodt);
    convert("edited.fodt", "docx:MS Word 2007 XML");
    const xml = strFromU8(unzipSync(readFileSync(join(project.dir, "edited.docx")))["word/document.xml"]);
    expect(xml).toMatch(/<w:ins [^>]*w:author="王局长"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="张科长"/);

    const before = data();
    const plain = before
      .replace("茶产业研究院完成实体化注册", "茶产业研究院正式挂牌运行")
      .replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育")
      .replace("label: 发明专利授权量, value: 104,", "label: 发明专利授权量, value: 110,")
      .replace(
        "      body: 茶产业研究院正式挂牌运行，获批省级茶叶加工重点实验室，实现全县省级重点实验室零的突破。\n",
        "      body: |-\n        茶产业研究院正式挂牌运行，获批省级茶叶加工重点实验室，实现全县省级重点实验室零的突破。\n\n        新建省级星创天地1家。\n",
      )
      .replace("      pointStyle: （1）\n", "      pointStyle: （1）\n    - title: 加强科学普及\n      body: 开展科普活动40场，受众2万人次。\n")
      .replace("    - body: 技术合同成交额达到2.3亿元，首次突破2亿元大关。\n", "");
    const tracked = plain
      .replace("        - 举办校企对接活动5场\n", "        - 举办校企对接活动5场，促成合作项目12项\n")
      .replace("低于1%，核心技术和自主品牌仍然较少。", "低于1%。");
    expect(new Set([before, plain, tracked]).size).toBe(3);

    // Rejected, the tracked edits leave only the plain ones (LibreOffice writes one w:ins per run of a script, so the insertions are counted per run).
    const rejected = importEdited("--changes", "reject", "--dry-run");
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stderr).toMatch(/tracked changes: [1-9]\d* insertion\(s\), 1 deletion\(s\) — rejected/);
    expect(rejected.stderr).toContain("1 figure(s); paragraphs +1 −0; points +0 −0; topics +1 −1, 0 moved");
    expect(rejected.stdout).toContain("+        新建省级星创天地1家。");
    expect(rejected.stdout).not.toContain("促成合作项目12项");
    expect(data()).toBe(before);

    const accepted = importEdited();
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toContain("1 figure(s); paragraphs +1 −0; points +0 −0; topics +1 −1, 0 moved");
    expect(data()).toBe(tracked);

    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    const md = readFileSync(join(project.dir, "out/2023.md"), "utf8");
    for (const text of ["（二）加强科技人才引育", "新建省级星创天地1家。", "### （五）加强科学普及", "①举办校企对接活动5场，促成合作项目12项。", "低于1%。", "| 发明专利授权量 | 件 | 110 |"]) expect(md).toContain(text);
    expect(md).not.toContain("首次突破2亿元大关");
    const again = runBinary(["import", "out/2023.docx", "--into", "data/2023.yaml"], { cwd: project.dir });
    expect(again.stderr).toContain("nothing to change");
  }, 200_000);
});
