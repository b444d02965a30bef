/**
 * End to end, as a reviewer sees it: build each sample year with the real binary, open
 * the Word file in LibreOffice (convert to PDF), and find every heading with its ordinal,
 * every paragraph of the data and the page numbers in the PDF's text. Runs in CI.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paragraphsOf } from "../src/core/text.js";
import { blockTexts } from "../src/document/block-text.js";
import { parseMarkdown } from "../src/document/parse-markdown.js";
import type { Topic } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { docxToPdf, pdfPageCount, pdfPages, removeDir, requireLibreOffice } from "./helpers/libreoffice.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const squash = (text: string) => text.replace(/\s+/g, "");
/** The body text of the pages without their page numbers, which sit between two pages' text. */
const bodyText = (pages: string[]) => squash(pages.map((page) => page.replace(/^\s*—\s*\d+\s*—\s*$/gm, "")).join(""));

function dataParagraphs(topics: Topic[] | undefined): string[] {
  return (topics ?? []).flatMap((t) => [...paragraphsOf(t.body), ...dataParagraphs(t.items)]);
}

/** Each year's .docx, validated against the ECMA-376 schemas in one run at the end. */
const packages: { label: string; bytes: Uint8Array }[] = [];
afterAll(async () => expect(await docxSchemaProblems(packages)).toEqual([]));

describe.each([2022, 2023])("sample year %i through LibreOffice", (year) => {
  let project: ReturnType<typeof scratchProject>;
  let pdfDir = "";
  let pages: string[] = [];
  let pageCount = 0;

  beforeAll(() => {
    requireLibreOffice();
    project = scratchProject();
    const built = runBinary(["build", String(year)], { cwd: project.dir });
    expect(built.code, built.stderr).toBe(0);
    const docx = readFileSync(join(project.dir, `out/${year}.docx`));
    packages.push({ label: `${year}.docx`, bytes: docx });
    const { pdf, dir } = docxToPdf(docx);
    pdfDir = dir;
    pages = pdfPages(pdf);
    pageCount = pdfPageCount(pdf);
  });
  afterAll(() => {
    project?.cleanup();
    if (pdfDir) removeDir(pdfDir);
  });

  it("opens and has the pages the text needs", () => {
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBe(pageCount);
  });

  it("shows the title, every heading with its ordinal and every paragraph", () => {
    const text = bodyText(pages);
    const doc = parseMarkdown(readFileSync(join(project.dir, `out/${year}.md`), "utf8"));
    const expected = doc.blocks.filter((b) => b.type !== "table").flatMap(blockTexts);
    expect(expected.length).toBeGreaterThan(30);
    for (const piece of expected) expect(text).toContain(squash(piece));
  });

  it("holds every body paragraph of the data file", () => {
    const file = join(project.dir, `data/${year}.yaml`);
    const { report } = validateSource({ file, text: readFileSync(file, "utf8") }, "en");
    const text = bodyText(pages);
    const bodies = [report!.summary, report!.highlights, report!.problems, report!.outlook, report!.plan].flatMap((p) => [...paragraphsOf(p?.intro), ...dataParagraphs(p?.items)]);
    expect(bodies.length).toBeGreaterThan(8);
    for (const body of bodies) expect(text).toContain(squash(body));
  });

  it("numbers pages — 1 — on every page", () => {
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
  });
});
