/**
 * The exit-code contract (README "Exit codes"; issue 7, item 6), one table run through
 * the real binary (`npm run build` first; `npm test` does it):
 *   0 fine · 1 invalid data, template or config, or findings · 2 usage or I/O · 3 a bug.
 * 3 (a bug) has no way in from outside that is not itself a bug to fix, so it is tested
 * in-process by injecting a failing dependency (the Word writer throws).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ROOT, runBinary, runInProcess, scratchProject, type CliResult } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const failing = vi.hoisted(() => ({ docx: false }));
vi.mock("../src/writers/docx/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/writers/docx/index.js")>();
  return {
    ...real,
    writeDocx: async (...args: Parameters<typeof real.writeDocx>) => {
      if (failing.docx) throw new TypeError("Cannot read properties of undefined (reading 'runs')");
      return real.writeDocx(...args);
    },
  };
});

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratchProject()));
afterEach(() => {
  failing.docx = false;
  cleanup();
});

const edit = (path: string, from: string, to: string) => writeFileSync(join(dir, path), readFileSync(join(dir, path), "utf8").replace(from, to));

type Case = [meaning: string, args: string[], code: 0 | 1 | 2 | 3, output: RegExp, setup?: () => void];

const TABLE: Case[] = [
  ["--version", ["--version"], 0, /^0\.\d+\.\d+/],
  ["--help", ["--help"], 0, /Usage: report/],
  ["a good build", ["build", "2023"], 0, /wrote out\/2023\.docx/],
  ["a build with warnings only", ["build", "2023"], 0, /warning .*hand-numbered-title/, () => edit("data/2023.yaml", "title: 实施企业创新能力提升行动", "title: 一、实施企业创新能力提升行动")],
  ["schema", ["schema"], 0, /"\$schema"/],
  ["validate, all good", ["validate", "data/2023.yaml"], 0, /./],
  ["diff without --exit-code", ["diff", "2022", "2023"], 0, /./],
  ["invalid data", ["build", "2023"], 1, /2023\.yaml:\d+:\d+ error unknown key "tilte"/, () => edit("data/2023.yaml", "    - id: talent-2023\n      title:", "    - id: talent-2023\n      tilte:")],
  ["a YAML syntax error", ["build", "2023"], 1, /2023\.yaml:\d+:\d+ error /, () => edit("data/2023.yaml", "year: 2023", "year: [2023")],
  ["a bad character in the data", ["build", "2023"], 1, /rule\/control-character/, () => edit("data/2023.yaml", "organization: 云溪县科学技术局", 'organization: "云溪县\\f科学技术局"')],
  ["a template error", ["build", "2023", "--template", "t.hbs"], 1, /t\.hbs:3:\d+ error .*\[template\/missing-field\]/, () => writeFileSync(join(dir, "t.hbs"), "# {{organization}}\n\n{{organisation}}\n")],
  ["an invalid config", ["build", "2023"], 1, /report\.config\.yaml:1:\d+ error /, () => writeFileSync(join(dir, "report.config.yaml"), "fonts: fancy\n")],
  ["validate finds errors", ["validate", "data/2023.yaml"], 1, /error/, () => edit("data/2023.yaml", "year: 2023", "year: 2023x")],
  ["validate --strict finds warnings", ["validate", "--strict", "data/2023.yaml"], 1, /hand-numbered-title/, () => edit("data/2023.yaml", "title: 实施企业创新能力提升行动", "title: 一、实施企业创新能力提升行动")],
  ["diff --exit-code finds differences", ["diff", "2022", "2023", "--exit-code"], 1, /./],
  ["an unknown command", ["bulid", "2023"], 2, /unknown command 'bulid'/],
  ["an unknown option", ["build", "2023", "--out", "x"], 2, /unknown option '--out'/],
  ["a missing argument", ["build"], 2, /missing required argument 'year'/],
  ["a bad year", ["build", "20x3"], 2, /"20x3" is not a year/],
  ["a bad --lang", ["--lang", "fr", "build", "2023"], 2, /--lang must be zh or en/],
  ["an unknown format", ["build", "2023", "--format", "html"], 2, /unknown format "html"/],
  ["a missing data file", ["build", "2031"], 2, /cannot read data\/2031\.yaml: no such file/],
  ["a missing template file", ["build", "2023", "--template", "nope.hbs"], 2, /cannot read nope\.hbs: no such file/],
  ["an unwritable output directory", ["build", "2023", "--out-dir", "blocker/out"], 2, /cannot write blocker\/out\/2023\.docx: ENOTDIR/, () => writeFileSync(join(dir, "blocker"), "")],
];

const output = (r: CliResult) => r.stdout + r.stderr;

describe("exit codes through the built binary", () => {
  /** The .docx of every build that wrote one, validated against the ECMA-376 schemas in one run at the end. */
  const built: { label: string; bytes: Uint8Array }[] = [];
  afterAll(async () => expect(await docxSchemaProblems(built)).toEqual([]));

  for (const [meaning, args, code, pattern, setup] of TABLE) {
    it(`${code}: ${meaning} (report ${args.join(" ")})`, () => {
      setup?.();
      const result = runBinary(args, { cwd: dir });
      expect(result.code, output(result)).toBe(code);
      expect(output(result)).toMatch(pattern);
      expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace without --debug
      const docx = join(dir, "out/2023.docx");
      if (existsSync(docx)) built.push({ label: meaning, bytes: readFileSync(docx) });
    });
  }

  it("2: a broken installation (the package's templates/ folder missing) is reported, not a crash", () => {
    const install = mkdtempSync(join(tmpdir(), "wr-broken-"));
    try {
      for (const part of ["bin", "dist"]) cpSync(join(ROOT, part), join(install, part), { recursive: true });
      const result = spawn(join(install, "bin/report.js"), ["build", "2023"]);
      expect(result.code, output(result)).toBe(2);
      expect(result.stderr).toMatch(/cannot find the templates\/ folder of the package/);
      expect(result.stderr).not.toMatch(/Error: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(install, { recursive: true, force: true });
    }
  });
});

/** A copy of the binary at another path, run as runBinary runs the project's own. */
function spawn(bin: string, args: string[]): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env: { PATH: process.env.PATH, LANG: "en_US.UTF-8" }, encoding: "utf8", timeout: 60_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe("exit code 3 in-process: a failing dependency", () => {
  it("an exception from the Word writer is exit 3 with a short message, no stack, nothing written", async () => {
    failing.docx = true;
    const result = await runInProcess(["build", "2023"], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^internal error: Cannot read properties of undefined \(reading 'runs'\)\nThis is a bug in work-report/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("with --debug the stack follows", async () => {
    failing.docx = true;
    const result = await runInProcess(["--debug", "build", "2023"], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});
