/**
 * Issue 20, points 3 and 4 through the built binary: `attachments:` → the 附件说明 before
 * the signature and a page per attachment with a body after it (GB/T 9704 7.3.4, 7.4), in
 * both outputs; `extra:` passed to a template as written, and type-checked.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => (project = scratchProject()));
afterEach(() => project.cleanup());

const packages: { label: string; bytes: Uint8Array }[] = [];
afterAll(async () => expect(await docxSchemaProblems(packages)).toEqual([]));

function buildWith(yaml: string, ...args: string[]) {
  const data = join(project.dir, "data/2023.yaml");
  writeFileSync(data, readFileSync(data, "utf8") + yaml);
  return runBinary(["build", "2023", ...args], { cwd: project.dir });
}
const out = (name: string) => readFileSync(join(project.dir, "out", name));
const documentXml = (docx: Uint8Array) => new TextDecoder().decode(unzipSync(docx)["word/document.xml"]);

const THREE = `attachments:
  - title: 2023年科技项目立项清单
    body: [县级科技计划项目共立项28项。, 省级科技计划项目立项5项。]
  - { title: 科技特派员名单, file: 名单.xlsx }
  - { title: 2024年科技工作要点, body: 突出企业创新主体地位。 }
`;

describe("attachments", () => {
  it("three: 附件说明 numbered before the signature; attachments 1 and 3 on pages of their own after it", () => {
    const built = buildWith(THREE);
    expect(built.code, built.stderr).toBe(0);
    const md = out("2023.md").toString();
    const note = "<!-- attachment-note -->\n\n附件：1.2023年科技项目立项清单\n\n2.科技特派员名单\n\n3.2024年科技工作要点\n\n<!-- signature -->";
    expect(md).toContain(note);
    expect(md).toMatch(/2023年12月27日\n\n<!-- attachment -->\n\n附件1\n\n# 2023年科技项目立项清单\n\n县级科技计划项目共立项28项。\n\n省级科技计划项目立项5项。\n\n<!-- attachment -->\n\n附件3\n\n# 2024年科技工作要点\n\n突出企业创新主体地位。\n$/);
    const docx = out("2023.docx");
    packages.push({ label: "three attachments", bytes: docx });
    const xml = documentXml(docx);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    // 附件说明: the first line two characters in (left − hanging = 640), later lines under the first line's number.
    const indents = [...xml.matchAll(/<w:ind w:left="(\d+)" w:right="0" w:hanging="(\d+)" w:hangingChars="\d+"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(indents).toHaveLength(3);
    expect(indents[0][0] - indents[0][1]).toBe(640);
    expect(indents[1][0] - indents[1][1]).toBe(indents[0][0] - indents[0][1] + 945);
    // The label in 黑体, and the order: note, signature, label, title.
    const label = xml.indexOf(">附件1<");
    expect(xml.slice(xml.lastIndexOf("<w:p>", label), label)).toContain('w:ascii="黑体" w:hAnsi="黑体"');
    expect(xml.slice(xml.lastIndexOf("<w:p>", label), label)).toContain('w:eastAsia="黑体"');
    expect(xml.indexOf("附件：")).toBeLessThan(xml.indexOf("2023年12月27日"));
    expect(xml.indexOf("2023年12月27日")).toBeLessThan(label);
  });

  it("one: 附件：… and 附件, no numbers; without a body, no page", () => {
    const built = buildWith("attachments:\n  - { title: 项目清单, body: 正文。 }\n");
    expect(built.code, built.stderr).toBe(0);
    const md = out("2023.md").toString();
    expect(md).toContain("<!-- attachment-note -->\n\n附件：项目清单\n\n<!-- signature -->");
    expect(md).toContain("<!-- attachment -->\n\n附件\n\n# 项目清单\n\n正文。\n");
    packages.push({ label: "one attachment", bytes: out("2023.docx") });
  });

  it("a mistake in an attachment is located (unknown key, empty title)", () => {
    const built = buildWith("attachments:\n  - { title: '', boddy: x }\n");
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/2023\.yaml:\d+:\d+ error must not be empty/);
    expect(built.stderr).toMatch(/2023\.yaml:\d+:\d+ error unknown key "boddy"/);
  });
});

describe("extra: a bureau's own fields", () => {
  it("reach a template as written (text escaped like all data); the built-in template ignores them", () => {
    const yaml = "extra:\n  docNumber: 云科〔2023〕18号\n  pages: 4\n  cc: [市科技局, 县政府办]\n";
    const plain = buildWith(yaml);
    expect(plain.code, plain.stderr).toBe(0);
    expect(out("2023.md").toString()).not.toContain("云科");
    writeFileSync(join(project.dir, "t.hbs"), "# {{organization}}\n\n{{extra.docNumber}} 共{{extra.pages}}页\n\n抄送：{{#each extra.cc}}{{this}}；{{/each}}\n");
    const own = runBinary(["build", "2023", "--template", "t.hbs", "--format", "md"], { cwd: project.dir });
    expect(own.code, own.stderr).toBe(0);
    expect(out("2023.md").toString()).toBe("# 云溪县科学技术局\n\n云科〔2023〕18号 共4页\n\n抄送：市科技局；县政府办；\n");
  });

  it("a mapping inside extra, or a key a template cannot name, is a located error", () => {
    const built = buildWith("extra:\n  cc: { a: 1 }\n  bad-key: x\n");
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/2023\.yaml:\d+:7 error expected string or number or array, got object/);
    expect(built.stderr).toMatch(/2023\.yaml:\d+:3 error "bad-key" cannot be a name in extra/);
  });
});

describe("report new carries the house choices, not the year's attachments", () => {
  it("parts and extra (with a comment to check it) go into next year's file; attachments do not", () => {
    const data = join(project.dir, "data/2023.yaml");
    writeFileSync(data, readFileSync(data, "utf8").replace("summary:\n", "parts: [summary, problems, plan]\nsummary:\n") + THREE + "extra:\n  cc: [市科技局]\n");
    const made = runBinary(["new", "2024"], { cwd: project.dir });
    expect(made.code, made.stderr).toBe(0);
    const next = readFileSync(join(project.dir, "data/2024.yaml"), "utf8");
    expect(next).toMatch(/^parts:\n  - summary\n  - problems\n  - plan$/m);
    expect(next).toMatch(/# 上年的 extra.*\nextra:\n  cc:\n    - 市科技局$/m);
    expect(next).not.toContain("attachments");
  });
});
