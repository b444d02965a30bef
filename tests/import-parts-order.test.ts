/**
 * Issue 18, parts by meaning: a top-level heading goes to the part its words name
 * whatever its position, and parts out of the standard order keep the document's order
 * through the data's `parts:` list, so the build prints them as the original did and
 * `report new` / `report diff` read the right parts. The texts are written for these
 * tests (tests/fixtures/import/parts-order/README.md).
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Report } from "../src/core/schema.js";
import { assignParts } from "../src/import/parts.js";
import { ROOT, runBinary, scratchProject } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const FIXTURES = join(ROOT, "tests/fixtures/import/parts-order");
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), "utf8");

/** The level-1 headings of the built Markdown, as printed ("二、当前面临的形势"). */
const partHeadings = (markdown: string) => [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

/** Import a fixture as data/2023.yaml in a scratch project and build it; the caller cleans up. */
function importAndBuild(name: string) {
  const project = scratchProject(false);
  copyFileSync(join(FIXTURES, `${name}.txt`), join(project.dir, "in.txt"));
  const imported = runBinary(["import", "in.txt", "-o", "data/2023.yaml"], { cwd: project.dir });
  expect(imported.code, imported.stderr).toBe(0);
  const built = runBinary(["build", "2023", "--format", "md"], { cwd: project.dir });
  expect(built.code, built.stderr).toBe(0);
  const markdown = readFileSync(join(project.dir, "out/2023.md"), "utf8");
  const report = parse(readFileSync(join(project.dir, "data/2023.yaml"), "utf8")) as Report;
  return { ...project, imported, report, markdown };
}

describe("import: parts out of the standard order go by meaning", () => {
  it("形势 before 问题 is the outlook, printed where it stood: parts: lists the document's order", () => {
    const p = importAndBuild("outlook-before-problems");
    try {
      expect(p.report.highlights).toBeUndefined();
      expect(p.report.outlook).toEqual({ heading: "当前面临的形势", intro: "当前，公共文化服务需求日益多样化，数字化转型任务艰巨。" });
      expect(p.report.problems.heading).toBe("存在的问题");
      expect(p.report.parts).toEqual(["summary", "outlook", "problems", "plan"]);
      expect(p.imported.stderr).toMatch(/top-level heading "当前面临的形势" → outlook/);
      expect(p.imported.stderr).toMatch(/`parts: \[summary, outlook, problems, plan\]` keeps the document's order/);
      expect(partHeadings(p.markdown)).toEqual(["一、2023年工作开展情况", "二、当前面临的形势", "三、存在的问题", "四、2024年工作计划"]);
    } finally {
      p.cleanup();
    }
  });

  it("亮点 after 问题 is the highlights, not the outlook", () => {
    const r = importThroughBinary(fixture("highlights-after-problems"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.outlook).toBeUndefined();
    expect(r.report.highlights?.heading).toBe("工作亮点");
    expect(r.report.highlights?.items?.map((t) => t.title)).toEqual(["创新服务方式"]);
    expect(r.report.parts).toEqual(["summary", "problems", "highlights", "plan"]);
    expect(r.stderr).not.toMatch(/to keep the order/);
  });

  it("不足和短板 after 形势 is the problems part, not a topic of the outlook; every top-level heading's place is noted", () => {
    const r = importThroughBinary(fixture("all-parts-shuffled"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.problems.heading).toBe("存在的不足和短板");
    expect(r.report.problems.items?.map((t) => t.title)).toEqual(["馆舍面积不足"]);
    expect(r.report.outlook).toEqual({ heading: "当前面临的形势", intro: "当前，公共文化服务需求日益多样化，数字化转型任务艰巨。" });
    expect(r.report.summary.items?.map((t) => t.title)).toEqual(["充分利用图书馆数字资源，提升服务效能"]);
    expect(r.report.parts).toEqual(["summary", "highlights", "outlook", "problems", "plan"]);
    // A heading that names work after the plan stays a topic of the part before it.
    expect(r.report.plan.items?.map((t) => t.title)).toEqual(["推进总分馆建设", "收到和处理政府信息公开申请情况"]);
    expect(r.stderr).not.toMatch(/has no problems part/);
    const yamlHead = r.yaml.split("\n").filter((line) => line.startsWith("# - "));
    for (const heading of ["充分利用图书馆数字资源，提升服务效能", "亮点工作", "当前面临的形势", "存在的不足和短板", "2024年工作思路", "收到和处理政府信息公开申请情况"])
      expect(yamlHead.some((line) => line.includes(`"${heading}"`)), heading).toBe(true);
  });

  it.each(["outlook-before-problems", "highlights-after-problems", "all-parts-shuffled", "standard-order"])(
    "%s: --check finds the same structure (level-1 headings in the original's number)",
    (name) => {
      const r = importThroughBinary(fixture(name), { args: ["--check"] });
      const structure = r.stdout + r.stderr;
      const line = structure.match(/original (\S+), (\d+); rebuilt (\S+), (\d+)/);
      expect(line, structure).not.toBeNull();
      // all-parts-shuffled ends with a work heading after the plan: a topic of the plan, so one level-1 heading fewer.
      const [original, rebuilt] = [line![1].split("/").map(Number), line![3].split("/").map(Number)];
      expect(rebuilt[0]).toBe(name === "all-parts-shuffled" ? original[0] - 1 : original[0]);
      if (name !== "all-parts-shuffled") expect(r.code, structure).toBe(0);
    },
  );

  it("in the standard order no parts: is written", () => {
    const r = importThroughBinary(fixture("standard-order"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.yaml).not.toMatch(/^parts:/m);
    expect(r.report.outlook?.heading).toBe("当前面临的形势");
    expect(r.stderr).not.toMatch(/another order/);
  });

  it("report new and report diff read the problems from the problems part", () => {
    const p = importAndBuild("all-parts-shuffled");
    try {
      expect(partHeadings(p.markdown)).toEqual(["一、2023年工作开展情况", "二、亮点工作", "三、当前面临的形势", "四、存在的不足和短板", "五、2024年工作思路"]);
      const made = runBinary(["new", "2024"], { cwd: p.dir });
      expect(made.code, made.stderr).toBe(0);
      const next = readFileSync(join(p.dir, "data/2024.yaml"), "utf8");
      // Last year's problems are listed under problems for review, not lost in the outlook.
      const listed = "  #   - title: 馆舍面积不足\n  #     body: 现有馆舍难以满足读者需求。\n  items: []";
      expect(next).toContain(listed);
      // The problem is still there a year on: diff finds it raised again, read from the problems part.
      writeFileSync(join(p.dir, "data/2024.yaml"), next.replace(listed, "  items:\n    - title: 馆舍面积不足\n      body: 现有馆舍仍难以满足读者需求。"));
      const diff = runBinary(["diff", "2023", "2024"], { cwd: p.dir, env: { NO_COLOR: "1" } });
      const out = diff.stdout + diff.stderr;
      expect(out).toMatch(/Problems raised again\n\s+! \S+馆舍面积不足 \(raised in 2023: \S+馆舍面积不足/);
      expect(out).toMatch(/Problems: \S+存在的不足和短板 →/);
      expect(out).toMatch(/Outlook: \S+当前面临的形势 → \(absent\)/);
    } finally {
      p.cleanup();
    }
  });
});

describe("import: a part named twice", () => {
  it("a second 问题 heading, after the plan, is a topic of the problems part, and the notes say so", () => {
    const r = importThroughBinary(fixture("problems-twice"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.problems.items?.map((t) => t.title)).toEqual(["馆舍面积不足", "存在的困难"]);
    expect(r.report.problems.items?.[1].items?.map((t) => t.title)).toEqual(["经费紧张"]);
    expect(r.report.outlook).toBeUndefined();
    expect(r.report.highlights).toBeUndefined();
    expect(r.report.parts).toBeUndefined();
    expect(r.stderr).toMatch(/top-level heading "存在的困难" names problems again, after "存在的问题": a part prints once, so it is a topic of that part/);
  });

  it("工作成效 after 主要做法 names the summary again, and results: the highlights", () => {
    const r = importThroughBinary(fixture("results-after-work"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.summary.heading).toBe("主要做法");
    expect(r.report.highlights?.heading).toBe("工作成效");
    expect(r.report.parts).toBeUndefined();
    expect(r.stderr).toMatch(/"工作成效" names summary again, but also results: → highlights/);
  });
});

describe("assignParts", () => {
  it("gives each named part to its heading in the document's order", () => {
    expect(assignParts(["plan", "summary", "problems"])).toEqual([{ part: "plan" }, { part: "summary" }, { part: "problems" }]);
    expect(assignParts(["summary", "outlook", "problems", "plan"])).toEqual([{ part: "summary" }, { part: "outlook" }, { part: "problems" }, { part: "plan" }]);
  });

  it("a part named again is a topic of the first; work headings first take the summary", () => {
    expect(assignParts(["summary", "problems", "plan", "problems"])).toEqual([{ part: "summary" }, { part: "problems" }, { part: "plan" }, { topicOf: "problems" }]);
    expect(assignParts([undefined, "summary", "problems"])).toEqual([{ merge: true }, { topicOf: "summary" }, { part: "problems" }]);
    expect(assignParts(["summary", ["summary", "highlights"], ["summary", "highlights"]])).toEqual([{ part: "summary" }, { part: "highlights" }, { topicOf: "summary" }]);
  });
});
