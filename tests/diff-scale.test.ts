/**
 * Issue #17: `report diff` on large inputs, through the built binary (`npm run build`
 * first). A 20,000-character body changed, and 2,000 untitled topics a year, used to run
 * for minutes (quadratic time); now they finish, and the output says where the diff is
 * coarser than usual. The timeouts are generous on purpose: the tests check that the
 * command ends and what it says, not how fast it is.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runBinary, runInProcess, scratchProject } from "./helpers/cli.js";

const TIMEOUT = 30_000;

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = scratchProject(false));
});
afterEach(() => cleanup());

/** A fixed pseudo-random sequence, so every run writes the same files. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const WORDS = "科技 创新 企业 平台 人才 服务 农业 产业 项目 资金 政策 建设 推进 完善 提升 加强 培育 发展 机制 体系 全县 重点 工作 落实 开展 实施 深化 改革 研发 成果 转化 技术 示范 基地 合作 培训".split(" ");

/** Sentences of report-like words; `tag` goes into each one, so two texts with different tags share no sentence. */
function sentence(next: () => number, tag: string): string {
  const words = Array.from({ length: 4 + Math.floor(next() * 6) }, () => WORDS[Math.floor(next() * WORDS.length)]);
  return `${words.join("")}${tag}${next() < 0.5 ? "。" : "；"}`;
}

function body(next: () => number, chars: number, tag = ""): string[] {
  const out: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const s = sentence(next, tag && `${tag}${i}`);
    out.push(s);
    n += [...s].length;
  }
  return out;
}

function report(year: number, summary: object[]) {
  return {
    year,
    organization: "测试县科学技术局",
    summary: { items: summary },
    problems: { items: [{ title: "问题甲", body: "说明甲。" }] },
    plan: { items: [{ title: "计划甲", body: "安排甲。" }] },
  };
}

function writeYears(a: object, b: object): void {
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "data/2022.yaml"), stringify(a, { lineWidth: 0 }));
  writeFileSync(join(dir, "data/2023.yaml"), stringify(b, { lineWidth: 0 }));
}

const diff = (...args: string[]) => runBinary(["diff", "2022", "2023", ...args], { cwd: dir });
/** Text output with its line breaks and indents undone, for phrases the wrapping split. */
const flat = (text: string) => text.replace(/\s+/g, " ");
/** The same for Chinese, which has no spaces to break at. */
const unwrapped = (text: string) => text.replace(/\n */g, "");

describe("a 20,000-character body that changed", () => {
  const longTopic = (text: string) => [{ id: "long", title: "长篇工作总结", body: text }];

  it("edited here and there: compared sentence by sentence, and says so", { timeout: TIMEOUT }, () => {
    const sentences = body(random(1), 20_000);
    const next = random(2);
    // One sentence in ten rewritten: too many edits for one character diff of the whole.
    const edited = sentences.map((s, i) => (i % 10 === 5 ? sentence(next, `改${i}`) : s));
    writeYears(report(2022, longTopic(sentences.join(""))), report(2023, longTopic(edited.join(""))));

    const text = diff();
    expect(text).toMatchObject({ code: 0, stderr: "" });
    expect(flat(text.stdout)).toContain("note: the text is too long or too changed to compare character by character; compared sentence by sentence");
    // Unchanged sentences stay unmarked; a rewritten one is marked, within its sentence.
    expect(text.stdout).toContain(sentences[0].slice(0, 10));
    expect(text.stdout).toMatch(/\{\+[^+]*改15/);

    const json = JSON.parse(diff("--format", "json").stdout);
    const entry = json.sections[0].entries.find((e: { b: { id: string } | null }) => e.b?.id === "long");
    expect(entry).toMatchObject({ status: "changed", fallback: { text: "sentences" } });
    expect(entry.text.filter((s: { op: string }) => s.op === "equal").length).toBeGreaterThan(100);

    const md = runBinary(["diff", "2022", "2023", "--format", "md"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(md.stdout).toContain("注：正文过长或改动过多，未逐字比较，改为按句比较");
    expect(diff("--exit-code").code).toBe(1);
  });

  it("rewritten end to end: shown as replaced, and says so", { timeout: TIMEOUT }, () => {
    const before = body(random(3), 20_000, "甲").join("");
    const after = body(random(4), 20_000, "乙").join("");
    writeYears(report(2022, longTopic(before)), report(2023, longTopic(after)));

    const text = diff();
    expect(text).toMatchObject({ code: 0, stderr: "" });
    expect(flat(text.stdout)).toContain("note: the text is too long or too changed to compare character by character; shown as replaced");
    const json = JSON.parse(diff("--format", "json").stdout);
    const entry = json.sections[0].entries.find((e: { b: { id: string } | null }) => e.b?.id === "long");
    expect(entry).toMatchObject({ status: "changed", fallback: { text: "replaced" } });
    expect(entry.text).toEqual([
      { op: "delete", text: before },
      { op: "insert", text: after },
    ]);
  });

  it("one figure changed: still a character diff, with no note", { timeout: TIMEOUT }, () => {
    const sentences = body(random(5), 20_000);
    const middle = Math.floor(sentences.length / 2);
    const edited = sentences.map((s, i) => (i === middle ? `总数达到43家。` : s));
    sentences[middle] = "总数达到38家。";
    writeYears(report(2022, longTopic(sentences.join(""))), report(2023, longTopic(edited.join(""))));

    const text = diff();
    expect(text).toMatchObject({ code: 0, stderr: "" });
    expect(unwrapped(text.stdout)).toContain("总数达到[-38-]{+43+}家");
    expect(text.stdout).not.toContain("note:");
    const json = JSON.parse(diff("--format", "json").stdout);
    expect(json.sections[0].entries[0]).not.toHaveProperty("fallback");
  });
});

describe("2,000 untitled topics a year", () => {
  it("are matched by their text, then by similarity near their place, and it says so", { timeout: TIMEOUT }, async () => {
    const next = random(6);
    const bodies = Array.from({ length: 2000 }, (_, i) => `第${i}项，${body(next, 60).join("")}`);
    // Every fifth topic reworded at its start (its match key changes, slightly); the
    // topics 1000–1099 moved to the front, unchanged but for the reworded ones.
    const reworded = bodies.map((t, i) => (i % 5 === 0 ? t.replace(`第${i}项，`, `第${i}项工作，`) : t));
    const moved = [...reworded.slice(1000, 1100), ...reworded.slice(0, 1000), ...reworded.slice(1100)];
    writeYears(report(2022, bodies.map((b) => ({ body: b }))), report(2023, moved.map((b) => ({ body: b }))));

    const text = diff("--exit-code");
    expect(text).toMatchObject({ code: 1, stderr: "" });
    expect(text.stdout).toContain("380 changed, 20 added, 20 removed, 1600 unchanged");
    expect(flat(text.stdout)).toContain(
      "note: too many entries without an id or an identical title to compare every pair; each was compared with those within 25 places of it in the other year, so one both reworded and moved far may show as removed and added",
    );

    // The JSON of 2,000 topics is more than runBinary's 1 MB of stdout: in process.
    const json = JSON.parse((await runInProcess(["diff", "2022", "2023", "--format", "json"], { cwd: dir })).stdout);
    const summary = json.sections.find((s: { part: string }) => s.part === "summary");
    expect(summary.matchWindow).toBe(25);
    // Unchanged topics, moved or not, match on their text; the reworded ones match by
    // similarity near their place — all but the 20 of the moved block, 1,000 places away.
    expect(summary.counts).toEqual({ added: 20, removed: 20, changed: 380, unchanged: 1600 });
    expect(json.sections.find((s: { part: string }) => s.part === "problems")).not.toHaveProperty("matchWindow");

    const md = runBinary(["diff", "2022", "2023", "--format", "md"], { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("注：没有 id 且标题不同的条目过多，未两两比较，每项只与另一年前后 25 项以内的条目比较");
  });
});
