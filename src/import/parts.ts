/**
 * Which part of the data a top-level heading is: by its meaning (问题/不足/短板 → problems,
 * 计划/打算/思路/谋划/安排 → plan, 亮点/特色 → highlights, 形势 → outlook, 工作开展情况 →
 * summary), whatever its position: parts out of the contract's order keep the document's
 * order through the data's `parts:` list (assemble.ts). A heading that names work, not a
 * part ("二、充分利用图书馆数字资源…"), is never given a free part by its position: it
 * becomes a topic of the summary (or, after the summary, of the part before it). Each part
 * prints once, so a second heading naming a part already taken is a topic of that part.
 */
import { PART_KEYS, type PartKey } from "../core/schema.js";

/** Checked in this order: "存在的问题" before all; "主要成效及亮点工作" is highlights, "工作成效" summary. */
const WORDS: Array<[PartKey, RegExp]> = [
  ["problems", /问题|不足|困难|短板|差距|薄弱/],
  ["highlights", /亮点|特色|创新做法/],
  // "2023年上半年国民经济和社会发展计划执行情况" reports on a plan: the summary, not the plan.
  // "…计划推进情况" / "重点工作推进情况" / "规划实施情况" report on work done, as 进展情况 does.
  ["summary", /(?:执行|完成|落实|推进|实施)情况/],
  ["plan", /计划|打算|思路|谋划|要点|安排|下一步|明年|展望/],
  // The situation as a part ("形势分析", "面临的形势"), not work done in step with it ("紧跟形势，抓好…").
  ["outlook", /形势(?:分析|研判|与任务|和任务|与挑战)|面临的形势|^(?:\d{4}年)?(?:当前|今后一个时期)?(?:的)?(?:发展)?形势$/],
  ["summary", /工作开展情况|开展情况|主要工作|工作成效|做法|工作情况|工作回顾|工作概况|总结|进展|基本情况|总体情况|履职情况/],
  ["highlights", /成效|成绩|成果/],
];

/**
 * The words of problems and highlights are common nouns that a heading naming work often
 * holds ("教育教学成果丰硕", "着力解决突出问题", "坚持问题导向"): such a heading names that
 * part only when it reads as a part heading — a noun phrase with the part word as its head
 * ("存在的问题", "主要成效及亮点工作", "取得的成果", "存在的薄弱环节和短板"), not a clause
 * that mentions it.
 */
const RESULT_OR_PROBLEM = /问题|不足|困难|短板|差距|薄弱|亮点|特色|创新做法|成效|成绩|成果/;
/** What may stand before the first such word: nothing, a year or half, 存在/面临/取得, 主要; or a modifier ending in 的, or a noun joined by 及/和/与. */
const PART_PREFIX =
  /^(?:\d{4}(?:-\d{4})?(?:学?年度?|学年)?)?(?:上半年|下半年|全年|本年度?|今年|一年来)?(?:工作中?|当前|目前)?(?:存在|面临|遇到|取得|发现)?(?:主要|突出|一些|重点|几点)?(?:工作)?$|[及和与、暨]$/;
/** How a part heading ends: a part's word, or a noun that follows one ("…及改进情况", "…原因分析", "不足之处"). */
const PART_END =
  /(?:问题|不足|困难|短板|差距|薄弱|弱项|亮点|特色|成效|成绩|成果|做法|经验|体会|计划|打算|思路|谋划|要点|安排|展望|形势|挑战|情况|工作|分析|原因|措施|建议|对策|方向|举措|环节|之处|方面|教训|风险|隐患|事项|创新|改进|整改)$/;

/** Whether a heading holding a problems or highlights word reads as that part's heading (see RESULT_OR_PROBLEM). */
export function readsAsPartHeading(heading: string): boolean {
  const text = heading.replace(/[\s：:。]+$/u, "");
  const m = RESULT_OR_PROBLEM.exec(text);
  if (!m) return true;
  // Two phrases ("聚焦短板，补齐…") make a clause.
  if (/[，,；;]/.test(text)) return false;
  const prefix = text.slice(0, m.index);
  const modifier = prefix.includes("的") ? prefix.replace(/^.*的/u, "") : undefined;
  const before = modifier !== undefined ? /^(?:主要|突出|一些|重点|几点|具体)?$/.test(modifier) : PART_PREFIX.test(prefix);
  return before && PART_END.test(text);
}

export function partForHeading(heading: string): PartKey | undefined {
  const part = WORDS.find(([, re]) => re.test(heading))?.[0];
  // "教育教学成果丰硕" names work: no part of its own, a topic as any work heading is.
  if ((part === "problems" || part === "highlights") && !readsAsPartHeading(heading)) return undefined;
  return part;
}

/**
 * The parts a heading names, first choice first: only a summary heading that also names
 * results ("二、工作成效" after "一、主要做法") has a second, the highlights. Not more: a
 * "计划执行情况" heading that finds the summary taken is not the plan.
 */
export function partsForHeading(heading: string): PartKey[] {
  const first = partForHeading(heading);
  if (first === "summary" && /成效|成绩|成果|亮点|特色/.test(heading)) return ["summary", "highlights"];
  return first ? [first] : [];
}

/**
 * Where a section goes: a part of its own; merged into the part of the section before it
 * (a heading that names work); or, when its part is already taken by an earlier heading
 * (a second 问题 heading), a topic of that part.
 */
export type Placement = { part: PartKey } | { merge: true } | { topicOf: PartKey };

/**
 * The placement of each section, by meaning alone: a heading that names a part takes it,
 * wherever it stands (a 形势 heading before the 问题 heading is the outlook, printed where
 * it stood through `parts:`); a heading that names no part is a topic of the part before
 * it (of the summary when it comes first); a heading that names a part already taken takes
 * its second choice if free (partsForHeading), else is a topic of that part, as each part
 * prints once. One pass, no recursion: a pasted text may have 100,000 "一、" lines.
 */
export function assignParts(wanted: Array<PartKey | readonly PartKey[] | undefined>): Placement[] {
  const taken = new Set<PartKey>();
  return wanted.map((named): Placement => {
    const choices = named === undefined ? [] : typeof named === "string" ? [named] : named;
    // Work headings before any part are the summary's topics: the summary is taken.
    if (!choices.length) {
      if (!taken.size) taken.add("summary");
      return { merge: true };
    }
    const part = choices.find((p) => !taken.has(p));
    if (part === undefined) return { topicOf: choices[0] };
    taken.add(part);
    return { part };
  });
}

/** The printed order differs from the contract's (PART_KEYS): the data must say it in `parts:`. */
export function outOfOrder(order: readonly PartKey[]): boolean {
  const standard = PART_KEYS.filter((key) => order.includes(key));
  return order.some((key, i) => key !== standard[i]);
}
