/**
 * The plan's 目标任务 paragraph → targets: split on "；", each keeping its sentence,
 * with the first number-and-unit ("达到2.5亿元", "新增高新技术企业4家", "增长10%")
 * captured as value/unit so next year's metrics can be checked against it.
 */
import type { Target } from "../core/schema.js";

/** Titles of the 目标任务 topic. */
export const TARGETS_TITLE = /^(?:(?:主要|工作|预期|发展|年度|总体)?目标(?:任务)?|目标与任务)[。：:]?$/;
/** Titles of the 重点工作 topic that holds the plan's items when targets come first. */
export const KEY_WORK_TITLE = /^(?:重点工作|主要任务|重点任务|工作重点|主要措施|工作措施|重点举措|具体措施)[。：:]?$/;

const UNITS = [
  "个百分点", "万平方米", "平方米", "万人次", "批次", "家次", "户次", "场次", "亿元", "万元", "千元", "元", "万吨", "吨", "万亩", "亩", "人次", "万人", "人",
  "家", "项", "件", "个", "%", "％", "‰", "场", "期", "次", "所", "座", "公里", "千米", "户", "名", "台", "套", "篇", "部",
  "批", "支", "万千瓦", "千瓦", "倍", "条", "处", "门", "本", "位", "种", "株", "头", "辆", "km",
  "间", "栋", "幢", "节", "册", "届", "艘", "口", "眼", "宗", "笔", "份", "张", "块", "万户", "万株", "万头", "万只", "只",
].sort((a, b) => b.length - a.length);
const ESCAPED = UNITS.map((u) => u.replace(/[%‰]/g, "\\$&"));
// "5200余人次", "20多家": the 余/多 sits between the number and its unit.
const VALUE_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:余|多)?(${ESCAPED.join("|")})`);

/** "高新技术企业总数达到45家" → { value: 45, unit: "家" }. */
export function valueAndUnit(text: string): { value?: number; unit?: string } {
  const m = VALUE_UNIT.exec(text.replace(/(\d),(?=\d{3})/g, "$1"));
  if (!m) return {};
  return { value: Number(m[1]), unit: m[2] === "％" ? "%" : m[2] };
}

export interface SplitTargets {
  /** Words before the list ("2023年主要预期目标是："), which targets cannot hold. */
  lead?: string;
  targets: Target[];
}

export function splitTargets(paragraphs: string[]): SplitTargets {
  let text = paragraphs.join("；");
  let lead: string | undefined;
  const colon = text.search(/[：:]/);
  const semi = text.search(/[；;]/);
  if (colon >= 0 && (semi < 0 || colon < semi) && colon < 40) {
    lead = text.slice(0, colon + 1);
    text = text.slice(colon + 1);
  }
  const targets = text
    .split(/[；;]/)
    .map((t) => t.trim().replace(/[。；;，,]+$/, ""))
    .filter(Boolean)
    .map((t): Target => ({ text: t, ...valueAndUnit(t) }));
  return { ...(lead ? { lead } : {}), targets };
}
