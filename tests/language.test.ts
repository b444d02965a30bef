/**
 * Issue 19, item 1: which language the CLI speaks (--lang, then LC_ALL/LC_MESSAGES/LANG,
 * then `lang:` in report.config.yaml, then the system locale), and its help in both
 * languages with an example under every command.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMANDS, PROGRAM } from "../src/cli/command-spec.js";
import { COMMANDS_ZH, OPTIONS_ZH } from "../src/cli/help-zh.js";
import { runBinary, runInProcess, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => void (project = scratchProject()));
afterEach(() => project.cleanup());

const NO_LOCALE = { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };
const badFile = () => writeFileSync(join(project.dir, "data/2023.yaml"), "year: 2023\norganization: 示例\nsummary:\n  items:\n    - title:粮食\n");
const speaks = (text: string) => (text.includes("冒号后面缺少空格") ? "zh" : text.includes("no space after the colon") ? "en" : "?");

describe("the message language", () => {
  it("--lang wins over LANG, LANG over the config, the config over the system locale (built binary)", () => {
    badFile();
    const run = (args: string[], env: Record<string, string | undefined>) => speaks(runBinary(["validate", ...args], { cwd: project.dir, env }).stdout);
    expect(run([], { LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(run(["--lang", "en"], { LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(run(["--lang=zh"], {})).toBe("zh");
    expect(run([], { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh");
    expect(run([], { LC_MESSAGES: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(run([], { LANG: "C" })).toBe("en");
    writeFileSync(join(project.dir, "report.config.yaml"), "lang: zh\n", { mode: 0o644 });
    expect(run([], NO_LOCALE)).toBe("zh");
    expect(run([], { LANG: "en_US.UTF-8" })).toBe("en");
  });

  it("with no locale variable and no config, the system locale decides (zh-CN on a Chinese Windows)", async () => {
    badFile();
    const zh = await runInProcess(["validate"], { cwd: project.dir, env: NO_LOCALE, systemLocale: "zh-CN" });
    const en = await runInProcess(["validate"], { cwd: project.dir, env: NO_LOCALE, systemLocale: "en-US" });
    expect(speaks(zh.stdout)).toBe("zh");
    expect(speaks(en.stdout)).toBe("en");
  });

  it("a wrong lang: in the config is a config error, said in English when nothing else says", () => {
    writeFileSync(join(project.dir, "report.config.yaml"), "lang: fr\n", { mode: 0o644 });
    const result = runBinary(["validate"], { cwd: project.dir, env: NO_LOCALE });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("report.config.yaml:1:7 error invalid value \"fr\"");
  });
});

describe("help in both languages", () => {
  it("has a Chinese text for every command, argument and option", () => {
    for (const option of PROGRAM.options) expect(OPTIONS_ZH[option.flags], option.flags).toBeTruthy();
    for (const spec of COMMANDS) {
      const zh = COMMANDS_ZH[spec.name];
      expect(zh, spec.name).toBeTruthy();
      for (const argument of spec.args) expect(zh.args[argument.syntax], `${spec.name} ${argument.syntax}`).toBeTruthy();
      for (const option of spec.options) expect(zh.options?.[option.flags] ?? OPTIONS_ZH[option.flags], `${spec.name} ${option.flags}`).toBeTruthy();
    }
  });

  for (const spec of COMMANDS) {
    it(`report ${spec.name} --help: Chinese and English, each with an example (built binary)`, () => {
      const zh = runBinary([spec.name, "--help"], { cwd: project.dir, env: { LANG: "zh_CN.UTF-8" } });
      const en = runBinary([spec.name, "--help", "--lang", "en"], { cwd: project.dir, env: { LANG: "zh_CN.UTF-8" } });
      expect(zh.code).toBe(0);
      expect(zh.stdout).toContain("用法：");
      expect(zh.stdout).toContain(COMMANDS_ZH[spec.name].description);
      expect(zh.stdout).toMatch(new RegExp(`示例：\\n  \\S.* ${spec.name}`));
      expect(zh.stdout).toContain("显示帮助");
      expect(en.stdout).toContain(`Usage: report ${spec.name}`);
      expect(en.stdout).toMatch(new RegExp(`Examples:\\n  \\S.* ${spec.name}`));
    });
  }

  it("commander's usage errors in Chinese, exit 2", () => {
    const result = runBinary(["validate", "--strikt"], { cwd: project.dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("错误：不认识的选项“--strikt”（是不是要写 --strict？）");
  });
});
