/**
 * Property tests of the document model (issue 7; the .docx ones are in
 * property-docx.test.ts): arbitrary valid reports — Chinese and mixed text, astral
 * characters, combining marks, RTL text, Markdown syntax, very long paragraphs, 0–30
 * items per level, every optional part on and off — always build into sound output.
 *
 * Seeded and reproducible: FC_SEED (default fixed) and FC_RUNS (default 200) override;
 * a failure message starts with the seed and the shrunk counterexample.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import type { Report } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { parseMarkdown } from "../src/document/parse-markdown.js";
import { renderReport } from "../src/index.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { writeMarkdown } from "../src/writers/markdown.js";
import { holds, report, toYaml } from "./helpers/arbitraries.js";
import { cn, expectedBlocks, numberedCount } from "./helpers/expected-model.js";

const templates = readTemplateSet();

/** YAML text → validated report → document model, as `report build` does it. */
function modelOf(data: Report, level3: "1." | "1、" = "1.", metricsTable = true) {
  const validated = validateSource({ file: "p.yaml", text: toYaml(data) }, "en");
  const errors = validated.diagnostics.filter((d) => d.severity === "error");
  expect(errors).toEqual([]);
  // The data survives YAML unchanged: what the tool validates is what was generated.
  expect(validated.report).toEqual(data);
  const rendered = renderReport(validated.report!, templates, { ...settingsFrom(), level3 }, "en", { metricsTable });
  expect(rendered.diagnostics).toEqual([]);
  return rendered.document!;
}

describe("property: any valid report, as a document model", () => {
  it("the Markdown output re-parses to the same document model", async () => {
    await holds(
      fc.property(report(), fc.constantFrom("1." as const, "1、" as const), (data, level3) => {
        const doc = modelOf(data, level3);
        expect(parseMarkdown(writeMarkdown(doc)).blocks).toEqual(doc.blocks);
      }),
    );
  }, 300_000);

  it("the model holds all the data's text, in order, unescaped, each part numbered (the data-format.md oracle)", async () => {
    await holds(
      fc.property(report(), fc.constantFrom("1." as const, "1、" as const), (data, level3) => {
        // The metrics table is the metrics-table tests' business; here it would only be in the way.
        expect(modelOf(data, level3, false).blocks).toEqual(expectedBlocks(data, level3));
      }),
    );
  }, 300_000);

  it("numbering is gap-free at every level", async () => {
    const value = (ordinal: string): number => {
      const digits = /\d+/.exec(ordinal);
      if (digits) return Number(digits[0]);
      const han = /[一二三四五六七八九十]+/.exec(ordinal)![0];
      return Array.from({ length: 99 }, (_, i) => i + 1).find((n) => cn(n) === han) ?? NaN;
    };
    const LEVELS: Array<[number, RegExp]> = [
      [1, /^[一二三四五六七八九十]+、/],
      [2, /^（[一二三四五六七八九十]+）/],
      [3, /^\d+\.(?!\d)/],
      [4, /^（\d+）/],
    ];
    await holds(
      // Paragraphs start with a Han word here, so any paragraph that opens with an ordinal is a numbered topic.
      fc.property(report({ safeStarts: true }), (data) => {
        const numbered: Array<[number, number]> = [];
        for (const block of modelOf(data, "1.", false).blocks) {
          if (block.type === "heading") numbered.push([block.level, value(block.ordinal)]);
          if (block.type !== "paragraph") continue;
          const first = block.runs[0];
          const level = first.runIn ?? LEVELS.find(([, re]) => re.test(first.text))?.[0];
          if (level) numbered.push([level, value(LEVELS[level - 1][1].exec(first.text)![0])]);
        }
        const last = [0, 0, 0, 0, 0];
        for (const [level, n] of numbered) {
          expect(level === 1 || last[level - 1] > 0, `level ${level} item with no level ${level - 1} above it`).toBe(true);
          expect(n, `level ${level}: ${n} follows ${last[level]}`).toBe(last[level] + 1);
          last[level] = n;
          for (let deeper = level + 1; deeper <= 4; deeper++) last[deeper] = 0;
        }
        expect(numbered.length).toBe(numberedCount(data));
      }),
    );
  }, 300_000);
});
