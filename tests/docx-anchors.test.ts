/**
 * Anchors in the Word file (issue 21): a bookmark around each part's and topic's own
 * paragraphs, named from the topic's id, else its data path; schema-valid, unique ids,
 * Word's name rules; the same bytes every build; the Markdown output without them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { ANCHOR_MAX, anchorName } from "../src/render/anchors.js";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const project = scratchProject();
afterAll(() => project.cleanup());
const built = runBinary(["build", "2023"], { cwd: project.dir });
const docx = () => readFileSync(join(project.dir, "out/2023.docx"));
const documentXml = () => strFromU8(unzipSync(docx())["word/document.xml"]);

describe("anchors in the Word file", () => {
  it("builds, and every XML part stays valid against the ECMA-376 schemas", async () => {
    expect(built.code, built.stderr).toBe(0);
    expect(await docxSchemaProblems([{ label: "2023 with anchors", bytes: docx() }])).toEqual([]);
  });

  it("marks each part and topic: ids unique and paired, names from the id or the path, within Word's rules", () => {
    const xml = documentXml();
    const starts = [...xml.matchAll(/<w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"\/>/g)].map((m) => ({ id: m[1], name: m[2] }));
    const ends = [...xml.matchAll(/<w:bookmarkEnd w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(starts.length).toBe(30); // 导语, 5 parts, 目标任务, 16 topics, 结尾 and 6 metrics of data/2023.yaml
    expect(new Set(starts.map((s) => s.id)).size).toBe(starts.length);
    expect(new Set(starts.map((s) => s.name)).size).toBe(starts.length);
    expect(ends).toEqual(starts.map((s) => s.id));
    for (const { name } of starts) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
    const names = starts.map((s) => s.name);
    expect(names).toContain("rpt_talent_2023"); // id talent-2023
    expect(names).toContain("rpt__summary_0_0_0"); // summary.items[0].items[0].items[0], no id
    expect(names).toContain("rpt__plan");
    expect(names).toEqual(expect.arrayContaining(["rpt__intro", "rpt__plan_targets", "rpt__closing"]));
    // Inside the paragraph, after its properties, as Word writes them.
    expect(xml).toMatch(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/><\/w:pPr><w:bookmarkStart w:id="\d+" w:name="rpt_talent_2023"\/>/);
  });

  it("marks each metric's value cell (本年) in the metrics table, inside the cell's paragraph", () => {
    const xml = documentXml();
    const table = xml.slice(xml.indexOf("<w:tbl>"), xml.indexOf("</w:tbl>"));
    const rows = table.split("<w:tr>").slice(2); // before the first row, the header row
    const ids = ["rd_spending", "hitech_firms", "tech_contracts", "patents", "sci_specialists", "key_labs"];
    expect(rows).toHaveLength(ids.length);
    rows.forEach((row, i) => {
      const cell = row.split("<w:tc>")[3]; // the third cell: 本年
      expect(cell).toMatch(new RegExp(`^<w:tcPr>.*</w:tcPr><w:p><w:pPr>.*</w:pPr><w:bookmarkStart w:id="\\d+" w:name="rpt__m_${ids[i]}"/>.*<w:bookmarkEnd w:id="\\d+"/></w:p></w:tc>`));
    });
  });

  it("fits a long id into 40 characters, keeping names apart", () => {
    const long = anchorName("a".repeat(60), ["summary", "items", 0]);
    const other = anchorName(`${"a".repeat(59)}b`, ["summary", "items", 1]);
    expect(long.length).toBe(ANCHOR_MAX);
    expect(long).not.toBe(other);
    expect(anchorName("summary-0", [])).not.toBe(anchorName(null, ["summary", "items", 0]));
  });

  it("gives the same bytes for the same data, and a Markdown output without anchors", () => {
    const first = docx();
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    expect(docx().equals(first)).toBe(true);
    expect(readFileSync(join(project.dir, "out/2023.md"), "utf8")).not.toMatch(/anchor|rpt_/);
  });
});
