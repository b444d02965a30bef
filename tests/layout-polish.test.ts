/**
 * Issue 20, point 7, measured in the page LibreOffice renders (one conversion, through
 * `report build --format docx,pdf`): table header cells never break inside a word of up to
 * four characters (the column widened, or the header font shrunk when the columns cannot
 * all be widened); the page number's dashes 7 mm below the text block (GB/T 9704 7.5: 一字线
 * 上距版心下边缘7mm); the PAGE field carries a cached number for readers that do not
 * compute fields.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { requireLibreOffice } from "./helpers/libreoffice.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const NINE = ["序号", "单位", "本年", "上年", "目标", "同比增长", "完成情况", "累计完成", "备注"];
const EIGHT = ["指标名称", "计量单位", "本年完成", "上年同期", "同比增长", "年度目标", "完成情况", "责任科室"];
const table = (header: string[]) => [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, `| ${header.map((_, i) => String(i + 1)).join(" | ")} |`].join("\n");

/** The built-in template with two more tables at the end: nine short columns, and eight four-character headers. */
function template(): string {
  const builtIn = readFileSync(join(import.meta.dirname, "../templates/report.md.hbs"), "utf8");
  return builtIn.replace("{{#each closing}}", `${table(NINE)}\n\n${table(EIGHT)}\n\n{{#each closing}}`);
}

describe("layout polish, in the rendered page", () => {
  const project = scratchProject();
  let docx: Record<string, Uint8Array>;
  let pdf = "";

  beforeAll(() => {
    requireLibreOffice();
    writeFileSync(join(project.dir, "t.hbs"), template());
    const built = runBinary(["build", "2023", "--template", "t.hbs", "--format", "docx,pdf"], { cwd: project.dir });
    expect(built.code, built.stderr).toBe(0);
    docx = unzipSync(readFileSync(join(project.dir, "out/2023.docx")));
    pdf = join(project.dir, "out/2023.pdf");
  });
  afterAll(() => project.cleanup());

  it("is schema-valid", async () => {
    expect(await docxSchemaProblems([{ label: "polish", bytes: readFileSync(join(project.dir, "out/2023.docx")) }])).toEqual([]);
  });

  it("sets every header of up to four characters on one line: metrics table, nine columns, eight four-character headers", () => {
    const words = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
    const found = new Set([...words.matchAll(/<word [^>]*>([^<]+)<\/word>/g)].map((m) => m[1]));
    for (const header of ["指标", "单位", "本年", "上年", "同比增长", "目标", "完成情况", ...NINE, ...EIGHT]) expect(found, header).toContain(header);
  });

  it("shrinks the header font only where the columns cannot all be widened", () => {
    const xml = new TextDecoder().decode(docx["word/document.xml"]);
    const sizes = [...xml.matchAll(/<w:tblHeader\/>.*?<\/w:tr>/g)].map((row) => [...new Set([...row[0].matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])))]);
    expect(sizes).toEqual([[28], [27], [21]]);
  });

  it("puts the page number's dashes 7 mm below the text block (±0.5 mm)", () => {
    // 10 pixels a millimetre; the strip from 262 mm (the text block's lower edge: 297 − 35) to 282 mm.
    const pgm = execFileSync("pdftoppm", ["-gray", "-r", "254", "-f", "1", "-l", "1", "-x", "0", "-y", "2620", "-W", "2100", "-H", "200", pdf]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.toString("latin1"))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    // The dash is the widest dark row: the stroke of "—" runs across, digits stand up.
    let best = { row: -1, dark: 0 };
    for (let y = 0; y < height; y++) {
      let dark = 0;
      for (let x = 0; x < width; x++) if (pixels[y * width + x] < 128) dark++;
      if (dark > best.dark) best = { row: y, dark };
    }
    expect(best.row / 10).toBeGreaterThan(6.5);
    expect(best.row / 10).toBeLessThan(7.5);
  });

  it("caches a page number in the PAGE field: 1 in the odd pages' footer, 2 in the even", () => {
    const cached = (part: string) => /<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>.*?<w:t[^>]*>(\d+)<\/w:t><\/w:r><w:r>.*?<w:fldChar w:fldCharType="end"\/>/.exec(new TextDecoder().decode(docx[part]))?.[1];
    expect(cached("word/footer1.xml")).toBe("1");
    expect(cached("word/footer2.xml")).toBe("2");
  });
});
