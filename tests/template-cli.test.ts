/** A user's own template (--template) gets the helpers; its mistakes name the template file. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, runInProcess, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => cleanup());

const build = (args: string[]) => runInProcess(["build", "2022", ...args], { cwd: dir });

/** Every .docx read here, validated against the ECMA-376 schemas in one run at the end. */
const built: { label: string; bytes: Uint8Array }[] = [];
afterAll(async () => expect(await docxSchemaProblems(built)).toEqual([]));

/** The built .docx's parts. */
function builtParts(): Record<string, Uint8Array> {
  const bytes = readFileSync(join(dir, "out/2022.docx"));
  built.push({ label: `${expect.getState().currentTestName}: out/2022.docx`, bytes });
  return unzipSync(bytes);
}

/** The built .docx's document.xml and the text of its runs. */
function builtDocument(): { xml: string; text: string } {
  const xml = strFromU8(builtParts()["word/document.xml"]);
  return { xml, text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("") };
}

describe("--template", () => {
  it("renders with the user's template and our helpers", async () => {
    writeFileSync(
      join(dir, "short.md.hbs"),
      [
        "# {{organization}}{{year}}年工作要点",
        "",
        "## {{ordinal 1 1}}{{cnNumber 12}}项重点（{{cnDate date}}）",
        "",
        "{{#each summary.items}}",
        "### {{ordinal 2 (add @index 1)}}{{title}}",
        "",
        "{{/each}}",
        "{{targets plan.targets}}",
        "",
      ].join("\n"),
    );
    const result = await build(["--template", "short.md.hbs", "--format", "md"]);
    expect(result.code, result.stderr).toBe(0);
    const md = readFileSync(join(dir, "out/2022.md"), "utf8");
    expect(md).toContain("# 云溪县科学技术局2022年工作要点");
    expect(md).toContain("## 一、十二项重点（2022年12月28日）");
    expect(md).toContain("### （四）加强知识产权保护");
    expect(md).toContain("全社会研发经费支出达到2.5亿元；高新技术企业总数达到45家；");
  });

  it("decodes HTML entities a template writes, in the built binary too", async () => {
    writeFileSync(join(dir, "entities.md.hbs"), "# {{organization}}\n\n版权&copy;所有 &amp; 中&#x6587;&#25991; &lt;注&gt;&nbsp;完\n");
    for (const run of [runInProcess, runBinary]) {
      const result = await run(["build", "2022", "--template", "entities.md.hbs"], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(builtDocument().text).toContain("版权©所有 &amp; 中文文 &lt;注&gt;\u00a0完");
    }
  });

  it("keeps web addresses and e-mail addresses as plain text, in the built binary too (linkify is off)", async () => {
    writeFileSync(join(dir, "links.md.hbs"), "# {{organization}}\n\n详见www.example.gov.cn、https://kjj.example.cn/a?b=1 或来信 office@example.cn。\n");
    for (const run of [runInProcess, runBinary]) {
      const result = await run(["build", "2022", "--template", "links.md.hbs"], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      const { xml, text } = builtDocument();
      expect(text).toContain("详见www.example.gov.cn、https://kjj.example.cn/a?b=1 或来信 office@example.cn。");
      expect(xml).not.toContain("w:hyperlink");
    }
  });

  it("lets a partials/ folder beside the template override a built-in partial", async () => {
    mkdirSync(join(dir, "tpl/partials"), { recursive: true });
    writeFileSync(join(dir, "tpl/report.md.hbs"), readFileSync(join(import.meta.dirname, "../templates/report.md.hbs")));
    writeFileSync(join(dir, "tpl/partials/signature.md.hbs"), "<!-- signature -->\n\n{{organization}}（盖章）\n");
    expect((await build(["--template", "tpl/report.md.hbs", "--format", "md"])).code).toBe(0);
    expect(readFileSync(join(dir, "out/2022.md"), "utf8")).toMatch(/云溪县科学技术局（盖章）\n$/);
  });

  it.each([
    ["{{#if year}}\n{{/each}}\n", "template/syntax", "bad.md.hbs:1:4"],
    ["# x\n{{title}\n", "template/syntax", "bad.md.hbs:2:1"],
    ["# x\n\n{{shout title}}\n", "template/unknown-helper", "bad.md.hbs:3:1"],
    ["# x\n\n  {{summary.headng}}\n", "template/missing-field", "bad.md.hbs:3:5"],
    ["# x\n\n{{cnNumber organization}}\n", "template/helper", "bad.md.hbs:3:1"],
    ["# x\n\n{{ordinal 5 1}}\n", "template/helper", "bad.md.hbs:3:1"],
    ["# x\n\n{{add year title}}\n", "template/helper", "bad.md.hbs:3:1"],
  ])("reports a template mistake with the template's file:line:column (%#)", async (source, code, where) => {
    writeFileSync(join(dir, "bad.md.hbs"), source);
    const result = await build(["--template", "bad.md.hbs"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(where);
    expect(result.stderr).toContain(`[${code}]`);
  });

  it("a missing template file is an I/O error", async () => {
    const result = await build(["--template", "nope.md.hbs"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot read nope.md.hbs: no such file");
  });
});

describe("report.config.yaml fonts", () => {
  it("fonts: plain names 仿宋/楷体/宋体 in the Word file", async () => {
    writeFileSync(join(dir, "report.config.yaml"), "fonts: plain\n");
    expect((await build(["--format", "docx"])).code).toBe(0);
    const files = builtParts();
    const styles = strFromU8(files["word/styles.xml"]);
    const doc = strFromU8(files["word/document.xml"]);
    expect(doc).toContain('w:eastAsia="仿宋"');
    expect(doc).toContain('w:eastAsia="楷体"');
    expect(doc).not.toContain("GB2312");
    expect(styles).not.toContain("GB2312");
  });

  it("an invalid config is reported with its position: exit 1", async () => {
    writeFileSync(join(dir, "report.config.yaml"), "fonts: fancy\n");
    const result = await build([]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("report.config.yaml:1:8");
  });
});
