/**
 * Hostile input never hangs, crashes or prints a stack trace: each case gives one clear
 * diagnostic (exit 1) or a usage/I-O error (exit 2). The inputs are generated here (a
 * 20 MB file is not committed) and run in-process and through the built binary.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBinary, runInProcess, type CliResult } from "./helpers/cli.js";

let dir: string;

/** Deterministic "random" bytes: garbage that is the same on every run. */
function garbage(length: number, seed = 12345): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

const ALIAS_BOMB = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
  .concat("bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(", ")}]`))
  .join("\n");

const INPUTS: Record<string, string | Uint8Array> = {
  "alias-bomb.yaml": `${ALIAS_BOMB}\n`,
  "deep-flow.yaml": `${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
  "deep-block.yaml": `${"- ".repeat(10_000)}x\n`,
  "deep-maps.yaml": `${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n`,
  "huge.yaml": `year: 2023\norganization: x\nintro: ${"很长的导语。".repeat(1_200_000)}\n`,
  "binary.yaml": garbage(4096),
  "utf16.yaml": new Uint8Array([0xff, 0xfe, ...Buffer.from("year: 2023\n", "utf16le")]),
  "utf16-no-bom.yaml": new Uint8Array(Buffer.from("year: 2023\norganization: 示例县\n", "utf16le")),
  "nul.yaml": "year: 2023\norganization: a\u0000b\n",
  "empty.yaml": "",
  "comments.yaml": "# 只有注释\n# nothing else\n",
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "report-hostile-"));
  for (const [name, content] of Object.entries(INPUTS)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, "folder.yaml"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** [file, exit code, diagnostic code or a stderr fragment] */
const CASES: Array<[string, number, string]> = [
  ["alias-bomb.yaml", 1, "yaml/alias-limit"],
  ["deep-flow.yaml", 1, "yaml/nesting-limit"],
  ["deep-block.yaml", 1, "yaml/nesting-limit"],
  ["deep-maps.yaml", 1, "yaml/nesting-limit"],
  ["huge.yaml", 1, "yaml/too-large"],
  ["binary.yaml", 1, "yaml/not-text"],
  ["utf16.yaml", 1, "yaml/utf16"],
  ["utf16-no-bom.yaml", 1, "yaml/utf16"],
  ["nul.yaml", 1, "yaml/not-text"],
  ["empty.yaml", 1, "yaml/empty"],
  ["comments.yaml", 1, "yaml/empty"],
  // A folder is checked for its data files (issue 19); this one holds none.
  ["folder.yaml", 2, "no *.yaml files in folder.yaml"],
  ["missing.yaml", 2, "cannot read missing.yaml: no such file"],
];

const STACK = /\n\s+at .+:\d+:\d+/;

function check(result: CliResult, exit: number, expected: string) {
  expect(result.stderr).not.toMatch(STACK);
  expect(result.code).toBe(exit);
  if (exit === 1) {
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual([expected]);
    expect(report.summary).toMatchObject({ files: 1, errors: 1 });
  } else {
    expect(result.stderr).toContain(expected);
    expect(JSON.parse(result.stdout).summary).toEqual({ files: 0, errors: 0, warnings: 0 });
  }
}

describe("hostile input, in-process", () => {
  for (const [file, exit, expected] of CASES) {
    it(`${file} → exit ${exit}, ${expected}`, async () => {
      check(await runInProcess(["validate", file, "--format", "json"], { cwd: dir }), exit, expected);
    });
  }
  it("the same through standard input (-)", async () => {
    for (const [file, , code] of CASES.slice(0, 10)) {
      if (typeof INPUTS[file] !== "string") continue;
      const result = await runInProcess(["validate", "-", "--format", "json"], { cwd: dir, stdin: INPUTS[file] as string });
      expect(JSON.parse(result.stdout).diagnostics[0].code, file).toBe(code);
    }
  });
  it("a device is not read (it may never end): exit 2", async () => {
    const result = await runInProcess(["validate", "/dev/zero", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("not a regular file");
  });
  it("one unreadable file does not stop the others: all are reported, exit 2", async () => {
    const result = await runInProcess(["validate", "missing.yaml", "empty.yaml", "folder.yaml", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).summary).toEqual({ files: 1, errors: 1, warnings: 0 });
    expect(result.stderr.split("\n").filter((l) => l.startsWith("error:"))).toHaveLength(2);
  });
  it("explains the empty file and points to report init", async () => {
    const result = await runInProcess(["validate", "comments.yaml"], { cwd: dir });
    expect(result.stdout).toContain("comments.yaml:1:1 error the file is empty");
    expect(result.stdout).toContain("report init");
  });
});

describe("hostile input, built binary", () => {
  for (const [file, exit, expected] of CASES) {
    it(`${file} → exit ${exit}, ${expected}`, () => {
      check(runBinary(["validate", file, "--format", "json"], { cwd: dir }), exit, expected);
    });
  }
  it("binary garbage on standard input", () => {
    const result = runBinary(["validate", "-", "--format", "json"], { cwd: dir, stdin: Buffer.from(garbage(2048)) as unknown as string });
    check(result, 1, "yaml/not-text");
  });
});
