/**
 * The review loop through LibreOffice's own format (issue 21): the built .docx is opened
 * by LibreOffice (converted to flat ODF, .fodt), edited there by a script as LibreOffice
 * records edits — text changed in a topic's body, a title and a metric's 本年 figure, a
 * tracked insertion in a point and a tracked deletion in a run-in topic — and written back
 * to .docx by LibreOffice; `report import --into` through the built binary brings the edits
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
import { odfCellFigure, odfReplace, odfTrackedDelete, odfTrackedInsert } from "./helpers/odf-edits.js";

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
  it("edits made in a .fodt — plain and tracked — come back from the .docx LibreOffice writes", () => {
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
    writeFileSync(join(project.dir, "edited.fodt"), fodt);
    convert("edited.fodt", "docx:MS Word 2007 XML");
    const xml = strFromU8(unzipSync(readFileSync(join(project.dir, "edited.docx")))["word/document.xml"]);
    expect(xml).toMatch(/<w:ins [^>]*w:author="王局长"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="张科长"/);

    const before = data();
    const plain = before
      .replace("茶产业研究院完成实体化注册", "茶产业研究院正式挂牌运行")
      .replace("title: 加强科技人才队伍建设", "title: 加强科技人才引育")
      .replace("label: 发明专利授权量, value: 104,", "label: 发明专利授权量, value: 110,");
    const tracked = plain
      .replace("        - 举办校企对接活动5场\n", "        - 举办校企对接活动5场，促成合作项目12项\n")
      .replace("低于1%，核心技术和自主品牌仍然较少。", "低于1%。");
    expect(new Set([before, plain, tracked]).size).toBe(3);

    // Rejected, the tracked edits leave only the plain ones (LibreOffice writes one w:ins per run of a script, so the insertions are counted per run).
    const rejected = importEdited("--changes", "reject", "--dry-run");
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stderr).toMatch(/tracked changes: [1-9]\d* insertion\(s\), 1 deletion\(s\) — rejected/);
    expect(rejected.stderr).toContain("3 edit(s) to the data");
    expect(data()).toBe(before);

    const accepted = importEdited();
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).toContain("5 edit(s) to the data");
    expect(data()).toBe(tracked);

    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    const md = readFileSync(join(project.dir, "out/2023.md"), "utf8");
    for (const text of ["（二）加强科技人才引育", "茶产业研究院正式挂牌运行", "①举办校企对接活动5场，促成合作项目12项。", "低于1%。", "| 发明专利授权量 | 件 | 110 |"]) expect(md).toContain(text);
  }, 200_000);
});
