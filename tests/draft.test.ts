/**
 * Issue 19, item 4: nothing unfinished in print. A placeholder (the import's
 * “（请填写单位名称）”, XX) is a validation error that says what to fill in, so build
 * writes nothing; `build --draft` prints it with the title marked （草稿）.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => void (project = scratchProject()));
afterEach(() => project.cleanup());

/** The sample with the organization an import leaves when it cannot find one. */
function unfinished(): void {
  const path = join(project.dir, "data/2023.yaml");
  writeFileSync(path, readFileSync(path, "utf8").replace("organization: 云溪县科学技术局", "organization: （请填写单位名称）"));
}

describe("placeholders never reach print by accident", () => {
  it("validate and build report the placeholder as an error and build writes nothing (en, zh)", () => {
    unfinished();
    const validate = runBinary(["validate", "data/2023.yaml"], { cwd: project.dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('data/2023.yaml:4:16 error "（请填写单位名称）" still holds a placeholder ("请填写") that would be printed as it is [rule/placeholder]');
    expect(validate.stdout).toContain("hint: write the real text here; report build --draft prints a draft with it");
    const build = runBinary(["build", "2023", "--lang", "zh"], { cwd: project.dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain("“（请填写单位名称）”中还有待填写的占位文字（“请填写”），会原样印出 [rule/placeholder]");
    expect(existsSync(join(project.dir, "out"))).toBe(false);
  });

  it("build --draft prints it, the title marked （草稿） in both outputs, and says it is a draft (en, zh)", () => {
    unfinished();
    const en = runBinary(["build", "2023", "--draft"], { cwd: project.dir });
    expect(en.code).toBe(0);
    expect(en.stderr).toContain("warning");
    expect(en.stdout).toContain("a draft: placeholders are printed as they are and the title is marked （草稿）");
    const md = readFileSync(join(project.dir, "out/2023.md"), "utf8");
    expect(md.split("\n")[0]).toBe("# （请填写单位名称）2023年工作总结及2024年工作计划（草稿）");
    const xml = new TextDecoder().decode(unzipSync(readFileSync(join(project.dir, "out/2023.docx")))["word/document.xml"]);
    expect(xml).toContain("（草稿）");
    const zh = runBinary(["build", "2023", "--draft", "--lang", "zh"], { cwd: project.dir });
    expect(zh.stdout).toContain("这是草稿：占位文字按原样印出，标题标有“（草稿）”");
  });

  it("a finished report built without --draft is not marked", () => {
    expect(runBinary(["build", "2023"], { cwd: project.dir }).code).toBe(0);
    expect(readFileSync(join(project.dir, "out/2023.md"), "utf8")).not.toContain("草稿");
  });

  it("value: null stays an error with --draft: a metric without its number cannot be printed", () => {
    const path = join(project.dir, "data/2023.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("value: 43,", "value: null,"));
    const result = runBinary(["build", "2023", "--draft"], { cwd: project.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("hint: nothing is filled in here yet");
  });
});
