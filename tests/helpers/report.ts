/** Small builders for tests: a minimal valid report and the render pipeline in one call. */
import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { settingsFrom, type ConfigFile } from "../../src/core/config.js";
import type { Report } from "../../src/core/schema.js";
import { renderReport, validateSource } from "../../src/index.js";
import { readTemplateSet } from "../../src/render/template-files.js";
import { writeDocx } from "../../src/writers/docx/index.js";
import { ROOT } from "./cli.js";

export function minimalReport(overrides: Partial<Report> = {}): Report {
  return {
    year: 2022,
    organization: "示例县科技局",
    summary: { items: [{ title: "工作甲", body: "正文甲。" }] },
    problems: { items: [{ title: "问题甲", body: "说明甲。" }] },
    plan: { items: [{ title: "计划甲", body: "安排甲。" }] },
    ...overrides,
  };
}

/** Report → Markdown + Document with the built-in template. Throws on template errors. */
export function render(report: Report, config: ConfigFile = {}) {
  const result = renderReport(report, readTemplateSet(), settingsFrom(config), "en");
  if (!result.document) throw new Error(JSON.stringify(result.diagnostics));
  return { markdown: result.markdown!, document: result.document };
}

export function headings(report: Report, config: ConfigFile = {}): string[] {
  return render(report, config).document.blocks.flatMap((b) => (b.type === "heading" ? [`${b.ordinal}${b.text}`] : []));
}

export function paragraphs(report: Report): string[] {
  return render(report).document.blocks.flatMap((b) => (b.type === "paragraph" ? [b.runs.map((r) => r.text).join("")] : []));
}

/** The parts of the sample's .docx (data/2023.yaml, built-in template, default settings), by name in zip order. */
export async function sampleDocxParts(): Promise<Record<string, Uint8Array>> {
  const text = readFileSync(join(ROOT, "data/2023.yaml"), "utf8");
  const { report } = validateSource({ file: "data/2023.yaml", text }, "en");
  if (!report) throw new Error("data/2023.yaml is invalid");
  const settings = settingsFrom({});
  const { document } = renderReport(report, readTemplateSet(), settings, "en");
  return unzipSync(await writeDocx(document!, settings));
}
