/**
 * Issue 18: `report import --check` on a key-figures table read as `metrics` compares the
 * table by its figures, not its words. The build prints it in its own words (指标/单位/本年/
 * 上年/同比增长), units in their column (12万 → 12 | 万), numbers as numbers (86.0 → 86,
 * 7,800 → 7800), growth and 完成情况 computed: a correct import scored 86% and failed. Now
 * each row read must come back figure by figure, the result on a line of its own, and a
 * figure that does not come back fails the check (a structure difference); cells kept as
 * comments still count as text lost. On the fixtures of table-columns/ and table-shapes/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { settingsFrom } from "../src/core/config.js";
import { roundTrip } from "../src/import/check.js";
import { checkKeyFigures, textOfKeyFigures } from "../src/import/figures-check.js";
import { importReport } from "../src/import/index.js";
import { readMetricsTable } from "../src/import/metrics-table.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { ROOT, runInProcess, scratchProject } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

/** In-process runs only: a misreading import, one figure of one row changed (the binary is never mocked). */
const misread = vi.hoisted(() => ({ label: undefined as string | undefined, field: "previous" as "value" | "previous" | "unit", to: 0 as number | string }));
vi.mock("../src/import/metrics-table.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/import/metrics-table.js")>();
  return {
    ...real,
    takeMetricsTable: (paragraphs: Parameters<typeof real.takeMetricsTable>[0]) => {
      const taken = real.takeMetricsTable(paragraphs);
      return {
        ...taken,
        forYear: (year: number | undefined) => {
          const reading = taken.forYear(year);
          const metrics = reading.metrics?.map((m) => (m.label === misread.label ? { ...m, [misread.field]: misread.to } : m));
          return { ...reading, metrics };
        },
      };
    },
  };
});

const fixture = (dir: string, name: string) => join(ROOT, "tests/fixtures/import", dir, name);
const text = (dir: string, name: string) => readFileSync(fixture(dir, name), "utf8");
const templates = readTemplateSet();
const settings = settingsFrom();

async function check(dir: string, name: string, edit: (yaml: string) => string = (y) => y) {
  const format = name.endsWith(".docx") ? "docx" : name.endsWith(".md") ? "md" : "txt";
  const imported = await importReport(new Uint8Array(readFileSync(fixture(dir, name))), format, { lang: "en" });
  return { imported, trip: roundTrip(edit(imported.yaml), imported.original, templates, settings, "en", name, imported.originalShape, imported.keyFigures) };
}

describe("import --check: a key-figures table read as metrics is compared by its figures", () => {
  it.each([
    ["table-columns", "previous-by-year.txt", 2],
    ["table-columns", "spaced-last-year.txt", 2],
    ["table-shapes", "label-units.txt", 4],
    ["table-shapes", "pipe-rows.txt", 2],
    ["table-shapes", "tab-columns.txt", 2],
    ["table-shapes", "this-year-beside-last.txt", 2],
    ["table-shapes", "line-break-rows.md", 2],
    ["table-shapes", "pipe-rows.docx", 2],
    ["table-shapes", "tab-columns.docx", 2],
    ["table-shapes", "word-table.docx", 2],
  ])("%s/%s: every figure back, 100%, exit 0", (dir, name, rows) => {
    const r = importThroughBinary(name.endsWith(".txt") ? text(dir, name) : new Uint8Array(readFileSync(fixture(dir, name))), { name: `report${name.slice(name.lastIndexOf("."))}`, args: ["--check"] });
    expect(r.stdout).toMatch(/^round trip: 100\.0% of the original text comes back in order/);
    expect(r.stdout).toContain(`key figures: ${rows} of ${rows} rows, every figure back\n`);
    expect(r.code, r.stderr).toBe(0);
  });

  it("header words, moved units, normalised numbers and a computed growth column are no text lost (指标名称/计量单位/2023年/2022年/增长(%), 86.0)", async () => {
    const { imported, trip } = await check("table-columns", "previous-by-year.txt");
    // Nothing of the table is left to count as text: every cell is a figure the metrics hold, or computed.
    expect(imported.original.join("")).not.toMatch(/指标名称|计量单位|地区生产总值|256\.3|86\.0|6\.7/);
    expect(trip.score).toMatchObject({ share: 1 });
    expect(trip.figures).toEqual({ rows: 2, back: 2 });
    expect(trip.structure!.difference).toBeUndefined();
  });

  it("units written in the cells (12万, 5.8天, 95%) and thousands (7,800) come back as figure and unit", async () => {
    const { trip } = await check("table-shapes", "units-in-cells.txt");
    expect(trip.figures).toEqual({ rows: 4, back: 4 });
    expect(trip.structure!.difference).toBeUndefined();
  });

  it("in Chinese too", () => {
    const r = importThroughBinary(text("table-columns", "previous-by-year.txt"), { args: ["--check"], lang: "zh" });
    expect(r.stdout).toContain("主要指标核对：2 行中 2 行的数字全部对上\n");
    expect(r.code).toBe(0);
  });

  it("a report with no key-figures table prints no such line", () => {
    const r = importThroughBinary(text("table-columns", "page-lines.txt"), { args: ["--check"] });
    expect(r.stdout).not.toMatch(/key figures/);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  });
});

describe("import --check: what the import kept as comments still counts as text lost", () => {
  it("kept columns (序号, 2021年, a growth column that differs): the rows' figures are back, the kept cells are not, the score stays below the bar", () => {
    const r = importThroughBinary(text("table-columns", "columns-kept.txt"), { args: ["--check"] });
    expect(r.stdout).toContain("key figures: 3 of 3 rows, every figure back\n");
    const share = Number(/round trip: ([\d.]+)%/.exec(r.stdout)![1]);
    expect(share).toBeLessThan(98);
    expect(r.code).toBe(1);
  });

  it("a row whose figure is no number (心血管内科等3个) is kept, not a row read: its cells count as text", async () => {
    const { imported, trip } = await check("table-shapes", "units-in-cells.txt");
    expect(imported.original).toEqual(expect.arrayContaining(["新增重点专科", "心血管内科等3个"]));
    expect(trip.score!.share).toBeLessThan(0.98);
  });

  it("the cells a reading holds are left out of the text, the others kept in (unit)", () => {
    const table = { header: ["序号", "指标", "单位", "本年", "上年", "同比", "备注"], rows: [["1", "甲", "亿元", "10", "约8", "5%", "口径"], ["2", "乙", "家", "无数据", "3", "—", ""]] };
    const reading = readMetricsTable(table)!;
    expect(reading.figures.read).toEqual([{ previous: false, target: false }, null]);
    expect(textOfKeyFigures(reading.figures)).toEqual(["1", "约8", "5%", "口径", "2", "乙", "家", "无数据", "3", "—", ""]);
  });
});

describe("import --check: a figure read wrongly fails the check", () => {
  it.each([
    ["a previous", (y: string) => y.replace("previous: 80.2", "previous: 82"), { where: "固定资产投资", column: "2022年", original: "80.2", rebuilt: "82" }],
    ["a value", (y: string) => y.replace("value: 256.3", "value: 265.3"), { where: "地区生产总值", column: "2023年", original: "256.3", rebuilt: "265.3" }],
    ["a unit", (y: string) => y.replace("unit: 亿元, previous: 80.2", "unit: 万元, previous: 80.2"), { where: "固定资产投资", column: "计量单位", original: "亿元", rebuilt: "万元" }],
    ["a label", (y: string) => y.replace("label: 固定资产投资", "label: 固定资产"), { where: "固定资产投资", column: "指标名称", original: "固定资产投资", rebuilt: "固定资产" }],
  ])("%s: a structure difference with the first mismatch", async (_what, edit, mismatch) => {
    const { trip } = await check("table-columns", "previous-by-year.txt", edit);
    expect(trip.figures).toEqual({ rows: 2, back: 1, mismatch });
    expect(trip.structure!.difference).toEqual({ what: "figures", ...mismatch });
  });

  it("the columns of two years read the wrong way round: the year column is named", async () => {
    const { trip } = await check("table-columns", "previous-by-year.txt", (y) => y.replace("year: 2023", "year: 2022"));
    expect(trip.figures!.mismatch).toEqual({ where: "2023年", column: "本年", original: "2023年", rebuilt: "2022年" });
    expect(trip.figures!.back).toBe(0);
  });

  it("a unit read from the cells (12万) must be the row's: 12 in 万人次 is not 12万", async () => {
    const { trip } = await check("table-shapes", "units-in-cells.txt", (y) => y.replace("unit: 万,", "unit: 万人次,"));
    expect(trip.figures!.mismatch).toMatchObject({ where: "门诊人次", original: "万", rebuilt: "万人次" });
  });

  it("through the CLI: the mismatch on the key-figures line, the structure difference, exit 1 (in Chinese too)", async () => {
    const { dir, cleanup } = scratchProject(false);
    try {
      const path = fixture("table-columns", "previous-by-year.txt");
      Object.assign(misread, { label: "固定资产投资", field: "previous", to: 82 });
      const r = await runInProcess(["import", path, "--check"], { cwd: dir });
      expect(r.stdout).toContain("key figures: 1 of 2 rows, every figure back; first mismatch: 固定资产投资, 2022年: 80.2 in the original, 82 in the rebuilt table\n");
      expect(r.stderr).toContain("the structure differs: a figure of the key-figures table does not come back as the original has it");
      expect(r.code).toBe(1);
      const zh = await runInProcess(["import", path, "--check"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
      expect(zh.stdout).toContain("主要指标核对：2 行中 1 行的数字全部对上；第一处不符：固定资产投资，“2022年”原文 80.2，重新生成 82\n");
      expect(zh.stderr).toContain("结构不一致：主要指标表中有数字与原文不符");
      expect(zh.code).toBe(1);
      // The same import read rightly passes.
      misread.label = undefined;
      expect((await runInProcess(["import", path, "--check"], { cwd: dir })).code).toBe(0);
    } finally {
      misread.label = undefined;
      cleanup();
    }
  });

  it("a rebuilt Markdown with no key-figures table: no row is back", () => {
    const table = { header: ["指标", "单位", "本年"], rows: [["甲", "亿元", "10"]] };
    expect(checkKeyFigures(readMetricsTable(table)!.figures, [])).toMatchObject({ rows: 1, back: 0, mismatch: { where: "甲" } });
  });
});
