/**
 * The mistakes a Chinese keyboard makes, one fixture file each (tests/fixtures/chinese-keyboard/),
 * checked through the built binary against golden output in both languages: one message
 * per root cause, the line with a caret under the column, a hint saying what to type.
 * UPDATE_GOLDEN=1 rewrites the golden files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectMistakes } from "../src/core/mistakes/detect.js";
import { dataKeysOf } from "../src/core/mistakes/key-names.js";
import { reportJsonSchema } from "../src/core/schema.js";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";

const DIR = join(ROOT, "tests/fixtures/chinese-keyboard");
const FILES = readdirSync(DIR).filter((n) => n.endsWith(".yaml")).sort();
const LANGS = { en: { LANG: "en_US.UTF-8" }, zh: { LANG: "zh_CN.UTF-8" } } as const;

function golden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("Chinese-keyboard mistakes, explained (report validate, built binary)", () => {
  it("has one fixture per mistake the issue names", () => {
    const kinds = ["chinese-key", "colon-in-text", "colon-space", "full-width-colon", "gbk", "hash-in-text", "number-unit", "quoted-key", "tab"];
    for (const kind of kinds) expect(FILES).toContain(`${kind}.yaml`);
  });

  for (const file of FILES) {
    for (const [lang, env] of Object.entries(LANGS)) {
      it(`${file} (${lang})`, () => {
        const result = runBinary(["validate", file], { cwd: DIR, env });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe("");
        golden(join(DIR, file.replace(/\.yaml$/, `.${lang}.txt`)), result.stdout);
      });
    }
  }

  it("one mistake is one error: each single-mistake fixture reports exactly one", () => {
    for (const file of FILES.filter((f) => f !== "several.yaml" && f !== "chinese-key.yaml")) {
      const result = runBinary(["validate", "--format", "json", file], { cwd: DIR });
      expect(JSON.parse(result.stdout).summary.errors, file).toBe(1);
    }
  });

  it("finds no mistake in well-formed files (the sample data, the validate fixtures)", () => {
    const dirs = [join(ROOT, "data"), ...readdirSync(join(ROOT, "tests/fixtures/validate")).map((n) => join(ROOT, "tests/fixtures/validate", n))];
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
        expect(detectMistakes(readFileSync(join(dir, name), "utf8")), `${dir}/${name}`).toEqual([]);
      }
    }
  });

  it("knows every key of the data format (read from the schema, as the JSON Schema is)", () => {
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== "object") return;
      for (const [k, v] of Object.entries(node)) {
        if (k === "properties") Object.keys(v as object).forEach((key) => keys.add(key));
        walk(v);
      }
    };
    walk(reportJsonSchema());
    expect([...dataKeysOf()].sort()).toEqual([...keys].sort());
  });

  it("build prints the same explanation with its code frame, and writes nothing (both languages)", () => {
    const project = scratchProject();
    try {
      writeFileSync(join(project.dir, "data/2023.yaml"), readFileSync(join(DIR, "full-width-colon.yaml")));
      const en = runBinary(["build", "2023"], { cwd: project.dir });
      const zh = runBinary(["build", "2023", "--lang", "zh"], { cwd: project.dir });
      expect(en.code).toBe(1);
      expect(en.stderr).toContain('data/2023.yaml:11:7 error full-width colon "：" after the key "body" [yaml/full-width-colon]\n  11 |       body：新建高标准农田2万亩。\n     |       ^\n');
      expect(zh.code).toBe(1);
      expect(zh.stderr).toContain("提示：改为半角冒号加一个空格：“body: ”");
      expect(existsSync(join(project.dir, "out"))).toBe(false);
    } finally {
      project.cleanup();
    }
  });

  it("other syntax errors: yaml's message in English, ours in Chinese, one per line, with the line and a caret", () => {
    const project = scratchProject(false);
    try {
      writeFileSync(join(project.dir, "a.yaml"), "year: 2023\norganization: 示例\nsummary: [a, b\nproblems: x\n");
      const en = runBinary(["validate", "a.yaml"], { cwd: project.dir });
      const zh = runBinary(["validate", "a.yaml", "--lang", "zh"], { cwd: project.dir });
      expect(en.stdout).toMatch(/a\.yaml:\d+:\d+ error YAML syntax error: [A-Z]/);
      expect(zh.stdout).toContain("YAML 语法错误：");
      expect(zh.stdout).not.toMatch(/语法错误：[A-Za-z]/);
      const lines = JSON.parse(runBinary(["validate", "--format", "json", "a.yaml"], { cwd: project.dir }).stdout).diagnostics.map((d: { line: number }) => d.line);
      expect(new Set(lines).size).toBe(lines.length);
    } finally {
      project.cleanup();
    }
  });
});
