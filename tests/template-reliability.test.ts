/**
 * Template reliability (issue 17), through the built binary: a template that would run for
 * minutes or fill memory (partials calling partials, nested loops) stops at a stated limit;
 * a helper given the wrong kind of thing or an impossible date, a Handlebars internal used
 * as a field, and a template that prints nothing are each a diagnostic (exit 1) at the
 * template's real file:line:column, never garbage in the report or exit 0 with no report.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => cleanup());

/** Build 2023 with my.md.hbs (and partials/<name>.md.hbs) through the built binary. */
function buildWith(template: string, partials: Record<string, string> = {}, lang = "en") {
  writeFileSync(join(dir, "my.md.hbs"), template);
  if (Object.keys(partials).length) mkdirSync(join(dir, "partials"), { recursive: true });
  for (const [name, text] of Object.entries(partials)) writeFileSync(join(dir, `partials/${name}.md.hbs`), text);
  const started = performance.now();
  const result = runBinary(["--lang", lang, "build", "2023", "--template", "my.md.hbs"], { cwd: dir });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** Exit 1, one diagnostic at `where` with `code`, the message matching, no stack trace, nothing written. */
function expectDiagnostic(result: { code: number; stderr: string }, where: string, code: string, message: RegExp) {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^${where.replace(/[.()]/g, "\\$&")} (error|错误) .*\\[${code.replace("/", "\\/")}\\]$`, "m"));
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/internal error|内部错误|\n\s+at /);
  expect(existsSync(join(dir, "out"))).toBe(false);
}

/** `count` partials p0…p{count-1}, each calling the next `calls` times; the last prints `leaf`. */
function chain(prefix: string, count: number, calls: number, leaf = "x"): Record<string, string> {
  const partials: Record<string, string> = {};
  for (let i = 0; i < count; i++) partials[`${prefix}${i}`] = i === count - 1 ? leaf : `{{> ${prefix}${i + 1}}}`.repeat(calls);
  return partials;
}

const HEAD = "# {{organization}}\n\n";

describe("template limits: partials, loops and output are bounded (template/limit)", () => {
  it("40 partials each calling the next twice (2^40 calls) stop at the depth limit of 32, in well under a second of work", () => {
    const result = buildWith(`${HEAD}{{> p0}}\n`, chain("p", 40, 2));
    expectDiagnostic(result, "partials/p31.md.hbs:1:1", "template/limit", /the partial "p32" is nested more than 32 partials deep, the limit/);
    // Was 247 s and 3.8 GB; the run is now mostly Node's start-up.
    expect(result.seconds).toBeLessThan(10);
  });

  it("says it in Chinese too", () => {
    const result = buildWith(`${HEAD}{{> p0}}\n`, chain("p", 40, 2), "zh");
    expectDiagnostic(result, "partials/p31.md.hbs:1:1", "template/limit", /局部模板（partial）“p32”嵌套超过 32 层，超出上限/);
  });

  it("partials within the depth limit but calling the next three times (3^20 calls) stop at 100,000 calls", () => {
    const result = buildWith(`${HEAD}{{> q0}}\n`, chain("q", 20, 3));
    expectDiagnostic(result, "partials/q18.md.hbs:1:1", "template/limit", /the template calls partials more than 100,000 times for one report, the limit \(stopped at "q19"/);
    expect(result.seconds).toBeLessThan(10);
    const zh = buildWith(`${HEAD}{{> q0}}\n`, chain("q", 20, 3), "zh");
    expectDiagnostic(zh, "partials/q18.md.hbs:1:1", "template/limit", /模板在一份报告中调用局部模板（partial）超过 100,000 次，超出上限（停在“q19”/);
  });

  it("an inline partial that calls itself stops at the depth limit, at its call", () => {
    const result = buildWith(`${HEAD}{{#*inline "x"}}a{{> x}}{{/inline}}\n{{> x}}\n`);
    expectDiagnostic(result, "my.md.hbs:3:18", "template/limit", /the partial "x" is nested more than 32 partials deep/);
  });

  it("a partial whose output passes 50 MB stops there, naming it (r0 would write 300 MB)", () => {
    const result = buildWith(`${HEAD}\n{{> r0}}\n`, chain("r", 5, 10, "汉".repeat(10_000)));
    expectDiagnostic(result, "my.md.hbs:4:1", "template/limit", /the template's output passes 50 MB, the limit \(in the partial "r0"\)/);
  });

  it("output past 50 MB made of partials each under it stops after rendering", () => {
    const partials = { big: "{{> leaf}}".repeat(1600), leaf: "a".repeat(10_000) }; // 16 MB each
    const result = buildWith(`${HEAD}${"{{> big}}".repeat(4)}\n`, partials);
    expectDiagnostic(result, "my.md.hbs:1:1", "template/limit", /the template's output passes 50 MB, the limit \[/);
    const zh = buildWith(`${HEAD}${"{{> big}}".repeat(4)}\n`, partials, "zh");
    expectDiagnostic(zh, "my.md.hbs:1:1", "template/limit", /模板输出超过 50 MB，超出上限/);
  });

  it("output past V8's longest string (RangeError: Invalid string length) is the output limit, not an internal error", () => {
    const partials = { big: "{{> leaf}}".repeat(1600), leaf: "a".repeat(10_000) };
    const result = buildWith(`${HEAD}${"{{> big}}".repeat(34)}\n`, partials); // 544 M characters
    expectDiagnostic(result, "my.md.hbs:1:1", "template/limit", /the template's output passes 50 MB, the limit/);
  }, 30_000);

  it("loops nested twelve deep (4^12 iterations) stop at 1,000,000 iterations, at the innermost {{#each}}", () => {
    const each = "{{#each @root.summary.items}}";
    const result = buildWith(`${HEAD}${each.repeat(12)}x${"{{/each}}".repeat(12)}\n`);
    expectDiagnostic(result, `my.md.hbs:3:${11 * each.length + 1}`, "template/limit", /the template's \{\{#each\}\} blocks run more than 1,000,000 times for one report, the limit/);
    expect(result.seconds).toBeLessThan(10);
  });

  it("a loop's output is checked as it grows, at the {{#each}} that passes 50 MB", () => {
    const each = "{{#each @root.summary.items}}";
    const result = buildWith(`${HEAD}${each.repeat(9)}${"y".repeat(1000)}${"{{/each}}".repeat(9)}\n`);
    expectDiagnostic(result, `my.md.hbs:3:${each.length + 1}`, "template/limit", /the template's output passes 50 MB, the limit/);
  });

  it("the built-in template is far inside every limit", () => {
    const result = runBinary(["build", "2023"], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, "out/2023.md"), "utf8")).toContain("# 云溪县科学技术局2023年工作总结及2024年工作计划");
  });
});

describe("helpers given the wrong kind of thing: template/helper at the call, no garbage", () => {
  const CASES: Array<[template: string, where: string, message: RegExp]> = [
    ['{{#with (outline "x")}}{{title}}{{/with}}', "my.md.hbs:3:9", /the helper "outline" cannot use what the template gave it \(outline needs the whole report, as in \{\{#with \(outline this\)\}\} at the top of the template, got "x"\)/],
    ["{{#with (outline summary)}}{{title}}{{/with}}", "my.md.hbs:3:9", /"outline".*got a mapping/],
    ["{{#each (paragraphs 5)}}{{this}}{{/each}}", "my.md.hbs:3:9", /"paragraphs".*must be text or a list of texts, got 5/],
    ["{{points summary.items}}", "my.md.hbs:3:1", /"points".*must be a list of texts, but item 1 is a mapping/],
    ["{{targets organization}}", "my.md.hbs:3:1", /"targets".*must be a list of targets \(mappings with a text\), got "/],
    ['{{pointMarker "x" 3}}', "my.md.hbs:3:1", /"pointMarker".*the point style must be "一是", "（1）" or "①", got "x"/],
    ['{{points null "a"}}', "my.md.hbs:3:1", /"points".*the point style must be/],
    ["{{cnNumber 100000}}", "my.md.hbs:3:1", /"cnNumber".*at most 9999/],
    ["{{closeSentence true}}", "my.md.hbs:3:1", /"closeSentence".*must be text, got true/],
    ["{{metricsTable summary}}", "my.md.hbs:3:1", /"metricsTable".*takes no arguments, got a mapping/],
    ["{{#each}}x{{/each}}", "my.md.hbs:3:1", /the helper "each" cannot use what the template gave it \(Must pass iterator to #each\)/],
    ["正文 {{lookup}}", "my.md.hbs:3:4", /the helper "lookup" cannot use/],
  ];
  for (const [template, where, message] of CASES) {
    it(template, () => expectDiagnostic(buildWith(`${HEAD}${template}\n`), where, "template/helper", message));
  }

  it("outline given the wrong thing says so in Chinese too (was “undefinedundefined年…NaN年”)", () => {
    const result = buildWith(`${HEAD}{{#with (outline "x")}}{{title}}{{/with}}\n`, {}, "zh");
    expectDiagnostic(result, "my.md.hbs:3:9", "template/helper", /模板中的 helper“outline”无法处理所给的参数（outline needs the whole report/);
  });

  it("a helper's position is its own line, also below a multi-line comment", () => {
    const result = buildWith(`${HEAD}{{!--\n  a comment\n--}}\n\n  {{hashes 9}}\n`);
    expectDiagnostic(result, "my.md.hbs:7:3", "template/helper", /"hashes".*level must be 1, 2, 3 or 4, got 9/);
  });
});

describe("dates: impossible ones are a diagnostic (was 9999年99月99日)", () => {
  for (const bad of ["9999-99-99", "2023-02-30", "2023-13-01", "garbage", "2023/12/27"]) {
    it(`cnDate "${bad}"`, () => {
      const result = buildWith(`${HEAD}日期：{{cnDate "${bad}"}}\n`);
      expectDiagnostic(result, "my.md.hbs:3:4", "template/helper", new RegExp(`"cnDate".*the date must be a day of the calendar written YYYY-MM-DD, got "${bad}"`));
    });
  }

  it("cnDate of a number, in Chinese", () => {
    const result = buildWith(`${HEAD}{{cnDate 20231227}}\n`, {}, "zh");
    expectDiagnostic(result, "my.md.hbs:3:1", "template/helper", /helper“cnDate”.*got 20231227/);
  });

  it("real dates and an absent one still print", () => {
    const result = buildWith(`${HEAD}{{cnDate date}}；{{cnDate "2024-2-29"}}；{{cnDate null}}。\n`);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, "out/2023.md"), "utf8")).toContain("2023年12月27日；2024年2月29日；。");
  });
});

describe("Handlebars internals used as fields: the mustache's real line:column (was 1:1)", () => {
  it("{{helperMissing}}", () => {
    const result = buildWith(`${HEAD}正文 {{helperMissing}}\n`);
    expectDiagnostic(result, "my.md.hbs:3:6", "template/missing-field", /the template refers to a field "helperMissing" that does not exist/);
  });

  it("{{#blockHelperMissing}}, in Chinese", () => {
    const result = buildWith(`${HEAD}\n\n  {{#blockHelperMissing}}x{{/blockHelperMissing}}\n`, {}, "zh");
    expectDiagnostic(result, "my.md.hbs:5:6", "template/missing-field", /模板引用的字段“blockHelperMissing”不存在/);
  });

  it("{{helperMissing organization}} is an unknown helper", () => {
    const result = buildWith(`${HEAD}\n{{helperMissing organization}}\n`);
    expectDiagnostic(result, "my.md.hbs:4:1", "template/unknown-helper", /unknown helper "helperMissing"/);
  });

  it("{{log …}} is an unknown helper: it would write into the command's standard output", () => {
    const result = buildWith(`${HEAD}
{{log "hello"}}
`);
    expectDiagnostic(result, "my.md.hbs:4:1", "template/unknown-helper", /unknown helper "log"/);
    expect(result.stdout).not.toContain("hello");
  });
});

describe("a template that prints nothing (template/empty)", () => {
  const CASES: Array<[name: string, template: string]> = [
    ["an empty file", ""],
    ["white space only", "  \n\n\t\n　\n"],
    ["comments only", "{{!-- a template to fill in --}}\n"],
    ["only a block whose condition is false", "{{#if highlights.nothing}}\n# {{organization}}\n{{/if}}\n"],
  ];
  for (const [name, template] of CASES) {
    it(name, () => expectDiagnostic(buildWith(template), "my.md.hbs:1:1", "template/empty", /the template printed nothing/));
  }

  it("says it in Chinese too", () => {
    expectDiagnostic(buildWith("", {}, "zh"), "my.md.hbs:1:1", "template/empty", /模板没有输出任何内容/);
  });
});
