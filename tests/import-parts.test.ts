/**
 * Issue 18 (d, e): parts by meaning, not by order, and a part that is absent is absent —
 * through the built binary, down to the built Markdown.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBinary, scratchProject } from "./helpers/cli.js";
import { importThroughBinary } from "./helpers/import-binary.js";

describe("import: parts by meaning", () => {
  it("a heading that names work is a summary topic, not the highlights part by position; notes say where each went", () => {
    const r = importThroughBinary(
      [
        "某市图书馆2023年工作总结及2024年工作计划",
        "一、全面提升公共阅读服务效能",
        "全年接待读者86万人次。",
        "二、充分利用图书馆数字资源，推动全民阅读走深走实",
        "数字资源访问量增长30%。",
        "三、存在的短板",
        "馆舍面积不足。",
        "四、2024年工作谋划",
        "建设智慧图书馆。",
      ].join("\n"),
    );
    expect(r.code).toBe(0);
    expect(r.report.highlights).toBeUndefined();
    expect(r.report.summary.heading).toBeUndefined(); // the default heading
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["全面提升公共阅读服务效能", "充分利用图书馆数字资源，推动全民阅读走深走实"]);
    expect(r.report.problems).toEqual({ heading: "存在的短板", intro: "馆舍面积不足。" });
    expect(r.report.plan.heading).toBe("2024年工作谋划");
    expect(r.stderr).toMatch(/top-level heading "充分利用图书馆数字资源，推动全民阅读走深走实" names work, not a part .*: a topic of summary/);
    expect(r.stderr).toMatch(/top-level heading "存在的短板" → problems/);
    expect(r.stderr).toMatch(/top-level heading "2024年工作谋划" → plan/);
  });

  it("a 政府信息公开 annual report: the table sections are summary topics, 问题 is problems", () => {
    const r = importThroughBinary(
      [
        "某区民政局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "2023年，我局认真贯彻政府信息公开条例。",
        "二、主动公开政府信息情况",
        "全年主动公开信息312条。",
        "三、收到和处理政府信息公开申请情况",
        "全年收到申请5件，均按时答复。",
        "四、存在的主要问题及改进情况",
        "公开内容不够全面。",
      ].join("\n"),
    );
    expect(r.report.summary.heading).toBe("总体情况");
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["主动公开政府信息情况", "收到和处理政府信息公开申请情况"]);
    expect(r.report.problems.heading).toBe("存在的主要问题及改进情况");
  });
});

describe("import: a part that is absent is absent", () => {
  it("leaves the missing parts out of the printed report: no empty 存在的问题 or plan heading", () => {
    const { dir, cleanup } = scratchProject(false);
    try {
      const text = ["某县档案馆2023年工作总结", "一、2023年工作开展情况", "（一）档案接收", "接收档案1.2万卷。", "二、主要成效及亮点", "获评省级示范档案馆。"].join("\n");
      writeFileSync(join(dir, "in.txt"), text);
      const imported = runBinary(["import", "in.txt", "-o", "data/2023.yaml"], { cwd: dir });
      expect(imported.code).toBe(0);
      expect(imported.stderr).toMatch(/the report has no problems part/);
      const built = runBinary(["build", "2023", "--format", "md"], { cwd: dir });
      expect(built.code, built.stderr).toBe(0);
      const markdown = readFileSync(join(dir, "out/2023.md"), "utf8");
      expect(markdown).toContain("一、2023年工作开展情况");
      expect(markdown).toContain("二、主要成效及亮点");
      expect(markdown).not.toMatch(/存在的问题与不足|2024年工作打算/);
    } finally {
      cleanup();
    }
  });
});

describe("import: part words as real reports use them", () => {
  it("a 计划执行情况 heading reports on a plan (summary); 紧跟形势 is work, not the outlook; 工作概况 is the summary", () => {
    const r = importThroughBinary(
      [
        "某区人民政府关于2023年上半年国民经济和社会发展计划执行情况的报告",
        "一、2023年上半年国民经济和社会发展计划执行情况",
        "（一）主要目标完成情况",
        "全区实现地区生产总值806亿元。",
        "二、紧跟形势，抓好干部职工的思想政治教育工作",
        "每周组织学习。",
        "三、面临的形势",
        "外部环境复杂。",
      ].join("\n"),
    );
    expect(r.report.parts).toEqual(["summary", "outlook"]);
    expect(r.report.summary.items!.map((t) => t.title)).toEqual(["主要目标完成情况", "紧跟形势，抓好干部职工的思想政治教育工作"]);
    const school = importThroughBinary(["某中学2023年工作总结", "一、2022学年第二学期工作概况", "（一）强化党建引领", "全年开展学习12次。"].join("\n"));
    expect(school.report.parts).toEqual(["summary"]);
    expect(school.report.summary.heading).toBe("2022学年第二学期工作概况");
  });
});

