/**
 * Issue 20, point 1: every text a template prints reaches both outputs, in order — also
 * what it prints after the signature (抄送, 附注 such as （此件公开发布）, a second
 * signature, attachments), and the 附件说明 and attachment markers anywhere. A property over generated templates (in process: the writers
 * are what is under test), and one house-style template through the built binary.
 */
import fc from "fast-check";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import { validateSource } from "../src/core/validate.js";
import { parseMarkdown } from "../src/document/parse-markdown.js";
import { renderReport } from "../src/index.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { writeDocx } from "../src/writers/docx/index.js";
import { writeMarkdown } from "../src/writers/markdown.js";
import { holds } from "./helpers/arbitraries.js";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const squash = (text: string) => text.replace(/\s+/g, "");

/** The text of a .docx's body, run after run (w:t only: breaks and tabs are layout). */
export function docxText(bytes: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  return texts.join("").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Each piece found in `text` after the one before it. */
function inOrder(text: string, pieces: string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const piece of pieces.map(squash)) {
    const found = text.indexOf(piece, at);
    if (found < 0) missing.push(piece);
    else at = found + piece.length;
  }
  return missing;
}

/** Text with nothing Markdown would read as syntax; it starts with a Han character so no line start means a list or heading. */
const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp)), minLength: 1, maxLength: 6 });
const word = fc.oneof(han, fc.constantFrom("，", "。", "；", "：", "“", "”", "（", "）", "、", "——"), fc.stringMatching(/^[A-Za-z0-9]{1,6}$/));
const text = fc.tuple(han, fc.array(word, { maxLength: 6 })).map(([h, rest]) => h + rest.join(""));
const date = fc.tuple(fc.integer({ min: 1949, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`);

/** One Markdown block a template may print, with the texts it holds. */
const block: fc.Arbitrary<{ markdown: string; texts: string[] }> = fc.oneof(
  text.map((t) => ({ markdown: t, texts: [t] })),
  fc.tuple(fc.integer({ min: 1, max: 5 }), text).map(([n, t]) => ({ markdown: `${"#".repeat(n)} ${t}`, texts: [t] })),
  fc.tuple(text, text).map(([a, b]) => ({ markdown: `**（一）${a}。**${b}`, texts: [`（一）${a}。`, b] })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((items) => ({ markdown: items.map((t) => `- ${t}`).join("\n"), texts: items })),
  text.map((t) => ({ markdown: `> ${t}`, texts: [t] })),
  fc.tuple(text, text, text, text).map(([a, b, c, d]) => ({ markdown: `| ${a} | ${b} |\n| --- | --- |\n| ${c} | ${d} |`, texts: [a, b, c, d] })),
  text.map((t) => ({ markdown: `（${t}）`, texts: [`（${t}）`] })),
  text.map((t) => ({ markdown: `抄送：${t}`, texts: [`抄送：${t}`] })),
  // Paragraphs a marker before them could take for its own: a date, a "3.…" line.
  date.map((d) => ({ markdown: d, texts: [d] })),
  text.map((t) => ({ markdown: `3.${t}`, texts: [`3.${t}`] })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((names) => {
    const lines = names.map((name, i) => (i === 0 ? "附件：" : "") + (names.length > 1 ? `${i + 1}.` : "") + name);
    return { markdown: ["<!-- attachment-note -->", ...lines].join("\n\n"), texts: lines };
  }),
  fc.tuple(fc.integer({ min: 1, max: 9 }), text).map(([n, title]) => ({ markdown: `<!-- attachment -->\n\n附件${n}\n\n# ${title}`, texts: [`附件${n}`, title] })),
  fc.tuple(text, fc.option(date, { nil: undefined })).map(([org, d]) => ({
    markdown: ["<!-- signature -->", org, ...(d ? [d] : [])].join("\n\n"),
    texts: [org, ...(d ? [d] : [])],
  })),
);

const DATA = `year: 2023\norganization: 示例局\nsummary: {}\nproblems: {}\nplan: {}\n`;
const report = validateSource({ file: "d.yaml", text: DATA }, "en").report!;
const builtIn = readTemplateSet();
const settings = settingsFrom();

/** Generated .docx files, validated against the ECMA-376 schemas once at the end. */
const packages: { label: string; bytes: Uint8Array }[] = [];
afterAll(async () => expect(await docxSchemaProblems(packages)).toEqual([]));

describe("every text a template prints reaches both outputs", () => {
  it("property: generated templates, signatures anywhere, text after them", async () => {
    await holds(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 12 }), async (blocks) => {
        const templates = { ...builtIn, main: { file: "t.hbs", text: blocks.map((b) => b.markdown).join("\n\n") + "\n" } };
        const rendered = renderReport(report, templates, settings, "en");
        expect(rendered.diagnostics).toEqual([]);
        const texts = blocks.flatMap((b) => b.texts);
        const markdown = writeMarkdown(rendered.document!);
        expect(inOrder(squash(markdown), texts)).toEqual([]);
        // And the Markdown output reads back as the same model (markers keep to their own paragraphs).
        expect(parseMarkdown(markdown).blocks).toEqual(rendered.document!.blocks);
        const docx = await writeDocx(rendered.document!, { fonts: settings.fonts });
        if (packages.length < 20) packages.push({ label: `generated ${packages.length + 1}`, bytes: docx });
        expect(inOrder(squash(docxText(docx)), texts)).toEqual([]);
      }),
      0.5,
    );
  }, 120_000);

  it("a 抄送 line and a 附注 after the built-in signature, through the binary", () => {
    const project = scratchProject();
    try {
      const dir = join(project.dir, "tpl");
      mkdirSync(join(dir, "partials"), { recursive: true });
      const main = readFileSync(join(import.meta.dirname, "../templates/report.md.hbs"), "utf8").replace(
        "{{> signature signature}}",
        "{{> signature signature}}\n（此件公开发布）\n\n抄送：市科技局，县政府办公室。\n",
      );
      writeFileSync(join(dir, "house.md.hbs"), main);
      const built = runBinary(["build", "2023", "--template", "tpl/house.md.hbs"], { cwd: project.dir });
      expect(built.code, built.stderr).toBe(0);
      const md = readFileSync(join(project.dir, "out/2023.md"), "utf8");
      expect(md).toMatch(/2023年12月27日\n\n（此件公开发布）\n\n抄送：市科技局，县政府办公室。\n$/);
      const docx = readFileSync(join(project.dir, "out/2023.docx"));
      packages.push({ label: "house 2023.docx", bytes: docx });
      expect(docxText(docx)).toMatch(/2023年12月27日（此件公开发布）抄送：市科技局，县政府办公室。$/);
    } finally {
      project.cleanup();
    }
  });
});
