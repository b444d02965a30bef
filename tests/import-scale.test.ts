/**
 * `report import` of long texts: the round-trip score takes bounded work (exact LCS while
 * that is cheap, paragraph anchors past it, said so), and nothing in the importer recurses
 * or spreads arguments as deep as the text is long (150,000 lines once overflowed the
 * stack). Times are measured by hand (see the commit), not asserted here.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignBlocks } from "../src/import/align.js";
import { scoreTexts } from "../src/import/check.js";
import { lcsLength, myers } from "../src/import/lcs.js";
import { assignParts } from "../src/import/parts.js";
import type { RawTopic } from "../src/import/structure.js";
import { flattenBeyond } from "../src/import/topics.js";
import { runBinary, scratchProject } from "./helpers/cli.js";

/** A pseudo-random but repeatable sequence. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Paragraphs of a report, and a rebuilt version that lost, edited and moved some of them. */
function changedTexts(count: number, seed = 7): { original: string[]; rebuilt: string[] } {
  const rnd = random(seed);
  const original = Array.from({ length: count }, (_, i) => (i % 6 === 0 ? `第${i}项重点工作` : `完成任务${i}。全年完成重点项目建设第${i}项，推动基层治理。`));
  const rebuilt: string[] = [];
  const moved: string[] = [];
  for (const [i, text] of original.entries()) {
    const r = rnd();
    if (r < 0.05) continue;
    if (r < 0.1) rebuilt.push(`${text.slice(0, 5)}（修改）${text.slice(8)}`);
    else if (r < 0.12) moved.push(text);
    else rebuilt.push(i % 6 === 0 ? `（${i}）${text}` : text);
  }
  return { original, rebuilt: [...rebuilt, ...moved] };
}

describe("the round-trip measure", () => {
  it("is the exact LCS for a report-sized text", () => {
    const { original, rebuilt } = changedTexts(300);
    const exact = lcsLength([...original.join("")], [...rebuilt.join("")]);
    expect(alignBlocks(original, rebuilt)).toEqual({ matched: exact, total: [...original.join("")].length, approximate: false });
  });

  it("Myers stops when its budget runs out", () => {
    const rnd = random(5);
    const [a, b] = [0, 1].map(() => Array.from({ length: 2000 }, () => Math.floor(rnd() * 50)));
    const stopped = myers(a, b, 10_000);
    expect(stopped.length).toBeUndefined();
    expect(stopped.steps).toBeLessThan(myers(a, b).steps / 2);
    expect(lcsLength(a, b, 10_000)).toBeUndefined();
    expect(lcsLength(a, b)).toBeGreaterThan(0);
  });

  it("past the budget: aligned on paragraphs, a lower bound within a fraction of a percent, and said so", () => {
    const { original, rebuilt } = changedTexts(1500);
    const aligned = alignBlocks(original, rebuilt, 0); // as if the text were long: no exact attempt
    const exact = lcsLength([...original.join("")], [...rebuilt.join("")])!;
    expect(aligned.approximate).toBe(true);
    expect(aligned.matched).toBeLessThanOrEqual(exact);
    expect(aligned.matched / aligned.total).toBeGreaterThan(exact / aligned.total - 0.01);
    const long = changedTexts(8000); // the real budget runs out
    expect(scoreTexts(long.original, long.rebuilt)).toMatchObject({ approximate: true });
  });

  it("all of the original found is exact, however it was found", () => {
    const original = Array.from({ length: 20_000 }, (_, i) => `完成任务${i}。`);
    const rebuilt = original.flatMap((text, i) => (i % 5 ? [text] : [`（${i}）补充说明`, text]));
    expect(alignBlocks(original, rebuilt)).toMatchObject({ approximate: false });
    expect(scoreTexts(original, rebuilt)).toEqual({ share: 1, matched: expect.any(Number), total: expect.any(Number) });
  });

  it("texts with no paragraph in common still end, with what their head and tail share", () => {
    const rnd = random(3);
    const chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种";
    const line = () => Array.from({ length: 40 }, () => chars[Math.floor(rnd() * chars.length)]).join("");
    const original = Array.from({ length: 2000 }, line);
    const rebuilt = Array.from({ length: 2000 }, line);
    const aligned = alignBlocks(original, rebuilt);
    expect(aligned.approximate).toBe(true);
    expect(aligned.matched).toBeLessThan(aligned.total);
  });
});

describe("no recursion or argument list as long as the text", () => {
  it("150,000 part headings are placed without recursion", () => {
    const placed = assignParts(Array.from({ length: 150_000 }, (_, i) => (i === 0 ? "summary" : i === 1 ? "problems" : i === 2 ? "plan" : undefined)));
    expect(placed).toHaveLength(150_000);
    expect(placed.slice(0, 3)).toEqual([{ part: "summary" }, { part: "problems" }, { part: "plan" }]);
    expect(placed[149_999]).toEqual({ merge: true });
  });

  it("one 4 MB line with 100,000 spaces is cut where its paragraphs were, looking near each space only", async () => {
    const { splitCollapsed } = await import("../src/import/reflow.js");
    const line = "全年完成各项目标任务 经济社会发展取得新成效。".repeat(100_000);
    // No space after a sentence end: the spaces inside sentences stay, one piece. (Slicing the
    // piece at every space, as first written, would not end within the test's timeout.)
    expect(splitCollapsed(line)).toHaveLength(1);
    const spaced = "全年完成各项目标任务。 ".repeat(100_000).trim();
    expect(splitCollapsed(spaced)).toHaveLength(100_000);
  });

  it("150,000 topics nested too deep are flattened without spreading them as arguments", () => {
    const topic = (text: string, children: RawTopic[] = []): RawTopic => ({ key: "k", head: { text }, body: [], children });
    const deep = Array.from({ length: 150_000 }, (_, i) => topic(`第${i}项`));
    const top = [topic("一", [topic("二", [topic("三", deep)])])];
    expect(flattenBeyond(top, 3)).toBe(150_000);
    expect(top[0].children[0].children[0].body).toHaveLength(150_000);
  });
});

describe("long imports through the built binary", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = scratchProject(false)));
  afterAll(() => cleanup());

  it("150,000 lines: completes, exit 0, the score printed", () => {
    const lines = ["某县统计局2022年工作总结及2023年工作计划", "一、2022年工作开展情况", "（一）重点工作", "1. 第一项", "（1）第二层"];
    for (let i = 0; i < 150_000; i++) lines.push(`${"①②③"[i % 3]}完成第${i}项任务。`);
    lines.push("二、存在的问题", "基层力量薄弱。", "三、2023年工作计划", "继续努力。");
    writeFileSync(join(dir, "long.txt"), lines.join("\n"));
    const result = runBinary(["import", "long.txt", "--check"], { cwd: dir });
    expect(result.stderr).not.toMatch(/Maximum call stack|internal error/);
    expect(result.stdout).toMatch(/^round trip: 100\.0% of the original text comes back in order \(\d+ of \d+ characters\)\nstructure: /);
    expect(result.code).toBe(0);
  }, 120_000);

  it("a long text that loses much (tables it cannot place): a lower bound, said so, exit 1 below the bar", () => {
    const lines = ["# 某县统计局2022年工作总结及2023年工作计划", "", "## 一、2022年工作开展情况", ""];
    for (let i = 0; i < 300; i++) {
      lines.push(`全年完成第${i}项统计调查任务，数据质量稳步提升，服务经济社会发展成效明显。`, "");
      lines.push(`| 项目${i} | 进展情况说明${i} |`, "| --- | --- |", `| 第${i}季度重点项目推进 | 已完成前期工作和主体工程招标${i} |`, "");
    }
    lines.push("## 二、存在的问题", "", "基层统计力量薄弱。", "", "## 三、2023年工作计划", "", "做好经济普查准备。", "");
    writeFileSync(join(dir, "tables.md"), lines.join("\n"));
    for (const [lang, score, note] of [
      ["en_US.UTF-8", /^round trip: at least \d+\.\d% of the original text comes back in order/, "note: the texts are long and differ in many places, so they were aligned on identical paragraphs first: the score is a lower bound\n"],
      ["zh_CN.UTF-8", /^往返核对：重新生成的 Markdown 按顺序至少保留了原文 \d+\.\d% 的文字/, "说明: 原文较长且改动处较多，先按相同段落对齐再逐字比较，得分为下限\n"],
    ] as const) {
      const result = runBinary(["import", "tables.md", "--check"], { cwd: dir, env: { LANG: lang } });
      expect(result.stdout).toMatch(score);
      expect(result.stderr).toContain(note);
      expect(result.code).toBe(1);
    }
  }, 120_000);
});
