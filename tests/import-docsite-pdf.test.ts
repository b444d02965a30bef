/**
 * A document site's copy of a PDF (gongwk and the like): the site's top bar and download
 * buttons above the text, the PDF's text as one line with spaces where its lines ended and
 * around its numbers and "XX" placeholders. Fixtures in tests/fixtures/import/docsite-pdf/
 * are written for the test in the shape of real pages (README there names the source).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isFurniture } from "../src/import/lines.js";
import { dropPdfSpaces, hasPdfSpacing } from "../src/import/source.js";
import { importThroughBinary } from "./helpers/import-binary.js";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures/import/docsite-pdf", name), "utf8");

describe("import: a document site's copy of a PDF", () => {
  it("the site's top bar and buttons are furniture", () => {
    for (const line of ["购物车", "我的足迹", "加入Vip免费下载 立即下载", "加入Vip免费下载　立即下载", "立即下载"]) expect(isFurniture(line), line).toBe(true);
    expect(isFurniture("立即下载并安装了新系统，提高了效率。")).toBe(false);
  });

  it("the buttons are dropped (noted), the title run into the text below them is cut off, the PDF's spaces are gone", () => {
    const r = importThroughBinary(fixture("hospital.txt"));
    expect(r.report).toMatchObject({ year: 2025, organization: "XX县中医院", title: "XX县中医院2025年工作总结暨2026年工作计划" });
    const intro = [(r.report as { intro?: string | string[] }).intro ?? []].flat();
    expect(intro.join("\n")).not.toMatch(/下载|工作计划2025/);
    expect(intro[0]).toMatch(/^2025年,在XX县委、县政府的领导下,XX县中医院坚持以人民健康为中心/);
    expect(r.stderr).toContain("加入Vip免费下载");
    expect(r.yaml).toContain("较上年增长4.1%;完成住院患者收治6200余人次");
    expect(r.yaml).toContain("稳定在82%以上");
    expect(r.yaml).not.toMatch(/XX 县|在 82%/);
  });

  it("a web copy's signature keeps the space before its date", () => {
    const text = fixture("web-signature.txt");
    expect(hasPdfSpacing(text)).toBe(false);
    expect(dropPdfSpaces("某县卫生健康局 2025 年 1 月 10 日")).toBe("某县卫生健康局 2025年1月10日");
    expect(dropPdfSpaces("Word 文档 in English")).toBe("Word 文档 in English");
    const r = importThroughBinary(text);
    expect(r.yaml).not.toMatch(/某县卫生健康局2025年1月10日/);
  });

  it("a PDF broken at its text runs: short lines inside a sentence are joined, headings keep their lines", () => {
    const r = importThroughBinary(fixture("pdf-runs.txt"));
    expect(r.report).toMatchObject({ year: 2024, title: "某县海洋渔业局2024年工作总结和2025年工作思路" });
    expect(r.yaml).toContain("完成新型网箱及配套设备改造3套");
    expect(r.yaml).toContain("“美丽渔村”10周年系列活动,两个村入选全省渔村整治先进名单。".replace(",", "，"));
    expect(r.yaml).toContain("heading: 2024年工作总结");
    expect(r.yaml).toMatch(/title: 渔业产业发展/);
  });
});
