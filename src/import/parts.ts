/**
 * Which part of the data a top-level heading is: by its meaning (问题/不足/短板 → problems,
 * 计划/打算/思路/谋划/安排 → plan, 亮点/特色 → highlights, 形势 → outlook, 工作开展情况 →
 * summary). Parts render in a fixed order and each once, so the headings of a document
 * are assigned together (assignParts): known words where the order allows. A heading
 * that names work, not a part ("二、充分利用图书馆数字资源…"), is never given a free part
 * by its position: it becomes a topic of the summary (or, after the summary, of the part
 * before it), as does a heading with no free part left.
 */
import { PART_KEYS, type PartKey } from "../core/schema.js";

/** Checked in this order: "存在的问题" before all; "主要成效及亮点工作" is highlights, "工作成效" summary. */
const WORDS: Array<[PartKey, RegExp]> = [
  ["problems", /问题|不足|困难|短板|差距|薄弱/],
  ["highlights", /亮点|特色|创新做法/],
  // "2023年上半年国民经济和社会发展计划执行情况" reports on a plan: the summary, not the plan.
  ["summary", /(?:执行|完成|落实)情况/],
  ["plan", /计划|打算|思路|谋划|要点|安排|下一步|明年|展望/],
  // The situation as a part ("形势分析", "面临的形势"), not work done in step with it ("紧跟形势，抓好…").
  ["outlook", /形势(?:分析|研判|与任务|和任务|与挑战)|面临的形势|^(?:\d{4}年)?(?:当前|今后一个时期)?(?:的)?(?:发展)?形势$/],
  ["summary", /工作开展情况|开展情况|主要工作|工作成效|做法|工作情况|工作回顾|工作概况|总结|进展|基本情况|总体情况/],
  ["highlights", /成效|成绩|成果/],
];

export function partForHeading(heading: string): PartKey | undefined {
  return WORDS.find(([, re]) => re.test(heading))?.[0];
}

/** Where a section goes: a part, or merged into the part of the section before it. */
export type Placement = { part: PartKey } | { merge: true };

const MATCH = 3;
const UNKNOWN = 0;
const MISMATCH = -1;
const MERGE = -2;

/**
 * Best placement of the sections (a small dynamic programme over sections × parts):
 * parts strictly in contract order, each used once, keywords honoured when possible.
 */
export function assignParts(wanted: Array<PartKey | undefined>): Placement[] {
  const n = wanted.length;
  const P = PART_KEYS.length;
  // best[i][used]: best score for sections i.. when parts < used are taken (used = 0: none yet);
  // choice: the part section i takes there, or -1 to merge. Filled from the last section
  // back (a loop, not recursion: a pasted text may have 100,000 "一、" lines).
  const W = P + 1;
  const best = new Float64Array((n + 1) * W);
  const choice = new Int8Array(n * W);
  for (let i = n - 1; i >= 0; i--) {
    const next = (used: number) => best[(i + 1) * W + used];
    for (let used = 0; used <= P; used++) {
      let score = -Infinity;
      let chosen = -1;
      // A heading that names no part is a topic (of the summary when no part is open yet).
      if (wanted[i] === undefined) {
        best[i * W + used] = next(Math.max(used, 1));
        choice[i * W + used] = -1;
        continue;
      }
      for (let p = used; p < P; p++) {
        const gain = wanted[i] === PART_KEYS[p] ? MATCH : wanted[i] === undefined ? UNKNOWN : MISMATCH;
        if (gain + next(p + 1) > score) (score = gain + next(p + 1)), (chosen = p);
      }
      if (used > 0 && MERGE + next(used) > score) (score = MERGE + next(used)), (chosen = -1);
      best[i * W + used] = score;
      choice[i * W + used] = chosen;
    }
  }
  const out: Placement[] = [];
  let used = 0;
  for (let i = 0; i < n; i++) {
    const chosen = choice[i * W + used];
    if (chosen < 0) {
      out.push({ merge: true });
      used = Math.max(used, 1);
    } else {
      out.push({ part: PART_KEYS[chosen] });
      used = chosen + 1;
    }
  }
  return out;
}
