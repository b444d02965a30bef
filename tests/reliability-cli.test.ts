/**
 * Issue 17 through the built binary: one reader for every file (a size limit, regular
 * files and pipes only, UTF-8 as validate checks it), one-line fields, and the smaller
 * command-line cases. Each case states the exit code and the message it must give.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, runBinary, scratchProject } from "./helpers/cli.js";

const project = scratchProject();
afterAll(project.cleanup);
const at = (file: string) => join(project.dir, file);
const sample = readFileSync(at("data/2023.yaml"), "utf8");
const run = (args: string[], env: Record<string, string> = {}) => runBinary(args, { cwd: project.dir, env });
const STACK = /\n\s+at .+:\d+:\d+/;

describe("one reader for every file", () => {
  it("a data file over 10 MB: build exits 1 with yaml/too-large, reading nothing into memory", () => {
    writeFileSync(at("huge.yaml"), `${sample}\nclosing: "${"很".repeat(3_700_000)}"\n`);
    const result = run(["build", "2023", "--data", "huge.yaml", "--out-dir", "huge-out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^huge\.yaml:1:1 error the file is 10\.\d MB, over the 10\.0 MB limit .*\[yaml\/too-large\]/m);
    expect(result.stderr).toContain("--max-size");
    expect(existsSync(at("huge-out"))).toBe(false);
  });

  it("--max-size sets the limit for every file (here below the sample's size)", () => {
    writeFileSync(at("last-year.md"), `# 示例县2022年工作总结\n\n${"正文。".repeat(200)}\n`);
    for (const args of [["build", "2023"], ["validate", "data/2023.yaml"], ["diff", "2023"], ["import", "last-year.md"]]) {
      const result = run(["--max-size", "0.001", ...args]);
      expect([1, 2], args.join(" ")).toContain(result.code);
      expect(result.stderr + result.stdout, args.join(" ")).toContain("yaml/too-large");
    }
    expect(run(["--max-size", "lots", "build", "2023"]).code).toBe(2);
  });

  it("a template over the limit is refused the same way", () => {
    writeFileSync(at("big.md.hbs"), `# {{organization}}\n\n${"字".repeat(10_000)}\n`);
    const result = run(["--max-size", "0.01", "build", "2023", "--template", "big.md.hbs", "--out-dir", "t-out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^big\.md\.hbs:1:1 error .*\[yaml\/too-large\]/m);
  });

  it("a device (--data /dev/zero) is not read: exit 2 at once", () => {
    const started = Date.now();
    const result = run(["build", "2023", "--data", "/dev/zero"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("/dev/zero: it is not a regular file");
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a pipe that never ends is cut off at the limit", () => {
    const result = spawnSync("bash", ["-c", `yes 'intro: x' | "${process.execPath}" "${BIN}" validate - --format json`], { cwd: project.dir, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics[0].code).toBe("yaml/too-large");
  });

  it("a GB18030 data file: build refuses it as validate does (yaml/gbk, named as GBK since issue 19), nothing built", () => {
    // GB18030 bytes of "organization: 示例县" and the rest of the sample: invalid UTF-8.
    const gbk = Buffer.concat([Buffer.from("year: 2023\norganization: "), Buffer.from([0xca, 0xbe, 0xc0, 0xfd, 0xcf, 0xd8]), Buffer.from("\n")]);
    writeFileSync(at("gbk.yaml"), gbk);
    const build = run(["build", "2023", "--data", "gbk.yaml", "--out-dir", "gbk-out"]);
    const validate = run(["validate", "gbk.yaml"]);
    expect(build.code).toBe(1);
    expect(validate.code).toBe(1);
    expect(build.stderr).toContain("[yaml/gbk]");
    expect(validate.stdout).toContain("[yaml/gbk]");
    expect(existsSync(at("gbk-out"))).toBe(false);
  });

  it("UTF-16 without a byte-order mark gets an encoding message, not control-character errors", () => {
    writeFileSync(at("utf16.yaml"), Buffer.from(sample, "utf16le"));
    const result = run(["build", "2023", "--data", "utf16.yaml", "--out-dir", "u-out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/saved as UTF-16 .*\[yaml\/utf16\]/);
    expect(result.stderr).not.toContain("control-character");
  });

  it("a file with two byte-order marks: validate and build agree (both accept it)", () => {
    writeFileSync(at("two-boms.yaml"), `\uFEFF\uFEFF${sample}`);
    expect(run(["validate", "two-boms.yaml"]).code).toBe(0);
    expect(run(["build", "2023", "--data", "two-boms.yaml", "--out-dir", "bom-out"]).code).toBe(0);
  });
});

describe("YAML aliases", () => {
  it("an anchor repeated through aliases past a million added characters: exit 1 at the first alias, nothing built", () => {
    const anchor = "很".repeat(400_000);
    writeFileSync(at("aliases.yaml"), `year: 2023\norganization: 示例县\nintro: &long "${anchor}"\nsummary: { intro: [*long, *long, *long] }\nproblems: {}\nplan: {}\n`);
    const result = run(["build", "2023", "--data", "aliases.yaml", "--out-dir", "alias-out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^aliases\.yaml:\d+:\d+ error the YAML aliases .* more than 1,000,000 characters \[yaml\/alias-growth\]/m);
    expect(existsSync(at("alias-out"))).toBe(false);
  });
});

describe("one-line fields", () => {
  it("a line break inside organization, title or a heading is a located error; nothing is built", () => {
    writeFileSync(at("newline.yaml"), sample.replace(/^organization: (.*)$/m, 'organization: "示例县\\n$1"'));
    const result = run(["build", "2023", "--data", "newline.yaml", "--out-dir", "nl-out"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^newline\.yaml:\d+:\d+ error this text is printed as one line .*\[schema\/line-break\]/m);
    expect(existsSync(at("nl-out"))).toBe(false);
  });
});

describe("smaller cases", () => {
  it("report with no command: the help on stderr, exit 2", () => {
    const result = run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: report");
    expect(result.stdout).toBe("");
  });

  it("report new 2101: exit 2, the year is outside the range (it was an internal error)", () => {
    writeFileSync(at("data/2100.yaml"), sample.replace(/^year: 2023$/m, "year: 2100"));
    const result = run(["new", "2101"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("2101 is outside the years a report can be for (1949–2100)");
    expect(result.stderr).not.toMatch(STACK);
  });
});
