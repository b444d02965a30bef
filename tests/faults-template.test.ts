/**
 * Template faults (issue 7, item 3): a user's template with a syntax error, an unknown
 * helper, a misspelt field, a mapping printed as text or a helper given the wrong thing
 * stops the build with exit 1 and the template's file:line:column, never a stack trace
 * (exit 3), and never "undefined", "null" or "[object Object]" in the report.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess, scratchProject } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => cleanup());

async function buildWith(template: string, data = "data/2023.yaml", lang = "en") {
  writeFileSync(join(dir, "my.md.hbs"), template);
  return runInProcess(["--lang", lang, "build", "2023", "--data", data, "--template", "my.md.hbs"], { cwd: dir });
}

const CASES: Array<[name: string, template: string, where: string, code: string, message: RegExp]> = [
  ["an unclosed block (syntax error)", "# {{organization}}\n\n{{#each summary.items}}\n{{title}}\n", "my.md.hbs:5:1", "template/syntax", /template error: Parse error on line 5/],
  ["a mismatched closing tag", "# {{organization}}\n\n{{#if date}}\n{{date}}\n{{/each}}\n", "my.md.hbs:3:", "template/syntax", /if doesn't match each/],
  ["a broken mustache", "# {{organization}}\n\n  {{title\n", "my.md.hbs:3:", "template/syntax", /Parse error/],
  ["an unknown helper", "# {{organization}}\n\n{{#each summary.items}}\n{{shout title}}\n{{/each}}\n", "my.md.hbs:4:1", "template/unknown-helper", /unknown helper "shout"/],
  ["a misspelt field", "# {{organization}}\n\n正文：{{organisation}}\n", "my.md.hbs:3:6", "template/missing-field", /field "organisation" that does not exist/],
  ["a misspelt nested field", "# {{organization}}\n\n{{#each summary.items}}\n{{titel}}\n{{/each}}\n", "my.md.hbs:4:3", "template/missing-field", /"titel"/],
  ["a mapping printed as text", "# {{organization}}\n\n{{signature}}\n", "my.md.hbs:3:1", "template/not-text", /prints "signature", which is a mapping/],
  ["a list printed as text", "# {{organization}}\n\n形势：{{outlook.intro}}\n", "my.md.hbs:3:4", "template/not-text", /prints "outlook\.intro", which is a list/],
  ["an item of a list printed as text", "# {{organization}}\n\n{{#each metrics}}\n- {{this}}\n{{/each}}\n", "my.md.hbs:4:3", "template/not-text", /"metrics\.0", which is a mapping/],
  ["a helper given text instead of a list", "# {{organization}}\n\n要点：{{points organization}}\n", "my.md.hbs:3:4", "template/helper", /the helper "points" cannot use what the template gave it/],
  ["a mapping given to a helper that wants text", "# {{organization}}\n\n{{closeSentence signature}}\n", "my.md.hbs:3:1", "template/not-text", /"signature", which is a mapping/],
];

describe("template faults: exit 1, file:line:column of the template, nothing written", () => {
  for (const [name, template, where, code, message] of CASES) {
    it(name, async () => {
      const result = await buildWith(template);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${where}`);
      expect(result.stderr).toMatch(new RegExp(`^${where.replace(/\./g, "\\.")}[\\d:]* error .*\\[${code}`, "m"));
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(existsSync(join(dir, "out"))).toBe(false);
    });
  }

  it("an error in a partial names the partial's file", async () => {
    mkdirSync(join(dir, "partials"));
    writeFileSync(join(dir, "partials/node.md.hbs"), "{{#if heading}}\n{{hashes level}} {{headline}}\n{{/if}}\n");
    const result = await buildWith("# {{organization}}\n\n{{#with (outline this)}}{{#each parts}}{{> node}}{{/each}}{{/with}}\n");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^partials\/node\.md\.hbs:2:\d+ error .*"headline".*\[template\/missing-field\]/m);
  });

  it("answers in Chinese too", async () => {
    const result = await buildWith("# {{organization}}\n\n{{signature}}\n", "data/2023.yaml", "zh");
    expect(result.stderr).toMatch(/^my\.md\.hbs:3:1 错误 模板把“signature”当作文字输出/m);
  });

  it("absent optional keys print nothing: no undefined, null or [object Object] in the report", async () => {
    writeFileSync(join(dir, "min.yaml"), "year: 2023\norganization: 示例局\nsummary: {}\nproblems: {}\nplan: {}\n");
    const template = "# {{organization}}{{title}}\n\n{{date}}{{intro}}{{closing}}{{#if highlights}}亮点{{/if}}{{#each metrics}}x{{/each}}{{#if signature}}{{signature.organization}}{{/if}}\n\n{{#with (outline this)}}{{#each parts}}{{> node}}{{/each}}{{> signature signature}}{{/with}}\n";
    const result = await buildWith(template, "min.yaml");
    expect(result.code, result.stderr).toBe(0);
    const md = readFileSync(join(dir, "out/2023.md"), "utf8");
    expect(md).toContain("# 示例局");
    expect(md).not.toMatch(/undefined|null|NaN|\[object /);
    expect(await docxSchemaProblems([{ label: "min.yaml", bytes: readFileSync(join(dir, "out/2023.docx")) }])).toEqual([]);
  });
});
