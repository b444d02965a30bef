/**
 * Issue 19, item 5: a metric whose value changed by more than 80% from last year's, or
 * differs from it by a factor of about 10,000 (元 vs 万元), gets a warning naming both
 * figures and units: from `previous:` (validate, build) or last year's file (build).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";

let project: ReturnType<typeof scratchProject>;
beforeEach(() => void (project = scratchProject()));
afterEach(() => project.cleanup());

const edit = (year: number, from: string, to: string) => {
  const path = join(project.dir, `data/${year}.yaml`);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe("implausible metrics", () => {
  it("2.35 万元 against previous: 22180 (the issue's -100.0%): a warning with both figures and a unit hint (en, zh)", () => {
    edit(2023, "value: 2.6, unit: 亿元", "value: 2.35, unit: 万元, previous: 22180");
    const en = runBinary(["validate", "data/2023.yaml"], { cwd: project.dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/data\/2023\.yaml:\d+:\d+ warning 全社会研发经费支出: 2\.35 万元 this year against 22,180 万元 last year \(-100\.0%\) \[rule\/metric-change\]/);
    expect(en.stdout).toContain("hint: the two differ by a factor of about 10,000: is one in 元 and the other in 万元? Write both in the same unit");
    const zh = runBinary(["validate", "data/2023.yaml", "--lang", "zh"], { cwd: project.dir });
    expect(zh.stdout).toContain("全社会研发经费支出：本年 2.35万元，上年 22,180万元（-100.0%）");
  });

  it("build compares with last year's file, naming its unit when it differs (en, zh)", () => {
    // 2022's rd_spending is in 亿元; written in 万元 this year, the ratio is about 10,000.
    edit(2023, "value: 2.6, unit: 亿元", "value: 26000, unit: 万元");
    const en = runBinary(["build", "2023"], { cwd: project.dir });
    expect(en.code).toBe(0);
    expect(en.stderr).toMatch(/全社会研发经费支出: 26,000 万元 this year against [\d.]+ 亿元 last year/);
    expect(en.stderr).toContain("is one in 亿元 and the other in 万元?");
    const zh = runBinary(["build", "2023", "--lang", "zh"], { cwd: project.dir });
    expect(zh.stderr).toContain("是否一个按“亿元”、一个按“万元”填写？");
  });

  it("validate compares with last year's file beside it too, as build does (en, zh)", () => {
    edit(2023, "value: 2.6, unit: 亿元", "value: 26000, unit: 万元");
    const en = runBinary(["validate"], { cwd: project.dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/data\/2023\.yaml:\d+:\d+ warning 全社会研发经费支出: 26,000 万元 this year against [\d.]+ 亿元 last year/);
    expect(runBinary(["validate", "data/2023.yaml", "--lang", "zh"], { cwd: project.dir }).stdout).toContain("是否一个按“亿元”、一个按“万元”填写？");
  });

  it("a change beyond ±80% is questioned; the sample's own changes are not", () => {
    expect(runBinary(["build", "2023"], { cwd: project.dir }).stderr).not.toContain("rule/metric-change");
    edit(2023, "value: 104, unit: 件", "value: 10, unit: 件");
    const result = runBinary(["build", "2023", "--lang", "zh"], { cwd: project.dir });
    expect(result.stderr).toMatch(/发明专利授权量：本年 10件，上年 [\d,]+件（-\d+\.\d%） \[rule\/metric-change\]/);
    expect(result.stderr).toContain("变化超过 80%");
  });

  it("small counts are not questioned for their change (1 → 2 labs is +100%)", () => {
    edit(2023, "value: 43, unit: 家", "value: 43, unit: 家, previous: 20");
    edit(2023, "value: 1, unit: 家, previous: 0", "value: 2, unit: 家, previous: 1");
    const out = runBinary(["validate", "data/2023.yaml"], { cwd: project.dir }).stdout;
    expect(out).toContain("高新技术企业: 43 家 this year against 20 家 last year (+115.0%)");
    expect(out).not.toContain("省级重点实验室");
  });
});
