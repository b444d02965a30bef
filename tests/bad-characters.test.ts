/**
 * Bad characters (issue 7, item 2): control characters, U+FFFE/U+FFFF and lone surrogates
 * in the data are refused by `report build` with their file:line:column (rule
 * rule/control-character), and nothing is written. Each character is fed raw (as a byte
 * sequence in the file, where YAML allows it) and as a YAML escape, in several places.
 * Behind that, the Word writer itself never lets one into the XML (defence in depth).
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FONT_PRESETS } from "../src/core/fonts.js";
import type { Document } from "../src/document/model.js";
import { writeDocx } from "../src/writers/docx/index.js";
import { runInProcess, scratchProject } from "./helpers/cli.js";
import { checkDocxPackage } from "./helpers/ooxml-check.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject(false)));
afterEach(() => cleanup());

/** The characters, with the YAML double-quoted escape that writes each. */
const BAD: Array<[name: string, char: string, escape: string]> = [
  ["NUL", "\u0000", "\\0"],
  ["U+0001", "\u0001", "\\x01"],
  ["BEL", "\u0007", "\\a"],
  ["backspace", "\u0008", "\\b"],
  ["vertical tab", "\u000b", "\\v"],
  ["form feed", "\u000c", "\\f"],
  ["ESC", "\u001b", "\\e"],
  ["DEL", "\u007f", "\\x7F"],
  ["NEL (C1)", "\u0085", "\\N"],
  ["U+009F (C1)", "\u009f", "\\x9F"],
  ["U+FFFE", "\ufffe", "\\uFFFE"],
  ["U+FFFF", "\uffff", "\\uFFFF"],
  ["lone high surrogate", "\ud800", "\\uD800"],
  ["lone low surrogate", "\udfff", "\\uDFFF"],
];

/** A valid report; `slot` is replaced by a double-quoted YAML string holding the bad text. */
const TEMPLATE = [
  "year: 2023",
  "organization: 示例县科技局",
  "summary:",
  "  items:",
  "    - title: SLOT_TITLE",
  "      body: SLOT_BODY",
  "      points: [SLOT_POINT]",
  "problems:",
  "  items:",
  "    - title: 基础薄弱",
  "plan:",
  "  items:",
  "    - title: 加强创新",
  "",
].join("\n");

const PLACES = ["SLOT_TITLE", "SLOT_BODY", "SLOT_POINT"] as const;

/** The file text with the bad text at `place` (others filled with plain text), and where it sits. */
function fixture(place: (typeof PLACES)[number], value: string): { text: string; line: number; column: number } {
  let text = TEMPLATE;
  for (const p of PLACES) text = text.replace(p, p === place ? value : "正文");
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes(value)) + 1;
  return { text, line, column: lines[line - 1].indexOf(value) + 1 };
}

async function build() {
  return runInProcess(["build", "2023", "--data", "bad.yaml"], { cwd: dir });
}

describe("bad characters in the data: build refuses them with their position, writes nothing", () => {
  for (const [name, char, escape] of BAD) {
    for (const place of PLACES) {
      it(`${name} as the escape "${escape}" in ${place.slice(5).toLowerCase()}`, async () => {
        // The escape sits 4 characters into the quoted string: "推进 + escape.
        const quoted = `"推进${escape}工作"`;
        const { text, line, column } = fixture(place, quoted);
        writeFileSync(join(dir, "bad.yaml"), text);
        const result = await build();
        expect(result.code).toBe(1);
        const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
        expect(result.stderr).toContain(`bad.yaml:${line}:${column + 3} error control character U+${code}`);
        expect(result.stderr).toContain("[rule/control-character]");
        expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
        expect(existsSync(join(dir, "out"))).toBe(false);
      });
    }
  }

  // Written raw into the file. YAML itself refuses most C0 controls (a syntax error with
  // its position); whichever check catches it, the build stops with exit 1 and a position.
  for (const [name, char] of BAD.filter(([, c]) => !/[\ud800-\udfff]/.test(c))) {
    it(`${name} written raw into a body`, async () => {
      const { text, line } = fixture("SLOT_BODY", `推进${char}工作`);
      writeFileSync(join(dir, "bad.yaml"), text);
      const result = await build();
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`bad\\.yaml:${line}:\\d+ error `));
      expect(existsSync(join(dir, "out"))).toBe(false);
    });
  }
});

describe("the Word writer never writes them into the XML", () => {
  it("drops every one of them from titles, headings, paragraphs, tables and the signature", async () => {
    const bad = BAD.map(([, c]) => c).join("");
    const doc: Document = {
      blocks: [
        { type: "title", text: `标题${bad}` },
        { type: "heading", level: 1, ordinal: "一、", text: `标题${bad}` },
        { type: "paragraph", runs: [{ text: `正文${bad}` }, { text: `加粗${bad}`, bold: true }, { text: `（一）${bad}`, runIn: 2 }] },
        { type: "table", header: [`列${bad}`], rows: [[`格${bad}`]], align: [null] },
        { type: "signature", organization: `单位${bad}`, date: "2023年12月27日" },
      ],
      date: "2023-12-27",
    };
    const bytes = await writeDocx(doc, { fonts: FONT_PRESETS.official });
    const { problems, parts } = checkDocxPackage(bytes);
    expect(problems).toEqual([]);
    expect(await docxSchemaProblems([{ label: "bad characters", bytes }])).toEqual([]);
    expect(parts["word/document.xml"]).toContain("正文");
  });
});
