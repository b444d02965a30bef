/**
 * The year-over-year comparison in the core (src/diff), on the fixture pair
 * tests/fixtures/diff/years/2022.yaml → 2023.yaml, which holds one case of everything.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/core/schema.js";
import { validateSource } from "../src/core/validate.js";
import { partEntries } from "../src/diff/entries.js";
import { diffReports, SIMILARITY_THRESHOLD } from "../src/diff/index.js";
import { matchEntries } from "../src/diff/match.js";
import type { EntryDiff, YearDiff } from "../src/diff/model.js";
import { diffText, similarity, tokenize, type Segment } from "../src/diff/text-diff.js";
import { ROOT } from "./helpers/cli.js";
import { minimalReport } from "./helpers/report.js";

const FIXTURE = join(ROOT, "tests/fixtures/diff/years");

function load(year: number): Report {
  const file = join(FIXTURE, `${year}.yaml`);
  const result = validateSource({ file, text: readFileSync(file, "utf8") }, "en");
  if (!result.report) throw new Error(JSON.stringify(result.diagnostics));
  return result.report;
}

const a = load(2022);
const b = load(2023);
const diff: YearDiff = diffReports({ report: a, file: "2022.yaml" }, { report: b, file: "2023.yaml" });

/** [-a-]{+b+} notation for assertions. */
const marked = (segments: readonly Segment[] | null) =>
  (segments ?? []).map((s) => (s.op === "delete" ? `[-${s.text}-]` : s.op === "insert" ? `{+${s.text}+}` : s.text)).join("");

const section = (part: string) => diff.sections.find((s) => s.part === part)!;
const entryTitled = (part: string, title: string): EntryDiff =>
  section(part).entries.find((e) => (e.b ?? e.a)!.title === title)!;

describe("metrics by id", () => {
  const metric = (id: string) => diff.metrics!.find((m) => m.id === id)!;

  it("reached: B's value against the target A's plan set", () => {
    expect(metric("grain_output")).toMatchObject({ status: "changed", a: 30.5, b: 31.2, change: 0.7, growthPercent: 2.3, target: 31, targetFrom: "a-plan", reached: true });
  });

  it("missed", () => {
    expect(metric("coop_count")).toMatchObject({ a: 386, b: 412, change: 26, growthPercent: 6.7, target: 420, reached: false });
  });

  it("zero last year: a change but no growth rate", () => {
    expect(metric("demo_bases")).toMatchObject({ a: 0, b: 3, change: 3, growthPercent: null });
  });

  it("unchanged, and % indicators", () => {
    expect(metric("farmer_income")).toMatchObject({ status: "unchanged", change: 0, growthPercent: 0 });
    expect(metric("mechanization")).toMatchObject({ status: "changed", change: 3.5, unit: "%" });
  });

  it("new and dropped ids, dropped ones after B's order", () => {
    expect(diff.metrics!.map((m) => m.id)).toEqual(["grain_output", "coop_count", "demo_bases", "farmer_income", "mechanization", "smart_farms", "machine_power"]);
    expect(metric("smart_farms")).toMatchObject({ status: "new", a: null, b: 6, change: null, reached: null });
    expect(metric("machine_power")).toMatchObject({ status: "dropped", a: 52, b: null, target: 55, reached: null });
  });
});

describe("topics", () => {
  it("matched by id: changed text as a character diff with whole numbers", () => {
    const grain = entryTitled("summary", "稳住粮食生产基本盘");
    expect(grain).toMatchObject({ status: "changed", match: "id", title: null });
    expect(marked(grain.text)).toBe("全年落实粮食播种面积[-52.3-]{+52.8+}万亩，粮食总产量[-30.5-]{+31.2+}万吨。");
  });

  it("renamed topic: same id, the title diff shown, the text unchanged", () => {
    const coops = entryTitled("summary", "壮大新型农业经营主体");
    expect(coops).toMatchObject({ status: "changed", match: "id", text: null });
    expect(coops.a!.title).toBe("培育新型经营主体");
    expect(marked(coops.title)).toBe("[-培育-]{+壮大+}新型{+农业+}经营主体");
  });

  it("reordered topics without ids are matched by title and are not a change", () => {
    for (const title of ["推进农业机械化", "改善农村人居环境"]) {
      expect(entryTitled("summary", title)).toMatchObject({ status: "unchanged", match: "similarity", similarity: 1 });
    }
    expect(entryTitled("summary", "推进农业机械化").a!.location).toBe("一、（四）");
    expect(entryTitled("summary", "推进农业机械化").b!.location).toBe("一、（三）");
    expect(section("summary").counts).toEqual({ added: 2, removed: 1, changed: 2, unchanged: 2 });
  });

  it("added and removed", () => {
    expect(entryTitled("summary", "加快发展乡村特色产业集群").status).toBe("added");
    expect(entryTitled("summary", "开展农业保险试点").status).toBe("removed");
  });

  it("untitled topics match on their opening words", () => {
    expect(section("highlights").counts).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 1 });
  });

  it("matched by title similarity above the threshold, with the score", () => {
    const service = entryTitled("problems", "农业社会化服务体系仍不健全");
    expect(service).toMatchObject({ status: "changed", match: "similarity", similarity: 0.96, persisting: true });
    expect(marked(service.title)).toBe("农业社会化服务体系{+仍+}不健全");
  });

  it("two topics with different ids never match, however alike their titles", () => {
    const plan = section("plan");
    expect(plan.entries.filter((e) => (e.a ?? e.b)!.title === "抓好粮食生产").map((e) => e.status)).toEqual(["added", "removed"]);
  });
});

describe("problems raised in both years", () => {
  it("are flagged, by id and by similarity", () => {
    expect(diff.persistingProblems!.map((p) => [p.match, p.a.title, p.b.title])).toEqual([
      ["id", "农业基础设施仍有短板", "农业基础设施仍有短板"],
      ["similarity", "农业社会化服务体系不健全", "农业社会化服务体系仍不健全"],
    ]);
  });

  it("a problem not raised again is not flagged", () => {
    expect(entryTitled("problems", "农产品品牌影响力不强")).toMatchObject({ status: "removed", persisting: false });
  });
});

describe("plan follow-through", () => {
  it("checks A's targets against B's figures", () => {
    expect(diff.followThrough!.targets.map((t) => [t.text, t.status, t.value])).toEqual([
      ["粮食总产量稳定在31万吨以上", "reached", 31.2],
      ["农民专业合作社达到420家", "missed", 412],
      ["农机总动力达到55万千瓦", "not-reported", null],
      ["创建省级示范家庭农场5家", "unchecked", null],
    ]);
  });

  it("finds A's plan items in B's summary by id, else by title", () => {
    expect(diff.followThrough!.items.map((i) => [i.a.title, i.status, i.match, i.b?.location ?? null])).toEqual([
      ["抓好粮食生产", "reported", "id", "一、（五）"],
      ["加快发展乡村特色产业", "reported", "similarity", "一、（六）"],
      ["深化农村改革", "not-reported", null, null],
    ]);
  });
});

describe("sections and differences", () => {
  it("counts what is not unchanged, in the selected sections only", () => {
    expect(diff.differences).toBe(6 + 5 + 1 + 4 + 8);
    const onlyMetrics = diffReports({ report: a, file: "a" }, { report: b, file: "b" }, ["metrics"]);
    expect(onlyMetrics).toMatchObject({ selected: ["metrics"], sections: [], followThrough: null, persistingProblems: null, differences: 6 });
    const problems = diffReports({ report: a, file: "a" }, { report: b, file: "b" }, ["problems"]);
    expect(problems.metrics).toBeNull();
    expect(problems.persistingProblems).toHaveLength(2);
  });

  it("a year compared with itself has no differences", () => {
    expect(diffReports({ report: b, file: "b" }, { report: b, file: "b" }).differences).toBe(0);
  });
});

describe("text diff", () => {
  it("keeps numbers and Latin words whole", () => {
    expect(tokenize("达到2.5亿元，R&D投入42%")).toEqual(["达", "到", "2.5", "亿", "元", "，", "R", "&", "D", "投", "入", "42%"]);
    expect(marked(diffText("总数达到38家", "总数达到43家"))).toBe("总数达到[-38-]{+43+}家");
  });

  it("folds stray common characters into the edits around them", () => {
    expect(marked(diffText("选派科技特派员120名，实现全县行政村全覆盖。", "科技特派员增加到135名，服务范围延伸到家庭农场和农民专业合作社。"))).toBe(
      "[-选派-]科技特派员[-120名，实现全县行政村全覆盖-]{+增加到135名，服务范围延伸到家庭农场和农民专业合作社+}。",
    );
  });

  it("equal texts are one equal segment; empty ones nothing", () => {
    expect(diffText("相同", "相同")).toEqual([{ op: "equal", text: "相同" }]);
    expect(diffText("", "")).toEqual([]);
  });

  it("similarity is difflib's ratio; the threshold sits between a reworded and a different title", () => {
    expect(SIMILARITY_THRESHOLD).toBe(0.6);
    expect(similarity("企业科技创新能力不强", "企业科技创新能力仍然不强")).toBeCloseTo(0.909, 3);
    expect(similarity("建设科技创新平台", "提升创新平台能级")).toBe(0.5);
    const one = minimalReport({ summary: { items: [{ title: "建设科技创新平台" }] } });
    const two = minimalReport({ summary: { items: [{ title: "提升创新平台能级" }] } });
    expect(matchEntries(partEntries(one, "summary"), partEntries(two, "summary")).pairs).toEqual([]);
  });
});

describe("a part's points", () => {
  it("are in the part's intro entry, continuing its last paragraph as printed", () => {
    const withIntro = minimalReport({ problems: { intro: ["总体向好。", "问题主要有："], points: ["创新能力不强", "服务不够精准"] } });
    expect(partEntries(withIntro, "problems")).toEqual([
      { kind: "intro", id: null, title: null, text: "总体向好。\n问题主要有：一是创新能力不强。二是服务不够精准。", location: "二、", depth: 0 },
    ]);
    const alone = minimalReport({ problems: { points: ["甲", "乙"], pointStyle: "①" } });
    expect(partEntries(alone, "problems")[0]).toMatchObject({ kind: "intro", text: "①甲。②乙。" });
  });
  it("changed between two years show as a change of the intro", () => {
    const a = minimalReport({ problems: { intro: "问题主要有：", points: ["创新能力不强"] } });
    const b = minimalReport({ problems: { intro: "问题主要有：", points: ["创新能力仍然不强"] } });
    const problems = diffReports({ report: a, file: "a.yaml" }, { report: b, file: "b.yaml" }).sections.find((s) => s.part === "problems")!;
    expect(problems.entries.map((e) => [(e.a ?? e.b)!.kind, e.status])).toEqual([["intro", "changed"]]);
  });
});
