/**
 * Property test of the Word output (issue 7): any valid report builds, in-process through
 * buildReport as `report build` does, into a .docx whose every XML part is well-formed
 * XML 1.0, whose every relationship target exists, and which holds all the text in order;
 * and every XML part of every one of those .docx files is valid under the ECMA-376
 * schemas (checked after the runs, all at once: one xmllint call per schema).
 *
 * Seeded and reproducible: FC_SEED (default fixed) and FC_RUNS (default 200) override;
 * a failure message starts with the seed and the shrunk counterexample.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import type { Block, Document } from "../src/document/model.js";
import { buildReport } from "../src/index.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { holds, report, toYaml } from "./helpers/arbitraries.js";
import { checkDocxPackage, documentText } from "./helpers/ooxml-check.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const templates = readTemplateSet();

/** The visible text of each block, split where the writer turns \t and \n into elements. */
function textPieces(doc: Document): string[] {
  const of = (b: Block): string[] => {
    switch (b.type) {
      case "title":
        return [b.text];
      case "heading":
        return [b.ordinal + b.text];
      case "paragraph":
        return [b.runs.map((r) => r.text).join("")];
      case "table":
        return [...b.header, ...b.rows.flat()];
      case "signature":
        return [b.organization, b.date ?? ""];
      case "attachmentNote":
        return b.lines;
      case "attachment":
        return [b.label];
    }
  };
  return doc.blocks.flatMap(of).flatMap((t) => t.split(/[\t\n]/)).filter(Boolean);
}

describe("property: any valid report, as a .docx", () => {
  it("builds; every XML part of the .docx is well-formed and schema-valid, every relationship target exists, all text is in it in order", async () => {
    const built: { label: string; bytes: Uint8Array; yaml: string }[] = [];
    await holds(
      fc.asyncProperty(report(), fc.constantFrom("official" as const, "plain" as const), async (data, fonts) => {
        const yaml = toYaml(data);
        const result = await buildReport({
          source: { file: "p.yaml", text: yaml },
          templates,
          settings: settingsFrom({ fonts }),
          formats: ["docx", "md"],
          lang: "en",
        });
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(result.outputs.map((o) => o.format)).toEqual(["docx", "md"]);
        built.push({ label: `run ${built.length + 1} (${fonts})`, bytes: result.outputs[0].bytes, yaml });
        const { problems, parts } = checkDocxPackage(result.outputs[0].bytes);
        expect(problems).toEqual([]);
        const text = documentText(parts);
        let at = 0;
        for (const piece of textPieces(result.document!)) {
          const found = text.indexOf(piece, at);
          expect(found, `"${piece.slice(0, 60)}" missing from word/document.xml after offset ${at}`).toBeGreaterThanOrEqual(0);
          at = found + piece.length;
        }
      }),
    );
    const problems = await docxSchemaProblems(built);
    const first = built.find((b) => problems.some((p) => p.startsWith(`${b.label}:`)));
    expect(problems, first && `the data of ${first.label}:\n${first.yaml}`).toEqual([]);
  }, 300_000);
});
