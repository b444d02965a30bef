/**
 * Every paragraph of every part and topic, edited in Word, comes back to its place: after
 * `import --into`, the data builds a document whose paragraphs read as the edited ones
 * (in-process, over both sample years; part headings are generated and noted instead).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import { validateSource } from "../src/core/validate.js";
import { readDocxParagraphs } from "../src/import/into/docx-paragraphs.js";
import { importInto } from "../src/import/into/index.js";
import { buildReport } from "../src/pipeline.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { ROOT } from "./helpers/cli.js";
import { editDocx } from "./helpers/word-edits.js";

const templates = readTemplateSet();
const settings = settingsFrom();

async function docxOf(yaml: string): Promise<Uint8Array> {
  const built = await buildReport({ source: { file: "d.yaml", text: yaml }, templates, settings, formats: ["docx"], lang: "en" });
  expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return built.outputs[0].bytes;
}

/**
 * The n-th <w:p> of the body gets "改" before the last character of its last w:t (before
 * the closing 。: after it, the tool would close the sentence again on the next build).
 */
function appendToParagraph(xml: string, n: number): string {
  let seen = -1;
  return xml.replace(/<w:p>[\s\S]*?<\/w:p>/g, (p) => (++seen === n ? p.replace(/([^<]*)([^<])<\/w:t>(?![\s\S]*<\/w:t>)/, "$1改$2</w:t>") : p));
}

describe("import --into: each anchored paragraph edited comes back to its place", () => {
  it.each([2022, 2023])("data/%i.yaml", async (year) => {
    const yaml = readFileSync(join(ROOT, `data/${year}.yaml`), "utf8");
    const report = validateSource({ file: "d.yaml", text: yaml }, "en").report!;
    const built = await docxOf(yaml);
    const paragraphs = readDocxParagraphs(built, "accept").paragraphs;
    let tried = 0;
    for (const [n, p] of paragraphs.entries()) {
      if (!p.anchor || p.inTable || !p.text) continue;
      const edited = editDocx(built, (xml) => appendToParagraph(xml, n));
      const result = importInto({ edited, built, yaml, report, changes: "accept" });
      expect(result.unplaced, `${p.anchor}: ${p.text}`).toEqual([]);
      if (p.style === "Heading1" || p.anchor === "rpt__plan_targets" && p.style === "Heading2") {
        expect(result.ignored.map((i) => i.kind)).toEqual([p.style === "Heading1" ? "part-heading" : "generated-heading"]);
        continue;
      }
      tried++;
      const rebuilt = readDocxParagraphs(await docxOf(result.yaml), "accept").paragraphs.map((q) => q.text);
      expect(rebuilt[n], p.text).toBe(readDocxParagraphs(edited, "accept").paragraphs[n].text);
    }
    expect(tried).toBeGreaterThan(18);
  }, 120_000);
});
