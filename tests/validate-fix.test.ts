/**
 * `report validate --fix`: rewrites half-width punctuation between Chinese characters
 * and hand-written ordinals in titles, in place, and nothing else — comments, key
 * order, quoting, blank lines survive byte for byte (golden before/after). A dry run
 * prints the diff and writes nothing; without --fix the file is never touched.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyEdits } from "../src/core/fix/edits.js";
import { fixSource } from "../src/core/fix/fix-source.js";
import { runBinary, runInProcess } from "./helpers/cli.js";
import { CASES_DIR } from "./helpers/validate-cases.js";

const GOLDEN = join(CASES_DIR, "fix-keeps-comments");
const BEFORE = readFileSync(join(GOLDEN, "before.yaml"), "utf8");
const golden = (name: string, actual: string) => {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, actual);
  return readFileSync(path, "utf8");
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "report-fix-"));
  copyFileSync(join(GOLDEN, "before.yaml"), join(dir, "data.yaml"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const data = () => readFileSync(join(dir, "data.yaml"), "utf8");

describe("validate --fix", () => {
  it("fixes in place and matches after.yaml; only the mixed-quotes warning is left", async () => {
    const result = await runInProcess(["validate", "data.yaml", "--fix", "--format", "json"], { cwd: dir });
    expect(data()).toBe(golden("after.yaml", data()));
    expect(result.stderr).toBe("fixed 13 problems in data.yaml\n");
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string; line: number }) => `${d.line} ${d.code}`)).toEqual(["30 rule/mixed-quotes"]);
    expect(result.code).toBe(0);
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(["data.yaml"]);
  });

  it("keeps every comment, blank line and untouched line byte for byte", async () => {
    await runInProcess(["validate", "data.yaml", "--fix"], { cwd: dir });
    const before = BEFORE.split("\n");
    const after = data().split("\n");
    expect(after).toHaveLength(before.length);
    const comments = (lines: string[]) => lines.map((l) => /#\s.*$/.exec(l)?.[0] ?? "");
    expect(comments(after)).toEqual(comments(before));
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
    expect(changed).toEqual([11, 12, 13, 15, 16, 19, 21, 24, 27, 29]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    await runInProcess(["validate", "data.yaml", "--fix"], { cwd: dir });
    const once = data();
    const again = await runInProcess(["validate", "data.yaml", "--fix"], { cwd: dir });
    expect(data()).toBe(once);
    expect(again.stderr).toBe("");
  });

  it("--dry-run prints a unified diff (matches dry-run.patch), writes nothing, and the patch applies", async () => {
    const result = await runInProcess(["validate", "data.yaml", "--fix", "--dry-run"], { cwd: dir });
    expect(result.stdout).toBe(golden("dry-run.patch", result.stdout));
    expect(data()).toBe(BEFORE);
    expect(result.stderr).toContain("would fix 13 problems in data.yaml (dry run: nothing written)");
    expect(result.code).toBe(0);
    writeFileSync(join(dir, "fix.patch"), result.stdout);
    const applied = spawnSync("git", ["apply", "--unsafe-paths", "-p1", "fix.patch"], { cwd: dir, encoding: "utf8" });
    expect(applied.stderr).toBe("");
    expect(data()).toBe(readFileSync(join(GOLDEN, "after.yaml"), "utf8"));
  });

  it("keeps a byte-order mark and CRLF line ends", async () => {
    const crlf = `\uFEFF${BEFORE.replace(/\n/g, "\r\n")}`;
    writeFileSync(join(dir, "data.yaml"), crlf);
    await runInProcess(["validate", "data.yaml", "--fix"], { cwd: dir });
    const expected = `\uFEFF${readFileSync(join(GOLDEN, "after.yaml"), "utf8").replace(/\n/g, "\r\n")}`;
    expect(readFileSync(join(dir, "data.yaml"))).toEqual(Buffer.from(expected, "utf8"));
  });

  it("the built binary fixes the same way", () => {
    const result = runBinary(["validate", "data.yaml", "--fix"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(data()).toBe(readFileSync(join(GOLDEN, "after.yaml"), "utf8"));
  });

  it("never touches the file without --fix", async () => {
    const mtime = statSync(join(dir, "data.yaml")).mtimeMs;
    await runInProcess(["validate", "data.yaml"], { cwd: dir });
    await runInProcess(["validate", "data.yaml", "--strict", "--format", "json"], { cwd: dir });
    expect(data()).toBe(BEFORE);
    expect(statSync(join(dir, "data.yaml")).mtimeMs).toBe(mtime);
  });

  it("refuses standard input and --dry-run without --fix (exit 2)", async () => {
    const stdin = await runInProcess(["validate", "-", "--fix"], { cwd: dir, stdin: BEFORE });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain("cannot rewrite standard input");
    const dry = await runInProcess(["validate", "data.yaml", "--dry-run"], { cwd: dir });
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain("--dry-run only works together with --fix");
  });

  it("leaves a file with YAML syntax errors alone and reports them", async () => {
    const broken = `${BEFORE}plan: [\n`;
    writeFileSync(join(dir, "data.yaml"), broken);
    const result = await runInProcess(["validate", "data.yaml", "--fix"], { cwd: dir });
    expect(data()).toBe(broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[yaml/syntax]");
  });
});

describe("fixing, in the core", () => {
  const fix = (text: string) => fixSource({ file: "x.yaml", text }, "en");

  it("keeps CRLF line ends and the text around an edit", () => {
    const text = "year: 2023\r\norganization: 甲,乙 # 注,释\r\n";
    expect(fix(text).text).toBe("year: 2023\r\norganization: 甲，乙 # 注,释\r\n");
  });

  it("strips an ordinal from a quoted or escaped title and leaves an unfixable one alone", () => {
    const wrap = (title: string) => `summary:\n  items:\n    - title: ${title}\n`;
    expect(fix(wrap(`'（一）加强'`)).text).toBe(wrap(`'加强'`));
    expect(fix(wrap(`"一、\\u52a0强"`)).text).toBe(wrap(`"\\u52a0强"`));
    // The ordinal itself written as an escape is found through the escape.
    expect(fix(wrap(`"\\u4e00、加强"`)).text).toBe(wrap(`"加强"`));
    // A title that would turn into YAML syntax once stripped is quoted.
    expect(fix(wrap("一、- 加强")).text).toBe(wrap('"- 加强"'));
    expect(fix(wrap("3. &anchor 加强")).text).toBe(wrap('"&anchor 加强"'));
  });

  it("applyEdits keeps the first of overlapping edits (the ordinal over its brackets)", () => {
    const { text, applied } = applyEdits("(一)加强", [
      { offset: 0, length: 1, text: "（" },
      { offset: 0, length: 3, text: "" },
      { offset: 2, length: 1, text: "）" },
    ]);
    expect(text).toBe("加强");
    expect(applied).toHaveLength(1);
  });
});
