/**
 * `report diff` from the command line: golden outputs of the fixture pair in the three
 * formats, 80 columns, colour rules, options, exit codes, and the sample years.
 * Regenerate the golden files with UPDATE_GOLDEN=1 after a deliberate change.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { displayWidth } from "../src/cli/reporters/diff-width.js";
import { ROOT, runBinary, runInProcess, scratchProject } from "./helpers/cli.js";

const GOLDEN = join(ROOT, "tests/fixtures/diff/golden");
const YEARS = join(ROOT, "tests/fixtures/diff/years");

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = scratchProject());
  mkdirSync(join(dir, "years"));
  cpSync(YEARS, join(dir, "years"), { recursive: true });
});
afterEach(() => cleanup());

const diff = (args: string[], env?: Record<string, string>) => runInProcess(["diff", ...args], { cwd: dir, env });

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}

/** The visible text, escape sequences removed. */
const visible = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

describe("golden outputs of the fixture pair", () => {
  const args = ["2022", "2023", "--data-dir", "years"];

  it("text (no colour)", async () => {
    const result = await diff(args);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    golden("diff.txt", result.stdout);
  });

  it("text in Chinese", async () => {
    golden("diff.zh.txt", (await diff(args, { LANG: "zh_CN.UTF-8" })).stdout);
  });

  it("md: a review document", async () => {
    golden("diff.zh.md", (await diff([...args, "--format", "md"], { LANG: "zh_CN.UTF-8" })).stdout);
  });

  it("json: stable, in a documented shape", async () => {
    const first = await diff([...args, "--format", "json"]);
    golden("diff.json", first.stdout);
    expect((await diff([...args, "--format", "json"])).stdout).toBe(first.stdout);
    const parsed = JSON.parse(first.stdout);
    expect(Object.keys(parsed)).toEqual(["format", "version", "a", "b", "selected", "metrics", "followThrough", "persistingProblems", "sections", "differences"]);
    expect(parsed).toMatchObject({ format: "work-report/diff", version: 1, a: { file: "years/2022.yaml", year: 2022 }, differences: 24 });
  });
});

describe("text for a terminal", () => {
  it("fits 80 columns, counting a Han character as two", async () => {
    for (const env of [{ LANG: "en_US.UTF-8" }, { LANG: "zh_CN.UTF-8" }]) {
      for (const args of [["2022", "2023", "--data-dir", "years"], ["2022", "2023"]]) {
        const lines = (await diff(args, env)).stdout.split("\n");
        const widest = Math.max(...lines.map(displayWidth));
        expect(widest, lines.find((l) => displayWidth(l) === widest)).toBeLessThanOrEqual(80);
      }
    }
  });

  it("narrows to COLUMNS", async () => {
    const lines = (await diff(["2022", "2023"], { COLUMNS: "60" })).stdout.split("\n");
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(60);
  });

  it("is coloured on a terminal, with deletions and insertions told apart by colour, not markers", async () => {
    const colour = await runOnTerminal(["diff", "2022", "2023", "--data-dir", "years"], {});
    expect(colour).toContain("\x1b[");
    expect(colour).not.toContain("[-");
    expect(colour).toMatch(/\x1b\[31m\x1b\[9m52\.3\x1b\[29m\x1b\[39m\x1b\[32m52\.8\x1b\[39m/);
    expect(visible(colour).split("\n").length).toBe((await diff(["2022", "2023", "--data-dir", "years"])).stdout.replace(/\[-|-\]|\{\+|\+\}/g, "").split("\n").length);
  });

  it("respects NO_COLOR and --no-color on a terminal", async () => {
    for (const [args, env] of [[[], { NO_COLOR: "1" }], [["--no-color"], {}]] as const) {
      const plain = await runOnTerminal([...args, "diff", "2022", "2023", "--data-dir", "years"], env);
      expect(plain).not.toContain("\x1b[");
      expect(plain).toContain("[-52.3-]{+52.8+}");
    }
  });
});

describe("options and exit codes", () => {
  it("--exit-code: 1 when there are differences, 0 when there are none", async () => {
    expect((await diff(["2022", "2023", "--data-dir", "years", "--exit-code"])).code).toBe(1);
    expect((await diff(["2022", "2023", "--data-dir", "years"])).code).toBe(0);
    const same = await diff(["--a", "years/2023.yaml", "--b", "years/2023.yaml", "--exit-code"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("no differences");
  });

  it("--section picks parts; only they count for --exit-code", async () => {
    const result = await diff(["2022", "2023", "--data-dir", "years", "--section", "metrics"]);
    expect(result.stdout).toContain("Metrics");
    expect(result.stdout).not.toContain("Plan follow-through");
    expect(result.stdout).not.toContain("Changes by part");
    const outlook = await diff(["2022", "2023", "--data-dir", "years", "--section", "outlook,follow-through", "--format", "json", "--exit-code"]);
    expect(JSON.parse(outlook.stdout)).toMatchObject({ selected: ["outlook", "follow-through"], metrics: null, sections: [], differences: 0 });
    expect(outlook.code).toBe(0);
  });

  it("one year compares it with the year before; --a/--b take files", async () => {
    const one = await diff(["2023"]);
    expect(one.stdout).toContain("data/2022.yaml → data/2023.yaml");
    const files = await diff(["--a", "years/2022.yaml", "--b", "data/2023.yaml", "--format", "json"]);
    expect(JSON.parse(files.stdout).b).toEqual({ file: "data/2023.yaml", year: 2023, organization: "云溪县科学技术局" });
    const mixed = await diff(["--a", "years/2022.yaml", "2023", "--format", "json"]);
    expect(JSON.parse(mixed.stdout).b.file).toBe("data/2023.yaml");
  });

  it("usage errors exit 2", async () => {
    for (const args of [["2022"], ["2022", "2023", "--section", "summry"], ["2022", "2023", "--format", "html"], ["20x2", "2023"], [], ["--a", "x.yaml", "--b", "y.yaml", "2023"]]) {
      const result = await diff(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
    }
    expect((await diff(["2022", "2023", "--section", "summry"])).stderr).toContain('unknown section "summry" (available: metrics, summary');
    expect((await diff(["2021", "2022"])).stderr).toContain("cannot read data/2021.yaml: no such file");
  });

  it("an invalid file: its diagnostics, exit 1, nothing on stdout", async () => {
    writeFileSync(join(dir, "data/2023.yaml"), readFileSync(join(dir, "data/2023.yaml"), "utf8").replace("organization:", "organisation:"));
    const result = await diff(["2022", "2023"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/data\/2023\.yaml:4:1 error unknown key "organisation"/);
    expect(result.stderr).toContain("cannot compare: fix the errors above");
  });
});

describe("the sample years", () => {
  it("read as a review in every format", async () => {
    const text = await diff(["2022", "2023"], { LANG: "zh_CN.UTF-8" });
    expect(text.stdout).toContain("全社会研发经费支出  亿元     2.1     2.6  +0.5  +23.8%   2.5  完成");
    expect(text.stdout).toContain("[ ] 高新技术企业总数达到45家 — 实际43家，未完成");
    expect(text.stdout).toContain("! 三、（一）企业科技创新能力仍然不强");
    const md = await diff(["2022", "2023", "--format", "md"], { LANG: "zh_CN.UTF-8" });
    expect(md.stdout).toContain("| 高新技术企业 | 家 | 38 | 43 | +5 | +13.2% | 45 | **未完成** |");
    expect(md.stdout).toContain("- [x] 四、（二）1.实施企业创新能力提升行动 → 见2023年总结 一、（一）实施企业创新能力提升行动");
    expect(md.stdout).toContain("三、（一）企业科技创新能力<ins>仍然</ins>不强（连续两年提出）");
    expect(md.stdout).toContain("总数达到<del>38</del><ins>43</ins>家");
    const json = JSON.parse((await diff(["2022", "2023", "--format", "json"])).stdout);
    expect(json.metrics.find((m: { id: string }) => m.id === "key_labs")).toMatchObject({ status: "new", b: 1 });
  });

  it("runs from the built binary", () => {
    const result = runBinary(["diff", "2022", "2023", "--format", "md"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# 2022 compared with 2023\n/);
  });
});

/** main() with stdout and stderr on a terminal, for the colour rules. */
async function runOnTerminal(args: string[], env: Record<string, string>): Promise<string> {
  let stdout = "";
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: () => undefined,
    env: { LANG: "en_US.UTF-8", ...env },
    cwd: dir,
    stdoutIsTTY: true,
    stderrIsTTY: true,
    readStdin: async () => "",
  };
  expect(await main(args, io)).toBe(0);
  return stdout;
}
