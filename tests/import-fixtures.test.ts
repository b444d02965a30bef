/**
 * `report import` on whole reports: each fixture (our own test reports in several shapes,
 * a county bureau's web page saved as text, a LibreOffice .docx, a GBK .txt, and the
 * .docx and .md our own build writes) imports to data that validates and whose rebuilt
 * Markdown keeps ≥ 98% of the original text in order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { settingsFrom } from "../src/core/config.js";
import type { Report, Topic } from "../src/core/schema.js";
import { closeSentence, paragraphsOf } from "../src/core/text.js";
import { roundTrip, ROUND_TRIP_BAR } from "../src/import/check.js";
import { importFormatOf, importReport, type ImportResult } from "../src/import/index.js";
import { buildReport } from "../src/index.js";
import { readTemplateSet } from "../src/render/template-files.js";
import { ROOT } from "./helpers/cli.js";
import { docxSchemaProblems } from "./helpers/ooxml-schema.js";

const FIXTURES = join(ROOT, "tests/fixtures/import");
const templates = readTemplateSet();
const settings = settingsFrom();

async function importBytes(bytes: Uint8Array, name: string) {
  const imported = await importReport(bytes, importFormatOf(name)!, { lang: "zh", source: name });
  const checked = roundTrip(imported.yaml, imported.original, templates, settings, "zh");
  return { imported, checked };
}

async function importFixture(path: string) {
  return importBytes(new Uint8Array(readFileSync(join(FIXTURES, path))), path);
}

/** The bar every case must pass: valid data (no errors) and ≥ 98% of the text back. */
function expectGoodImport({ imported, checked }: { imported: ImportResult; checked: ReturnType<typeof roundTrip> }) {
  expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(checked.markdown).toBeDefined();
  expect(checked.score!.share).toBeGreaterThanOrEqual(ROUND_TRIP_BAR);
  expect(imported.yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/report.schema.json");
  // The file says exactly what the importer found: no folding, no lost key.
  expect(parse(imported.yaml)).toEqual(imported.report);
}

const notesOf = (imported: ImportResult, code: string) => imported.notes.filter((n) => n.code === code);

describe("import: a web page saved as text, full-width punctuation, 1． style, all five parts", () => {
  it("imports to valid data that round-trips", async () => {
    const result = await importFixture("txt-full-width/report.txt");
    expectGoodImport(result);
    const r = result.imported.report;
    expect(r).toMatchObject({ year: 2022, organization: "青山县农业农村局", date: "2022-12-30" });
    expect(r.title).toBeUndefined(); // the default title reads the same
    // Furniture: breadcrumbs, 发布时间 line, 字体 line, 打印/关闭 — dropped and listed.
    expect(notesOf(result.imported, "furniture").map((n) => n.params.text)).toHaveLength(4);
    expect(result.imported.yaml).toContain("# - 已删除网页信息行：首页 > 政务公开");
    expect(Object.keys(r)).toEqual(["year", "organization", "date", "intro", "summary", "highlights", "problems", "outlook", "plan", "closing"]);
    // Long text in block scalars on lines of their own, never folded; targets one per line.
    expect(result.imported.yaml).toMatch(/^intro: \|-\n  2022年，县农业农村局坚持农业农村优先发展，.*现将有关情况报告如下。\n/m);
    expect(result.imported.yaml).toContain("    - { text: 粮食总产量达到19.5万吨, value: 19.5, unit: 万吨 }\n");
    const farmland = r.summary.items![0].items![1];
    expect(farmland).toMatchObject({ title: "推进高标准农田建设", body: "新建高标准农田3.5万亩，完成年度任务的108%。主要做法是：" });
    expect(farmland.points).toEqual(["统筹整合涉农资金1.1亿元；", "推行“先建后补”方式，调动经营主体积极性；", "建立建后管护机制，明确管护责任人。"]);
    expect(farmland.pointStyle).toBeUndefined(); // 一是 is the default
    expect(r.summary.items![2]).toMatchObject({ title: "推进农村人居环境整治", runIn: true });
    expect(r.highlights!.items).toEqual([
      { body: "青山绿茶获评全国名特优新农产品，品牌价值提升到15.6亿元。" },
      { body: "白沙镇入选全国农业产业强镇建设名单。" },
    ]);
    expect(r.problems.items![0]).toEqual({ title: "农业基础设施仍有短板", body: "部分山区灌溉设施老化失修，抵御自然灾害的能力不强。" });
    expect(r.outlook!.intro).toMatch(/^当前，农业农村发展/);
    expect(r.plan.heading).toBe("2023年工作计划");
    expect(r.plan.targets).toEqual([
      { text: "粮食播种面积稳定在46万亩以上", value: 46, unit: "万亩" },
      { text: "粮食总产量达到19.5万吨", value: 19.5, unit: "万吨" },
      { text: "新建高标准农田3万亩", value: 3, unit: "万亩" },
      { text: "农村居民人均可支配收入增长7%", value: 7, unit: "%" },
    ]);
    expect(r.plan.items!.map((t) => t.title)).toEqual(["确保粮食安全", "做强特色产业", "建设宜居宜业和美乡村"]);
    expect(r.closing).toMatch(/^新的一年，我局将/);
  });
});

describe("import: Markdown with half-width punctuation, (一) and 1、 styles, no highlights or outlook", () => {
  it("imports to valid data that round-trips", async () => {
    const result = await importFixture("md-half-width/report.md");
    expectGoodImport(result);
    const r = result.imported.report;
    expect(r).toMatchObject({ year: 2023, organization: "石桥镇", title: "石桥镇2023年工作总结和2024年工作思路", date: "2023-12-26" });
    expect(r.highlights).toBeUndefined();
    expect(r.outlook).toBeUndefined();
    expect(r.signature).toEqual({ organization: "石桥镇人民政府" });
    expect(r.summary.heading).toBe("主要工作");
    // "1、招商引资取得突破.全年…": a run-in title ended by a half-width full stop.
    expect(r.summary.items![0].items![0]).toMatchObject({ title: "招商引资取得突破.", runIn: true, body: "全年引进项目6个,其中亿元以上项目2个,实际到位资金3.1亿元。" });
    // Half-width ";" between the points.
    expect(r.summary.items![2].points).toEqual(["建立镇村两级矛盾纠纷调处中心;", "推行网格化管理,划分网格46个;", "开展平安村创建,全镇平安村达标率达到95%。"]);
    // Problems under ### headings stand on their own line: runIn false (the part's default is true).
    expect(r.problems.items![0]).toMatchObject({ title: "经济总量不大", runIn: false });
    expect(r.plan).toMatchObject({ heading: "2024年工作思路" });
    expect(r.plan.targets).toBeUndefined();
  });
});

describe("import: a GBK-encoded .txt (Notepad's ANSI on a Chinese Windows)", () => {
  it("is not UTF-8, is detected, and imports to valid data that round-trips", async () => {
    const bytes = readFileSync(join(FIXTURES, "txt-gbk/report.txt"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const result = await importFixture("txt-gbk/report.txt");
    expectGoodImport(result);
    expect(notesOf(result.imported, "encoding")).toEqual([{ code: "encoding", params: { encoding: "GB18030" } }]);
    const r = result.imported.report;
    expect(r).toMatchObject({ year: 2022, organization: "城南中学", date: "2022-12-29" });
    expect(r.summary.items![1]).toMatchObject({ title: "提高教育教学质量。" });
    expect(r.summary.items![1].items!.map((t) => t.title)).toEqual(["课堂教学改革", "毕业班工作"]);
    expect(r.summary.items![2]).toMatchObject({ title: "落实“双减”政策", runIn: true, pointStyle: "①", body: "学校开设课后服务课程28门，学生参与率达到96%。具体做法有：" });
    expect(r.summary.items![2].points).toHaveLength(3);
    expect(r.plan.targets).toEqual([
      { text: "中考优秀率提高到35%", value: 35, unit: "%" },
      { text: "新增市级骨干教师3名", value: 3, unit: "名" },
      { text: "建成标准化实验室2间", value: 2, unit: "间" },
    ]);
  });

  it("reads the same text as the UTF-8 original", async () => {
    const gbk = await importFixture("txt-gbk/report.txt");
    const utf8 = new TextEncoder().encode(new TextDecoder("gb18030").decode(readFileSync(join(FIXTURES, "txt-gbk/report.txt"))));
    const plain = await importBytes(utf8, "report.txt");
    expect(plain.imported.report).toEqual(gbk.imported.report);
  });
});

describe("import: a .docx made by LibreOffice from a .txt (1、 style, with highlights and targets)", () => {
  it("imports to valid data that round-trips", async () => {
    const result = await importFixture("docx-libreoffice/report.docx");
    expectGoodImport(result);
    const r = result.imported.report;
    expect(r).toMatchObject({ year: 2022, organization: "江口县市场监督管理局", date: "2022-12-27" });
    expect(r.summary.items![1].items).toEqual([
      { title: "食品安全监管", runIn: true, body: "开展校园食品安全、农村集体聚餐等专项整治行动，检查食品生产经营主体4200家次，完成食品抽检1350批次。" },
      { title: "药品安全监管", runIn: true, body: "对全县药品零售企业开展全覆盖检查，立案查处违法案件12件。" },
    ]);
    expect(r.highlights!.items).toHaveLength(2);
    expect(r.plan.targets!.map((t) => [t.value, t.unit])).toEqual([[4000, "户"], [4, "批次"], [6000, "件"]]);
  });

  it("reads the same report as the .txt it was made from", async () => {
    const docx = await importFixture("docx-libreoffice/report.docx");
    const txt = await importFixture("docx-libreoffice/report.txt");
    expect(docx.imported.report).toEqual(txt.imported.report);
  });
});

describe("import: a county bureau's report as published on its website (the issue's 'done when')", () => {
  it("drops the page furniture, keeps every line of the report, and round-trips", async () => {
    const result = await importFixture("county-bureau-web/report.txt");
    expectGoodImport(result);
    const { report: r, unplaced } = result.imported;
    const furniture = notesOf(result.imported, "furniture").map((n) => String(n.params.text));
    expect(furniture).toHaveLength(11);
    expect(furniture.some((t) => t.startsWith("（初审："))).toBe(true);
    expect(unplaced).toEqual([]);
    expect(r).toMatchObject({ year: 2022, organization: "临川县水利局", title: "临川县水利局2022年工作总结和2023年工作计划", date: "2022-12-30" });
    // "二、工作中的几点体会" names no part: since issue 18 it is a topic of the summary, not the highlights part by position.
    expect(notesOf(result.imported, "merged-section").map((n) => n.params)).toEqual([{ heading: "工作中的几点体会", part: "summary" }]);
    expect(r.highlights).toBeUndefined();
    expect(r.summary.items!.at(-1)!.title).toBe("工作中的几点体会");
    expect(r.problems.heading).toBe("存在的困难和问题");
    expect(r.problems.items).toHaveLength(3);
    expect(r.plan.targets).toHaveLength(4);
    const [flood, , , team] = r.plan.items!;
    expect(flood.items!.map((t) => t.title)).toEqual(["完善防汛责任体系", "提升监测预警能力"]);
    expect(team).toMatchObject({ title: "加强水利队伍建设", runIn: true });
    expect(team.points).toHaveLength(2);
    expect(r.closing).toMatch(/^新的一年/);
    expect(result.checked.score!.share).toBeGreaterThan(0.99);
  });
});

describe("import: messy spacing — a title over two lines, （ 一 ） and 1 、 with spaces, a date in Chinese numerals", () => {
  it("imports to valid data that round-trips", async () => {
    const result = await importFixture("txt-messy-spacing/report.txt");
    expectGoodImport(result);
    const r = result.imported.report;
    // The two title lines read as one title, which is the default one for this organisation and year.
    expect(r).toMatchObject({ year: 2022, organization: "临江县发展和改革局", date: "2022-12-20" });
    expect(r.title).toBeUndefined();
    const projects = r.summary.items![1];
    expect(projects.title).toBe("重大项目建设有力推进");
    expect(projects.items![1]).toMatchObject({ title: "项目要素保障。" });
    expect(projects.items![1].items!.map((t) => t.title)).toEqual(["用地保障", "资金保障"]);
    // The part's opening text is one enumeration with no lead: the part's points, no intro.
    expect(r.problems).toEqual({
      heading: "存在的主要问题：",
      points: ["经济下行压力依然较大，部分企业生产经营困难；", "项目储备质量不高，大项目、好项目偏少；", "要素保障难度加大，用地、资金等瓶颈制约较为突出。"],
    });
    expect(r.plan.items).toHaveLength(3);
    expect(r.closing).toBe("特此报告。");
    // The one loss: 二〇二二年十二月二十日 comes back as 2022年12月20日.
    expect(result.checked.score!.total - result.checked.score!.matched).toBe(8);
  });
});

/** Text values as paragraphs, ids and metric links left out: what both sides must agree on. */
function comparableReport(report: Report): unknown {
  const topic = (t: Topic): unknown => ({
    ...(t.title ? { title: t.title } : {}),
    ...(t.runIn !== undefined ? { runIn: t.runIn } : {}),
    body: paragraphsOf(t.body),
    // The build closes each point with "。"; whether the data wrote it is not visible afterwards.
    points: (t.points ?? []).map((p) => closeSentence(paragraphsOf(p).join(""))),
    pointStyle: t.pointStyle ?? "一是",
    items: (t.items ?? []).map(topic),
  });
  const part = (p: Report["summary"] | undefined) =>
    p && { heading: p.heading, intro: paragraphsOf(p.intro), items: (p.items ?? []).map(topic) };
  return {
    year: report.year,
    organization: report.organization,
    date: report.date,
    intro: paragraphsOf(report.intro),
    metrics: (report.metrics ?? []).map(({ id: _id, ...rest }) => rest),
    summary: part(report.summary),
    highlights: part(report.highlights),
    problems: part(report.problems),
    outlook: part(report.outlook),
    plan: { ...part(report.plan), targets: (report.plan.targets ?? []).map(({ metric: _m, ...rest }) => rest) },
    closing: paragraphsOf(report.closing),
  };
}

describe("import: what our own `report build` writes for data/2022.yaml", () => {
  const source = { file: "data/2022.yaml", text: readFileSync(join(ROOT, "data/2022.yaml"), "utf8") };

  it.each(["docx", "md"] as const)("the .%s comes back as the same data (ids aside) and round-trips", async (format) => {
    const built = await buildReport({ source, templates, settings, formats: [format], lang: "zh" });
    expect(built.outputs).toHaveLength(1);
    if (format === "docx") expect(await docxSchemaProblems([{ label: "2022.docx", bytes: built.outputs[0].bytes }])).toEqual([]);
    const result = await importBytes(built.outputs[0].bytes, `2022.${format}`);
    expectGoodImport(result);
    const expected = comparableReport(built.report!) as { metrics: unknown[] };
    // Metrics come back only from the key-figures table, which the template writes when there are metrics.
    const hasTable = /\| 指标 \|/.test(built.markdown ?? "");
    if (!hasTable) expected.metrics = [];
    expect(comparableReport(result.imported.report)).toEqual(expected);
    if (!hasTable) return;
    // Targets are linked back to the metrics read from the key-figures table.
    const metrics = result.imported.report.metrics ?? [];
    const byId = new Map(metrics.map((m) => [m.id, m.label]));
    expect(result.imported.report.plan.targets!.map((t) => byId.get(t.metric!))).toEqual(
      built.report!.plan.targets!.map((t) => built.report!.metrics!.find((m) => m.id === t.metric)!.label),
    );
  });
});
