/**
 * Issue 20, "done when": the house-style example of docs/templates.md — its three files,
 * taken from the page itself — built by the binary with --format docx,md,pdf, and the PDF
 * it wrote read with pdftotext: every
 * line of its text present, in order, numbering continuous (no 形势分析, no gap), the
 * attachments on pages of their own, the 附注 and 抄送 lines after the signature.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockTexts } from "../src/document/block-text.js";
import { parseMarkdown } from "../src/document/parse-markdown.js";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";
import { pdfPages, requireLibreOffice } from "./helpers/libreoffice.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const squash = (text: string) => text.replace(/\s+/g, "");

/** The files of the example: each code block right after a `<!-- file: path -->` line. */
export function exampleFiles(markdown: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const m of markdown.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)```\n/g)) files[m[1]] = m[2];
  return files;
}

describe("the house-style example of docs/templates.md", () => {
  const files = exampleFiles(readFileSync(join(ROOT, "docs/templates.md"), "utf8"));
  const project = scratchProject(false);
  let pages: string[] = [];
  let built: ReturnType<typeof runBinary>;

  beforeAll(() => {
    requireLibreOffice();
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(project.dir, path)), { recursive: true });
      writeFileSync(join(project.dir, path), text);
    }
    // The PDF as the tool writes it (--format pdf: LibreOffice on the built .docx).
    built = runBinary(["build", "2023", "--format", "docx,md,pdf"], { cwd: project.dir });
    expect(built.code, built.stderr).toBe(0);
    pages = pdfPages(join(project.dir, "out/2023.pdf"));
  });
  afterAll(() => project.cleanup());

  it("has its three files", () => expect(Object.keys(files).sort()).toEqual(["data/2023.yaml", "report.config.yaml", "templates/report.md.hbs"]));

  it("warns that outlook's text is left out, and the .docx is schema-valid", async () => {
    expect(built.stderr).toContain("rule/part-left-out");
    expect(await docxSchemaProblems([{ label: "house style", bytes: readFileSync(join(project.dir, "out/2023.docx")) }])).toEqual([]);
  });

  it("every line of the report is in the PDF, in order", () => {
    const doc = parseMarkdown(readFileSync(join(project.dir, "out/2023.md"), "utf8"));
    const text = squash(pages.map((page) => page.replace(/^\s*—\s*\d+\s*—\s*$/gm, "")).join(""));
    let at = 0;
    for (const piece of doc.blocks.flatMap(blockTexts).map(squash)) {
      const found = text.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    for (const line of ["附件：1.2023年科技项目立项清单", "（此件公开发布）", "抄送：市科学技术局，县人民政府办公室。"]) expect(text).toContain(line);
    expect(text).not.toContain("形势分析");
  });

  it("numbers the parts 一、 to 四、 with no gap", () => {
    // The report's pages: an attachment's own text ("一、县级…") is not the report's numbering.
    const report = pages.slice(0, pages.findIndex((page) => /^\s*附件\s*\d/.test(page)));
    const ordinals = report.join("\n").match(/^\s*[一二三四五六]、/gm)?.map((o) => o.trim()) ?? [];
    expect(ordinals.filter((o) => /^[一二三四五六]、$/.test(o))).toEqual(["一、", "二、", "三、", "四、"]);
  });

  it("puts attachments 1 and 3 at the top of pages of their own", () => {
    const starts = pages.map((page) => page.trim().split("\n")[0].trim());
    expect(starts.filter((line) => /^附件/.test(line)).map(squash)).toEqual(["附件1", "附件3"]);
  });
});
