/**
 * Everything that reaches the Word file's XML is cleaned at one boundary (the writer's
 * escapeText/escapeAttr): a control character, a noncharacter or a lone surrogate in a
 * config value such as a font name cannot make a part ill-formed. And the config check
 * refuses such a font name before any build, with its file:line:column.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FONT_PRESETS, type FontSet } from "../src/core/fonts.js";
import type { Document } from "../src/document/model.js";
import { writeDocx } from "../src/writers/docx/index.js";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { checkDocxPackage } from "./helpers/ooxml-check.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

/** Every C0 and C1 control, DEL, the noncharacters U+FFFE/U+FFFF and U+FDD0, and lone surrogates of both halves. */
const BAD: string[] = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  "\uFFFE",
  "\uFFFF",
  "\uFDD0",
  "\uD800",
  "\uDFFF",
];

const DOC: Document = {
  blocks: [
    { type: "title", text: "示例县2023年工作总结" },
    { type: "heading", level: 1, ordinal: "一、", text: "工作开展情况" },
    { type: "paragraph", runs: [{ text: "正文。" }] },
  ],
};

describe("config values at the XML boundary", () => {
  const fields = Object.keys(FONT_PRESETS.official) as Array<keyof FontSet>;
  it(`every bad character in each of the ${fields.length} font fields still gives well-formed, schema-valid parts`, async () => {
    const problems: string[] = [];
    const built: { label: string; bytes: Uint8Array }[] = [];
    for (const field of fields) {
      if (typeof FONT_PRESETS.official[field] !== "string") continue;
      for (const bad of BAD) {
        const fonts = { ...FONT_PRESETS.official, [field]: `仿宋${bad}体` };
        const label = `${field} U+${bad.charCodeAt(0).toString(16)}`;
        const bytes = await writeDocx(DOC, { fonts });
        problems.push(...checkDocxPackage(bytes).problems.map((p) => `${label}: ${p}`));
        built.push({ label, bytes });
      }
    }
    expect(problems).toEqual([]);
    expect(await docxSchemaProblems(built)).toEqual([]);
  });
});

describe("report.config.yaml with a control character in a font name", () => {
  const project = scratchProject();
  afterAll(project.cleanup);
  it.each([["\\u0001"], ["\\0"], ["\\u001b[2J"]])("%s: exit 1, located, nothing built", (escape) => {
    writeFileSync(join(project.dir, "report.config.yaml"), `fonts:\n  body: "仿宋${escape}"\n`);
    const result = runBinary(["build", "2023"], { cwd: project.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^report\.config\.yaml:2:9 error .*control character \[schema\/control-character\]/m);
    expect(result.stdout).toBe("");
  });
});
