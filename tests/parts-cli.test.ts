/**
 * Issue 20, point 2: the parts a bureau prints and their order (`parts:` in
 * report.config.yaml, or in the data), numbered after the choice; and the logic helpers
 * eq, ne, and, or, not — through the built binary.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => (project = scratchProject()));
afterEach(() => project.cleanup());

const headings = (md: string) => md.split("\n").filter((line) => /^## /.test(line));
const build = (...args: string[]) => runBinary(["build", "2023", "--format", "md", ...args], { cwd: project.dir });
const md = () => readFileSync(join(project.dir, "out/2023.md"), "utf8");

describe("parts: which parts are printed, in which order", () => {
  it("report.config.yaml leaves out 形势分析: the plan is 四、, and a warning says outlook's text is not printed", () => {
    writeFileSync(join(project.dir, "report.config.yaml"), "parts: [summary, highlights, problems, plan]\n");
    const built = build();
    expect(built.code, built.stderr).toBe(0);
    // (The sample data names two of its parts' headings itself.)
    expect(headings(md())).toEqual(["## 一、2023年主要工作及成效", "## 二、主要成效及亮点工作", "## 三、存在的问题与不足", "## 四、2024年工作计划"]);
    expect(md()).not.toContain("形势分析");
    expect(built.stderr).toMatch(/data\/2023\.yaml:75:1 .*rule\/part-left-out|rule\/part-left-out/);
    expect(built.stderr).toContain('"outlook" has text but is not in parts');
  });

  it("report validate warns the same way, from the same config", () => {
    writeFileSync(join(project.dir, "report.config.yaml"), "parts: [summary, highlights, problems, plan]\n");
    const checked = runBinary(["validate", "data/2023.yaml"], { cwd: project.dir });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/data\/2023\.yaml:\d+:\d+ warning the part "outlook" has text but is not in parts/);
  });

  it("the data's own parts: wins over the config's, and sets the order", () => {
    writeFileSync(join(project.dir, "report.config.yaml"), "parts: [summary, problems, plan]\n");
    const data = join(project.dir, "data/2023.yaml");
    writeFileSync(data, readFileSync(data, "utf8").replace("summary:\n", "parts: [summary, problems, outlook, plan, highlights]\nsummary:\n"));
    const built = build();
    expect(built.code, built.stderr).toBe(0);
    expect(headings(md()).map((h) => h.slice(3, 5))).toEqual(["一、", "二、", "三、", "四、", "五、"]);
    expect(headings(md())[4]).toBe("## 五、主要成效及亮点工作");
    expect(built.stderr).not.toContain("part-left-out");
  });

  it("a part listed twice is an error in the data (exit 1) and in the config (exit 1)", () => {
    const data = join(project.dir, "data/2023.yaml");
    const original = readFileSync(data, "utf8");
    writeFileSync(data, original.replace("summary:\n", "parts: [summary, plan, summary]\nsummary:\n"));
    const dataCase = build();
    expect(dataCase.code).toBe(1);
    expect(dataCase.stderr).toContain("rule/duplicate-part");
    writeFileSync(data, original);
    writeFileSync(join(project.dir, "report.config.yaml"), "parts: [summary, plan, plan]\n");
    const configCase = build();
    expect(configCase.code).toBe(1);
    expect(configCase.stderr).toContain("listed twice");
  });

  it("an unknown part name is an error with the names it could be", () => {
    writeFileSync(join(project.dir, "report.config.yaml"), "parts: [summary, outlok, plan]\n");
    const built = build();
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/report\.config\.yaml:1:\d+/);
  });
});

describe("eq, ne, and, or, not in a template", () => {
  it("skip a part by name and print the rest numbered as the outline numbers them", () => {
    const template = [
      "{{#with (outline this)}}",
      "# {{title}}",
      "",
      "{{#each parts}}{{#if (and (ne part \"outlook\") (not (eq part \"highlights\")))}}",
      "## {{part}} {{ordinal 1 (add @index 1)}}{{title}}",
      "",
      "{{/if}}{{/each}}",
      "{{#if (or (eq 1 2) signature.date)}}dated{{/if}}",
      "{{/with}}",
      "",
    ].join("\n");
    writeFileSync(join(project.dir, "t.hbs"), template);
    const built = build("--template", "t.hbs");
    expect(built.code, built.stderr).toBe(0);
    expect(headings(md())).toEqual(["## summary 一、2023年主要工作及成效", "## problems 三、存在的问题与不足", "## plan 五、2024年工作计划"]);
    expect(md()).toContain("dated");
  });

  it("a helper given the wrong thing is a template error at its call", () => {
    writeFileSync(join(project.dir, "t.hbs"), "# T\n\n{{#if (eq summary \"x\")}}y{{/if}}\n");
    const built = build("--template", "t.hbs");
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/t\.hbs:3:\d+/);
    expect(built.stderr).toContain("eq compares texts, numbers or booleans, got a mapping");
  });
});
