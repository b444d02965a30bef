/**
 * `report import` of a .docx that is a zip bomb, or no good Word document: refused with
 * one plain line and exit 2, before mammoth inflates anything, and never by running out
 * of memory. The bombs are built here (a few KB of deflate that inflate to tens of MB),
 * never committed; the real .docx fixtures still import as before.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Deflate, deflateSync, strFromU8, strToU8, unzipSync, Zip, ZipPassThrough, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCX_LIMITS, docxLimitProblem } from "../src/import/docx-limits.js";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";

const REAL = join(ROOT, "tests/fixtures/import/docx-libreoffice/report.docx");
const parts = unzipSync(readFileSync(REAL));
const MB = 1024 * 1024;

/** Raw deflate of `mb` MB of "A" (about 1 KB per MB), made without holding the MBs. */
function deflatedA(mb: number): Uint8Array {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => void out.push(chunk));
  const chunk = new Uint8Array(MB).fill(0x41);
  for (let i = 0; i < mb; i++) deflate.push(chunk);
  deflate.push(new Uint8Array(0), true);
  return concat(out);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) all.set(c, (at += c.length) - c.length);
  return all;
}

/** A zip entry whose deflated bytes are given, declaring whatever size it is told (it may lie). */
class Predeflated extends ZipPassThrough {
  constructor(name: string, declared: number) {
    super(name);
    this.compression = 8;
    this.size = declared;
  }
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, chunk, final);
  }
}

/** The real .docx with some parts replaced by deflated bombs. */
function docxWith(bombs: Array<{ name: string; deflated: Uint8Array; declared: number }>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [name, bytes] of Object.entries(parts)) {
    if (bombs.some((b) => b.name === name)) continue;
    const file = new Predeflated(name, bytes.length);
    zip.add(file);
    file.push(deflateSync(bytes), true);
  }
  for (const bomb of bombs) {
    const file = new Predeflated(bomb.name, bomb.declared);
    zip.add(file);
    file.push(bomb.deflated as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  return concat(out);
}

let dir: string;
let cleanup: () => void;
let a24: Uint8Array; // inflates to 24 MB: past the 20 MB a part may have
let a18: Uint8Array; // 18 MB: a part may, but three of them are past the 50 MB of the package
beforeAll(() => {
  ({ dir, cleanup } = scratchProject(false));
  a24 = deflatedA(24);
  a18 = deflatedA(18);
});
afterAll(() => cleanup());

const run = (file: string, bytes: Uint8Array, lang = "en") => {
  writeFileSync(join(dir, file), bytes);
  return runBinary(["import", file], { cwd: dir, env: { LANG: lang === "zh" ? "zh_CN.UTF-8" : "en_US.UTF-8" } });
};

describe("report import refuses a zip-bomb .docx (the built binary)", () => {
  it("a document.xml that says it inflates to 24 MB: exit 2, one line, at once", () => {
    expect(DOCX_LIMITS).toEqual({ entries: 10_000, part: 20 * MB, total: 50 * MB });
    const result = run("bomb.docx", docxWith([{ name: "word/document.xml", deflated: a24, declared: 24 * MB }]));
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe("error: cannot import bomb.docx: its part word/document.xml inflates to more than 20 MB (a zip bomb?)\n");
  });

  it("one that lies (declares 13 KB): found by inflating and counting, said in Chinese with --lang zh", () => {
    const result = run("liar.docx", docxWith([{ name: "word/document.xml", deflated: a24, declared: 13_563 }]), "zh");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("错误: 无法导入 liar.docx：其中的 word/document.xml 解压后超过 20 MB，疑似压缩炸弹\n");
  });

  it("three parts under 20 MB each but 54 MB in all, declared or lying: the whole package is too large", () => {
    const bombs = (declared: number) => ["word/media/a.png", "word/media/b.png", "word/media/c.png"].map((name) => ({ name, deflated: a18, declared }));
    for (const [file, declared] of [["honest.docx", 18 * MB], ["lying.docx", 100]] as const) {
      const result = run(file, docxWith(bombs(declared)));
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`error: cannot import ${file}: it inflates to more than 50 MB (a zip bomb?)\n`);
    }
    const zh = run("zh.docx", docxWith(bombs(100)), "zh");
    expect(zh.stderr).toBe("错误: 无法导入 zh.docx：解压后超过 50 MB，疑似压缩炸弹\n");
  });

  it("more than 10,000 entries", () => {
    const many: Record<string, Uint8Array> = { ...parts };
    for (let i = 0; i < 10_000; i++) many[`word/media/x${i}.bin`] = new Uint8Array(0);
    const result = run("many.docx", zipSync(many));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: cannot import many.docx: it holds more than 10,000 files (a zip bomb?)\n");
  });

  it("a real .docx still imports, round trip unchanged", () => {
    copyFileSync(REAL, join(dir, "real.docx"));
    const result = runBinary(["import", "real.docx", "--check"], { cwd: dir });
    expect(result.code).toBe(0);
    // The structure line is issue 18's.
    expect(result.stdout.split("\n")[0]).toBe("round trip: 100.0% of the original text comes back in order (665 of 665 characters)");
    expect(result.stdout).toMatch(/\nstructure: .* original 4\/9\/5\/0, 0; rebuilt 4\/9\/5\/0, 0\n$/);
  });
});

describe("report import of a damaged .docx: a plain line, no xmldom text (the built binary)", () => {
  const withDocument = (xml: string) => zipSync({ ...parts, "word/document.xml": strToU8(xml) });
  const original = strFromU8(parts["word/document.xml"]);

  it.each([
    ["an unclosed tag", original.replace("</w:body>", "</w:bdy>")],
    ["a truncated document", '<w:document xmlns:w="x"><w:body><w:p>&bogus;</w:p'],
    ["no XML at all", "not xml at all"],
  ])("document.xml with %s: exit 2, one line in either language", (_, xml) => {
    const en = run("damaged.docx", withDocument(xml));
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      "error: cannot read damaged.docx as a Word document: its XML is damaged (not well-formed)\n" +
        "  hint: open it in Word or WPS and save it again as .docx (without a password)\n",
    );
    const zh = run("damaged.docx", withDocument(xml), "zh");
    expect(zh.code).toBe(2);
    expect(zh.stderr.split("\n")[0]).toBe("错误: 无法按 Word 文档读取 damaged.docx：其中的 XML 内容已损坏（格式不正确）");
    expect(en.stderr + zh.stderr).not.toMatch(/xmldom|@#\[|undefined|at .*\.c?js:\d+/);
  });

  it("no word/document.xml, or no zip at all", () => {
    const { "word/document.xml": _, ...rest } = parts;
    expect(run("nodoc.docx", zipSync(rest)).stderr).toMatch(/^error: cannot read nodoc\.docx as a Word document: it has no main document part \(word\/document\.xml\)\n/);
    expect(run("text.docx", strToU8("just text")).stderr).toMatch(/^error: cannot read text\.docx as a Word document: it is not a \.docx \(zip\) file, or it is damaged\n/);
  });
});

describe("docxLimitProblem (small limits, in-process)", () => {
  const limits = { entries: 12, part: 10_000, total: 25_000 };
  const a = (n: number) => new Uint8Array(n).fill(0x41);
  /** A zip with these parts deflated, each declaring `declare(real size)`. */
  const zipOf = (files: Record<string, number>, declare = (size: number) => size) => {
    const out: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => void (error ? expect.fail(String(error)) : out.push(chunk)));
    for (const [name, size] of Object.entries(files)) {
      const deflated: Uint8Array[] = [];
      const deflate = new Deflate((chunk) => void deflated.push(chunk));
      deflate.push(a(size), true);
      const file = new Predeflated(name, declare(size));
      zip.add(file);
      file.push(concat(deflated) as Uint8Array<ArrayBuffer>, true);
    }
    zip.end();
    return concat(out);
  };

  it("lets real documents through", () => {
    expect(docxLimitProblem(readFileSync(REAL))).toBeUndefined();
    expect(docxLimitProblem(zipOf({ "word/document.xml": 9_000, "word/styles.xml": 9_000 }), limits)).toBeUndefined();
  });

  it("refuses by the declared sizes, and by the inflated sizes when the declared ones lie", () => {
    const part = { code: "part-too-large", part: "word/document.xml", limit: 10_000 };
    expect(docxLimitProblem(zipOf({ "word/document.xml": 10_001 }), limits)).toEqual(part);
    expect(docxLimitProblem(zipOf({ "word/document.xml": 10_001 }, () => 10), limits)).toEqual(part);
    const three = { "a.xml": 9_000, "b.xml": 9_000, "c.xml": 9_000 };
    expect(docxLimitProblem(zipOf(three), limits)).toEqual({ code: "too-large", limit: 25_000 });
    expect(docxLimitProblem(zipOf(three, () => 0), limits)).toEqual({ code: "too-large", limit: 25_000 });
  });

  it("counts stored entries by their bytes, and too many entries", () => {
    expect(docxLimitProblem(zipSync({ "word/document.xml": [a(10_001), { level: 0 }] }), limits)).toMatchObject({ code: "part-too-large" });
    const files = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`f${i}.xml`, a(1)]));
    expect(docxLimitProblem(zipSync(files), limits)).toEqual({ code: "too-many-entries", limit: 12 });
  });

  it("finds the entries where JSZip does: bytes before the archive shift every offset", () => {
    const bomb = zipOf({ "word/document.xml": 10_001 }, () => 10);
    const stub = new Uint8Array(5_000).fill(0x20);
    expect(docxLimitProblem(concat([stub, bomb]), limits)).toMatchObject({ code: "part-too-large" });
  });

  it("leaves what is no zip to mammoth, which says why", () => {
    expect(docxLimitProblem(strToU8("not a zip"))).toBeUndefined();
    expect(docxLimitProblem(new Uint8Array(0))).toBeUndefined();
    const bomb = zipOf({ "word/document.xml": 10_001 });
    expect(docxLimitProblem(bomb.subarray(0, bomb.length - 30), limits)).toBeUndefined(); // end record cut off
  });

  it("shows a part's name on one line", () => {
    expect(docxLimitProblem(zipOf({ "word/doc\nument\u001b[31m.xml": 10_001 }), limits)).toMatchObject({ part: "word/doc?ument?[31m.xml" });
  });
});
