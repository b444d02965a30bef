/**
 * Issue 19, item 7: report.config.yml is read; config typos get a did-you-mean at every
 * level; a build says in one line which config, template and font set it used; `report
 * doctor` lists the layout's fonts and which are installed (fc-list here, faked on PATH).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
let fakeBin: string;
beforeEach(() => {
  project = scratchProject();
  fakeBin = mkdtempSync(join(tmpdir(), "fake-fc-"));
});
afterEach(() => {
  project.cleanup();
  rmSync(fakeBin, { recursive: true, force: true });
});

/** An fc-list that knows these families (a line each, as `fc-list : family` prints them). */
function fontsInstalled(...lines: string[]): Record<string, string> {
  const script = join(fakeBin, "fc-list");
  writeFileSync(script, `#!/bin/sh\ncat <<'EOF'\n${lines.join("\n")}\nEOF\n`);
  chmodSync(script, 0o755);
  return { PATH: `${fakeBin}:${process.env.PATH}` };
}
const PLAIN_ONLY = ["仿宋,FangSong", "楷体,KaiTi", "宋体,SimSun", "黑体,SimHei", "Times New Roman"];
const config = (name: string, text: string) => writeFileSync(join(project.dir, name), text, { mode: 0o644 });

describe("report doctor", () => {
  it("official fonts missing, the plain ones there: lists each, suggests fonts: plain, exit 1 (en, zh)", () => {
    const env = fontsInstalled(...PLAIN_ONLY);
    const en = runBinary(["doctor"], { cwd: project.dir, env });
    expect(en.code).toBe(1);
    expect(en.stdout).toBe(
      [
        "no config file · template: built-in · fonts: official (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体, Times New Roman)",
        "fonts the layout names (checked with fc-list):",
        "  missing    方正小标宋简体",
        "  missing    仿宋_GB2312",
        "  installed  黑体",
        "  missing    楷体_GB2312",
        "  installed  宋体",
        "  installed  Times New Roman",
        "3 of 6 fonts are missing: Word or WPS will show other fonts in their place, and the layout will not be the official one",
        'hint: put "fonts: plain" in report.config.yaml to use 仿宋, 楷体 and 宋体, which this machine has, or install the missing fonts',
        "",
      ].join("\n"),
    );
    const zh = runBinary(["doctor"], { cwd: project.dir, env: { ...env, LANG: "zh_CN.UTF-8" } });
    expect(zh.stdout).toContain("  未安装  方正小标宋简体\n");
    expect(zh.stdout).toContain("提示：可在 report.config.yaml 中写一行“fonts: plain”");
  });

  it("with fonts: plain in report.config.yml, everything is there: exit 0", () => {
    config("report.config.yml", "fonts: plain\n");
    const result = runBinary(["doctor"], { cwd: project.dir, env: fontsInstalled(...PLAIN_ONLY) });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("config: report.config.yml · template: built-in · fonts: plain (宋体, 仿宋, 黑体, 楷体, Times New Roman)");
    expect(result.stdout).toContain("all fonts are installed\n");
  });
});

describe("what a build used", () => {
  it("says the config, the template and the font set in one line (en, zh)", () => {
    config("report.config.yaml", "fonts:\n  preset: plain\n  body: 仿宋_GB2312\n");
    const en = runBinary(["build", "2023", "--format", "md"], { cwd: project.dir });
    expect(en.stdout.split("\n")[0]).toBe("config: report.config.yaml · template: built-in · fonts: custom (宋体, 仿宋_GB2312, 黑体, 楷体, 仿宋, Times New Roman)");
    const zh = runBinary(["build", "2023", "--format", "md", "--lang", "zh"], { cwd: project.dir });
    expect(zh.stdout.split("\n")[0]).toBe("配置文件：report.config.yaml · 模板：内置 · 字体：custom（宋体、仿宋_GB2312、黑体、楷体、仿宋、Times New Roman）");
  });

  it("a typo under fonts: gets a did-you-mean like one at the top (en, zh)", () => {
    config("report.config.yaml", "fonts:\n  bdy: 仿宋\noutdir: site\n");
    const en = runBinary(["build", "2023"], { cwd: project.dir });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('report.config.yaml:2:3 error unknown key "bdy" [schema/unknown-key]\n  hint: did you mean "body"?');
    expect(en.stderr).toContain('hint: did you mean "outDir"?');
    expect(runBinary(["build", "2023", "--lang", "zh"], { cwd: project.dir }).stderr).toContain("提示：是不是要写“body”？");
  });

  it("a keyboard mistake in the config is explained as in a data file, with its line and caret (en, zh)", () => {
    config("report.config.yaml", "fonts：plain\n");
    const en = runBinary(["build", "2023"], { cwd: project.dir });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('report.config.yaml:1:1 error full-width colon "：" after the key "fonts" [yaml/full-width-colon]\n  1 | fonts：plain\n    | ^\n');
    config("report.config.yaml", "fonts: plain\n\toutDir: site\n");
    expect(runBinary(["build", "2023", "--lang", "zh"], { cwd: project.dir }).stderr).toContain("report.config.yaml:2:1 错误 此处用了 Tab 键缩进；YAML 只能用空格缩进 [yaml/tab]");
  });
});
