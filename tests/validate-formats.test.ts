/**
 * One file with ten different mistakes: all ten reported, with the right line:column,
 * in every output format and both languages, compared with golden files
 * (tests/fixtures/validate/ten-mistakes/expected.<lang>.<format>). The same output from
 * the built binary. Regenerate goldens with UPDATE_GOLDEN=1 after checking the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBinary, runInProcess } from "./helpers/cli.js";
import { CASES_DIR } from "./helpers/validate-cases.js";

const DIR = join(CASES_DIR, "ten-mistakes");
const FILE = "2023.yaml";
const FORMATS = { text: "txt", json: "json", github: "github.txt" } as const;
const LANGS = ["en", "zh"] as const;

/** The ten mistakes and where they are (line:column in 2023.yaml). */
const TEN = [
  "6:46 error schema/invalid-type",
  "7:5 error schema/missing-key",
  "11:7 error schema/unknown-key",
  "13:11 error rule/duplicate-id",
  "14:14 warning rule/hand-numbered-title",
  "15:19 warning rule/half-width-punctuation",
  "19:25 error rule/control-character",
  "20:7 error yaml/duplicate-key",
  "23:36 warning rule/unknown-metric",
  "27:9 error schema/invalid-date",
];

function golden(name: string, actual: string): string {
  const path = join(DIR, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, actual);
  return readFileSync(path, "utf8");
}

describe("a file with ten different mistakes", () => {
  it("reports all ten, each with its own code, at the right line:column", async () => {
    const result = await runInProcess(["validate", FILE, "--format", "json"], { cwd: DIR });
    const report = JSON.parse(result.stdout);
    const found = report.diagnostics.map((d: { line: number; column: number; severity: string; code: string }) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
    expect(found).toEqual(TEN);
    expect(new Set(report.diagnostics.map((d: { code: string }) => d.code)).size).toBe(10);
    expect(report.summary).toEqual({ files: 1, errors: 7, warnings: 3 });
    expect(report.ok).toBe(false);
    expect(result.code).toBe(1);
  });

  for (const lang of LANGS) {
    for (const [format, ext] of Object.entries(FORMATS)) {
      const name = `expected.${lang}.${ext}`;
      it(`${format} output in ${lang === "zh" ? "Chinese" : "English"} matches ${name}`, async () => {
        const result = await runInProcess(["--lang", lang, "validate", FILE, "--format", format], { cwd: DIR });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe("");
        expect(result.stdout).toBe(golden(name, result.stdout));
        // Every one of the ten positions appears in the output.
        for (const entry of TEN) {
          const [line, column] = entry.split(" ")[0].split(":");
          const where = format === "text" ? `${FILE}:${line}:${column} ` : format === "github" ? `line=${line},col=${column},` : `"line": ${line},\n      "column": ${column},`;
          expect(result.stdout).toContain(where);
        }
      });
      it(`the built binary prints the same ${format} output (${lang})`, () => {
        const result = runBinary(["validate", FILE, "--format", format], { cwd: DIR, env: { LANG: lang === "zh" ? "zh_CN.UTF-8" : "en_US.UTF-8" } });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe(readFileSync(join(DIR, name), "utf8"));
      });
    }
  }
});

describe("formats", () => {
  it("json: every diagnostic has the same stable keys, absent values as null", async () => {
    const result = await runInProcess(["validate", FILE, "--format", "json"], { cwd: DIR });
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["version", "ok", "summary", "diagnostics"]);
    for (const d of report.diagnostics) {
      expect(Object.keys(d)).toEqual(["severity", "code", "message", "file", "line", "column", "path", "pathText", "expected", "received", "hint"]);
    }
    expect(report.diagnostics[0]).toMatchObject({ path: ["metrics", 0, "value"], pathText: "metrics[0].value", expected: "number", received: '"很多"', hint: null });
  });

  it("json: expected and received are cut to about 80 characters", async () => {
    const long = "很".repeat(200);
    const result = await runInProcess(["validate", "-", "--format", "json"], {
      cwd: DIR,
      stdin: `year: 2023\norganization: x\nmetrics:\n  - { id: a, label: b, value: ${long}, unit: c }\nsummary: {}\nproblems: {}\nplan: {}\n`,
    });
    const [d] = JSON.parse(result.stdout).diagnostics;
    expect(d.code).toBe("schema/invalid-type");
    expect(d.received.length).toBeLessThanOrEqual(80);
    expect(d.received.endsWith("…")).toBe(true);
  });

  it("github: escapes newlines, % and the property separators", async () => {
    const result = await runInProcess(["validate", "-", "--format", "github"], { cwd: DIR, stdin: "year: 100%\n" });
    const lines = result.stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("1 file checked: 5 errors, 0 warnings");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::error file=<stdin>,line=\d+,col=\d+,title=schema\/[a-z-]+::[^\n]+$/);
    expect(result.stdout).toContain("100%25");
  });

  it("text: colour only for a terminal or FORCE_COLOR, never with NO_COLOR or --no-color", async () => {
    const ESC = "\u001b[";
    const run = (env: Record<string, string>, extra: string[] = []) => runInProcess([...extra, "validate", FILE], { cwd: DIR, env });
    expect((await run({})).stdout).not.toContain(ESC);
    expect((await run({ FORCE_COLOR: "1" })).stdout).toContain(ESC);
    expect((await run({ FORCE_COLOR: "1", NO_COLOR: "1" })).stdout).not.toContain(ESC);
    expect((await run({ FORCE_COLOR: "1" }, ["--no-color"])).stdout).not.toContain(ESC);
    // json and github are never coloured.
    expect((await run({ FORCE_COLOR: "1" }, [])).stdout).toContain("2023.yaml");
    const json = await runInProcess(["validate", FILE, "--format", "json"], { cwd: DIR, env: { FORCE_COLOR: "1" } });
    expect(json.stdout).not.toContain(ESC);
  });

  it("text: the same through the built binary (its chalk is bundled without the terminal probe)", () => {
    const ESC = "\u001b[";
    const run = (env: Record<string, string>) => runBinary(["validate", FILE], { cwd: DIR, env });
    expect(run({ FORCE_COLOR: "1" }).stdout).toContain(`${ESC}31merror`);
    expect(run({ FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).not.toContain(ESC);
    expect(run({}).stdout).not.toContain(ESC);
  });
});
