/**
 * The real-reader check (issue 7, item 5): a corpus — the two sample years, a generated
 * large report and odd ones — is built with `report build`, converted to PDF by
 * LibreOffice headless, and the PDF must come out without error, with a page count the
 * text length makes plausible, and with all of the text (pdftotext, compared ignoring
 * whitespace and line breaks). Runs in CI (.ci/run installs LibreOffice).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Report, Topic } from "../src/core/schema.js";
import type { Block } from "../src/document/model.js";
import { parseMarkdown } from "../src/document/parse-markdown.js";
import { toYaml } from "./helpers/arbitraries.js";
import { ROOT, runInProcess, scratchProject } from "./helpers/cli.js";
import { pdfPageCount, pdfPages, requireLibreOffice } from "./helpers/libreoffice.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const sample = (year: number) => parse(readFileSync(join(ROOT, `data/${year}.yaml`), "utf8")) as Report;

/** Topics without ids, so that copies of them can sit side by side. */
const withoutIds = (topics: Topic[] = []): Topic[] => topics.map(({ id: _id, items, ...rest }) => ({ ...rest, ...(items ? { items: withoutIds(items) } : {}) }));

function large(): Report {
  const base = sample(2023);
  const times = <T,>(list: T[], n: number) => Array.from({ length: n }, () => list).flat();
  return { ...base, summary: { ...base.summary, items: times(withoutIds(base.summary.items), 50) }, problems: { items: times(withoutIds(base.problems.items), 20) } };
}

/** Three levels of topics below every part: （一） → 1. → （1）, each with a body. */
function nested(prefix: string, level = 2): Topic[] {
  return [1, 2].map((n) => ({
    title: `${prefix}第${level}级事项${n}`,
    body: `${prefix}第${level}级事项${n}的正文，说明具体做法和取得的成效。`,
    ...(level < 4 ? { items: nested(`${prefix}${n}`, level + 1) } : {}),
  }));
}

const CORPUS: Array<[name: string, data: () => Report]> = [
  ["sample 2022", () => sample(2022)],
  ["sample 2023", () => sample(2023)],
  ["large: 50× the sample's summary topics, 20× its problems", large],
  ["required parts only, one topic", () => ({ year: 2023, organization: "示例局", summary: { items: [{ body: "全年工作平稳有序。" }] }, problems: {}, plan: {} })],
  [
    "a very long title",
    () => ({ ...sample(2022), title: `${"云溪县科学技术局关于深入实施创新驱动发展战略推进科技创新体系建设".repeat(4)}2022年工作总结及2023年工作计划` }),
  ],
  [
    "four-level nesting in every part",
    () => ({
      year: 2023,
      organization: "示例县科技局",
      summary: { items: nested("总结") },
      highlights: { items: nested("亮点") },
      problems: { items: nested("问题") },
      outlook: { items: nested("形势") },
      plan: { targets: [{ text: "研发投入增长10%" }], items: nested("计划", 3) },
    }),
  ],
  [
    "emoji, CJK extension B, RTL and combining marks",
    () => ({
      year: 2023,
      organization: "示例局🏛",
      title: "𠀀𠮷𪚥 年度总结 😀 Ünïcödé مرحبا",
      intro: "今年🎉工作顺利，引进人才👩‍🔬12名；“𠮷野家”项目落地。Café naïve résumé e\u0301. שלום עולם and مرحبا بالعالم side by side.",
      summary: { items: [{ title: "数字化👍🏽转型", body: ["完成🇨🇳国产化替代项目3个。", "ﬁ ligature, ① circled, ㊿ fifty."] }] },
      problems: { items: [{ title: "短板🤔", body: "基础仍薄弱。" }] },
      plan: { items: [{ title: "明年🚀计划", points: ["一要😀", "二要𠀀"] }] },
    }),
  ],
];

/**
 * Characters no installed font has (fontconfig): LibreOffice may draw them as an empty box
 * and pdftotext may give them back or not, so they are left out of the comparison on
 * both sides. (They are in the .docx, which the property tests check; an office with
 * the font sees them.) CJK, ASCII and full-width forms are always covered by the fonts CI installs.
 */
const uncovered = new Map<string, boolean>();
function noFont(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80 || (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef)) return false;
  if (!uncovered.has(ch)) uncovered.set(ch, execFileSync("fc-list", [`:charset=${cp.toString(16)}`, "family"], { encoding: "utf8" }).trim() === "");
  return uncovered.get(ch)!;
}

/**
 * Text as compared: NFKC (pdftotext composes "e\u0301" and splits "ﬁ"), no whitespace, no
 * invisible format characters (pdftotext adds bidi embeddings around RTL text and
 * repeats zero-width joiners), no characters without a font.
 */
const squash = (text: string) =>
  Array.from(text.normalize("NFKC").replace(/[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f]+/g, ""))
    .filter((ch) => !noFont(ch))
    .join("");
/** The text of the pages without the page numbers ("— 3 —"). */
const bodyText = (pages: string[]) => squash(pages.map((p) => p.replace(/^\s*—\s*\d+\s*—\s*$/gm, "")).join(""));

function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === "title") return [b.text];
    if (b.type === "heading") return [b.ordinal + b.text];
    if (b.type === "paragraph") return [b.runs.map((r) => r.text).join("")];
    if (b.type === "table") return [b.caption ?? "", ...b.header, ...b.rows.flat()];
    if (b.type === "signature") return [b.organization, b.date ?? ""];
    return b.type === "attachmentNote" ? b.lines : [b.label];
  });
}

/** Lines the text needs at 28 full-width characters a line (Latin letters and digits count half). */
function linesNeeded(blocks: Block[]): number {
  const width = (t: string) => Array.from(t).reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
  return blockTexts(blocks).reduce((lines, t) => lines + Math.max(1, Math.ceil((width(t) + 2) / 28)), 0);
}

/** One LibreOffice run for the whole corpus, with a profile of its own. */
function convertAll(dir: string, files: string[]): void {
  const profile = pathToFileURL(join(dir, "profile")).href;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", join(dir, "pdf"), ...files], {
    stdio: "pipe",
    timeout: 600_000,
  });
}

describe("the corpus through LibreOffice", () => {
  let project: ReturnType<typeof scratchProject>;
  const built = new Map<string, { blocks: Block[]; pdf: string }>();
  const packages: { label: string; bytes: Uint8Array }[] = [];

  beforeAll(async () => {
    requireLibreOffice();
    project = scratchProject(false);
    mkdirSync(join(project.dir, "data"));
    const docx: string[] = [];
    for (const [i, [name, data]] of CORPUS.entries()) {
      const report = data();
      writeFileSync(join(project.dir, `data/${i}.yaml`), toYaml(report));
      const result = await runInProcess(["build", String(report.year), "--data", `data/${i}.yaml`, "--out-dir", `out/${i}`], { cwd: project.dir });
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
      const blocks = parseMarkdown(readFileSync(join(project.dir, `out/${i}/${report.year}.md`), "utf8")).blocks;
      const file = join(project.dir, `out/${i}/case-${i}.docx`);
      const bytes = readFileSync(join(project.dir, `out/${i}/${report.year}.docx`));
      writeFileSync(file, bytes);
      docx.push(file);
      packages.push({ label: name, bytes });
      built.set(name, { blocks, pdf: join(project.dir, `pdf/case-${i}.pdf`) });
    }
    convertAll(project.dir, docx);
  }, 900_000);
  afterAll(() => project?.cleanup());

  it("every case's .docx is valid against the ECMA-376 schemas", async () => {
    expect(await docxSchemaProblems(packages)).toEqual([]);
  });

  for (const [name] of CORPUS) {
    describe(name, () => {
      it("converts, with a page count its text length makes plausible", () => {
        const { blocks, pdf } = built.get(name)!;
        const pages = pdfPageCount(pdf);
        const estimate = linesNeeded(blocks) / 22; // 22 lines a page
        expect(pages).toBeGreaterThanOrEqual(Math.max(1, Math.floor(estimate * 0.6)));
        expect(pages).toBeLessThanOrEqual(Math.ceil(estimate * 1.6) + 1);
        expect(pdfPages(pdf).length).toBe(pages);
      });

      it("holds all the text, in order", () => {
        const { blocks, pdf } = built.get(name)!;
        const text = bodyText(pdfPages(pdf));
        let at = 0;
        for (const piece of blockTexts(blocks).map(squash).filter(Boolean)) {
          const found = text.indexOf(piece, at);
          expect(found, `"${piece.slice(0, 40)}" missing from the PDF after offset ${at}`).toBeGreaterThanOrEqual(0);
          at = found + piece.length;
        }
      });
    });
  }
});
