/**
 * `report import` of a .txt/.md that is not UTF-8 (Notepad's "ANSI" on a Chinese Windows
 * is GBK): decoded as GB18030, and said so on stderr and in the YAML's head, in the
 * user's language. A UTF-8 file gets no such note.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = scratchProject(false));
  copyFileSync(join(ROOT, "tests/fixtures/import/txt-gbk/report.txt"), join(dir, "gbk.txt"));
  copyFileSync(join(ROOT, "tests/fixtures/import/txt-full-width/report.txt"), join(dir, "utf8.txt"));
});
afterAll(() => cleanup());

const run = (args: string[], lang: "en" | "zh") =>
  runBinary(["import", ...args], { cwd: dir, env: { LANG: lang === "zh" ? "zh_CN.UTF-8" : "en_US.UTF-8" } });

describe("report import names the encoding it used when it is not UTF-8 (the built binary)", () => {
  it("GBK: a note on stderr and in the YAML, in English", () => {
    const result = run(["gbk.txt"], "en");
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe("note: decoded as GB18030 (not UTF-8)");
    expect(result.stdout).toMatch(/^# - decoded as GB18030 \(not UTF-8\)$/m);
    expect(result.stdout).toContain("工作"); // and really decoded
  });

  it("GBK: in Chinese, with --check too", () => {
    const result = run(["gbk.txt", "--check"], "zh");
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe("说明: 按 GB18030 编码读取（不是 UTF-8）");
    expect(result.stdout).toMatch(/^往返核对：重新生成的 Markdown 按顺序保留了原文 100\.0% 的文字/);
  });

  it("UTF-16 with a byte-order mark is named too; UTF-8 is not", () => {
    const text = "\ufeff某县统计局2022年工作总结及2023年工作计划\n一、工作开展情况\n完成任务。\n二、存在的问题\n不足。\n三、2023年工作计划\n继续努力。\n";
    writeFileSync(join(dir, "utf16.txt"), Buffer.from(text, "utf16le"));
    expect(run(["utf16.txt"], "en").stderr).toContain("note: decoded as UTF-16LE (not UTF-8)\n");
    const utf8 = run(["utf8.txt"], "en");
    expect(utf8.code).toBe(0);
    expect(utf8.stderr).not.toMatch(/decoded as|UTF-8/);
  });
});
