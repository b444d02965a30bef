/**
 * A part's opening text that ends in an enumeration (一是…二是…, （1）…, ①…) becomes the
 * part's `intro` (the lead) and `points`, by the same rules as a topic's body: the shape
 * of a 存在的问题 part written as one paragraph. Then the build prints it back as it was,
 * and `report import --into` reads an edited point back into that point. The texts are
 * written for these tests (tests/fixtures/import/part-points/README.md).
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { settingsFrom } from "../src/core/config.js";
import type { Report } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { importInto } from "../src/import/into/index.js";
import { partOpening } from "../src/import/topics.js";
import { buildReport } from "../src/index.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const FIXTURES = join(ROOT, "tests/fixtures/import/part-points");
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), "utf8");

/** Import a fixture as data/2023.yaml in a scratch project and build its Markdown. */
function importAndBuild(name: string) {
  const project = scratchProject(false);
  try {
    copyFileSync(join(FIXTURES, `${name}.txt`), join(project.dir, "in.txt"));
    const imported = runBinary(["import", "in.txt", "-o", "data/2023.yaml"], { cwd: project.dir });
    expect(imported.code, imported.stderr).toBe(0);
    const built = runBinary(["build", "2023", "--format", "md"], { cwd: project.dir });
    expect(built.code, built.stderr).toBe(0);
    return { report: parse(readFileSync(join(project.dir, "data/2023.yaml"), "utf8")) as Report, markdown: readFileSync(join(project.dir, "out/2023.md"), "utf8") };
  } finally {
    project.cleanup();
  }
}

describe("import: a part's opening text ending in an enumeration", () => {
  it("存在的问题 as one paragraph: the lead is the intro, 一是/二是/三是 the points; the build prints the paragraph as it was", () => {
    const { report, markdown } = importAndBuild("problems-one-paragraph");
    expect(report.problems).toEqual({
      intro: "在肯定成绩的同时，我们也清醒地看到工作中还存在一些不足：",
      points: ["农业基础设施仍有短板，部分灌区渠系老化；", "新型经营主体带动能力不强，辐射范围有限；", "农产品品牌影响力不大，缺少叫得响的区域品牌。"],
    });
    const original = fixture("problems-one-paragraph").split("\n").find((line) => line.startsWith("在肯定成绩"))!;
    expect(markdown).toContain(`## 二、存在的问题与不足\n\n${original}\n`);
  });

  it("（1） before the summary's topics, ① alone with no lead, 一是 on lines of their own after a colon", () => {
    const r = importThroughBinary(fixture("opening-numbered"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.summary).toMatchObject({
      intro: "全年科技工作围绕创新驱动发展战略展开。主要做了以下工作：",
      points: ["新认定高新技术企业9家；", "建成省级星创天地2家；", "组织科技特派员下乡服务320人次。"],
      pointStyle: "（1）",
      items: [{ title: "培育创新主体" }],
    });
    // Keys in the data format's order: the points follow the intro, before the items.
    expect(Object.keys(r.report.summary)).toEqual(["intro", "points", "pointStyle", "items"]);
    expect(r.report.problems).toEqual({ points: ["企业研发投入强度偏低。", "科技成果转化渠道不畅。", "科技人才引进难、留住更难。"], pointStyle: "①" });
    expect(r.report.plan).toEqual({ intro: "重点抓好以下工作：", points: ["培育壮大创新主体。", "搭建创新平台。", "优化科技服务。"] });
  });

  it("--check: the rebuilt Markdown has the original's text and structure, the parts' 一是… points among them", () => {
    for (const name of ["problems-one-paragraph", "opening-numbered"]) {
      const r = importThroughBinary(fixture(name), { args: ["--check"] });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^round trip: 100\.0%/);
      // --check counts the 一是 kind (structure-check.ts): three in each.
      expect(r.stdout).toMatch(/structure: numbered headings per level and points — original (\S+), 3; rebuilt \1, 3\n/);
    }
  });

  it("stays text as in a topic's body: points after a comma, and an enumeration in a paragraph that is not the last", () => {
    const r = importThroughBinary(fixture("stays-text"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.summary.points).toBeUndefined();
    expect(r.report.summary.intro).toBe("全年接待游客320万人次，一是节假日客流集中，二是周末短途游增多，旅游收入增长12%。");
    expect(r.report.problems).toEqual({ intro: ["一是景区配套设施不足。二是旅游产品同质化。", "但总体上看，全县文旅工作保持了良好势头。"] });
  });

  it("partOpening: no paragraphs give nothing; a lead in an earlier paragraph stays intro; pointStyle only when not 一是", () => {
    expect(partOpening([])).toEqual({});
    expect(partOpening(["第一段。", "主要有：一是甲。二是乙。"])).toEqual({ intro: ["第一段。", "主要有："], points: ["甲。", "乙。"] });
    expect(partOpening(["（1）甲；（2）乙。"])).toEqual({ points: ["甲；", "乙。"], pointStyle: "（1）" });
    expect(partOpening(["全年工作平稳。"])).toEqual({ intro: "全年工作平稳。" });
  });
});

describe("import --into: a part's points in the review loop", () => {
  const templates = readTemplateSet();
  const YAML = [
    "year: 2023",
    "organization: 某县农业农村局",
    "summary:",
    "  items:",
    "    - title: 稳定粮食生产",
    "      body: 全年粮食总产量31.2万吨。",
    "problems:",
    "  intro: 工作中还存在一些不足：",
    "  points:",
    "    - 农业基础设施仍有短板；",
    "    - 经营主体带动能力不强。",
    "plan:",
    "  points: [抓好粮食生产, 培育经营主体]",
    "",
  ].join("\n");

  /** The built .docx with `old` replaced by `next` in its XML (the replacement must happen), imported into the data. */
  async function roundTrip(old: string, next: string) {
    const report = validateSource({ file: "d.yaml", text: YAML }, "en").report!;
    const built = (await buildReport({ source: { file: "d.yaml", text: YAML }, templates, settings: settingsFrom(), formats: ["docx"], lang: "en" })).outputs[0].bytes;
    const files = unzipSync(built);
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toContain(old);
    files["word/document.xml"] = strToU8(xml.replace(old, next));
    const result = importInto({ edited: zipSync(files), built, yaml: YAML, report, changes: "accept" });
    return { result, data: parse(result.yaml) as Report };
  }

  it("an edited point comes back to that point, in place; the intro and the rest are unchanged", async () => {
    const { result, data } = await roundTrip("经营主体带动能力不强", "新型经营主体带动能力不强");
    expect(result.unplaced).toEqual([]);
    expect(data.problems).toEqual({ intro: "工作中还存在一些不足：", points: ["农业基础设施仍有短板；", "新型经营主体带动能力不强。"] });
    expect(result.yaml).toBe(YAML.replace("    - 经营主体带动能力不强。", "    - 新型经营主体带动能力不强。"));
  });

  it("an edited lead comes back to the intro, the points untouched", async () => {
    const { data } = await roundTrip("工作中还存在一些不足：", "工作中也还存在一些不足：");
    expect(data.problems).toEqual({ intro: "工作中也还存在一些不足：", points: ["农业基础设施仍有短板；", "经营主体带动能力不强。"] });
  });

  it("a point with no intro (a paragraph of its own): its edit comes back; text typed before it becomes the intro", async () => {
    const edited = await roundTrip("一是抓好粮食生产。", "一是抓好粮食稳产。");
    expect(edited.data.plan).toEqual({ points: ["抓好粮食稳产", "培育经营主体"] });
    const led = await roundTrip("一是抓好粮食生产。", "明年重点：一是抓好粮食生产。");
    expect(led.result.unplaced).toEqual([]);
    expect(led.data.plan).toMatchObject({ points: ["抓好粮食生产", "培育经营主体"], intro: "明年重点：" });
  });

  it("a point added comes back as a point of its own", async () => {
    const { result, data } = await roundTrip("二是经营主体带动能力不强。", "二是经营主体带动能力不强；三是农产品品牌影响力不大。");
    expect(result.counts.pointsAdded).toBe(1);
    expect(data.problems.points).toEqual(["农业基础设施仍有短板；", "经营主体带动能力不强；", "农产品品牌影响力不大。"]);
  });

  it("markers deleted: the paragraph is listed as unplaced and the data is left as it was, never garbled", async () => {
    const { result } = await roundTrip("一是农业基础设施仍有短板；二是", "农业基础设施仍有短板；");
    expect(result.unplaced).toMatchObject([{ reason: "points", path: ["problems"] }]);
    expect(result.yaml).toBe(YAML);
  });
});
