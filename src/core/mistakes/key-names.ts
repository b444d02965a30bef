/**
 * The keys a data file may use, and the Chinese names people type instead of them
 * (标题 for title). Both feed the keyboard-mistake detector: a line is only taken for a
 * mistyped key when the word before its colon is one of these, so prose inside a text
 * is never mistaken for a key.
 */
import { reportSchema } from "../schema.js";
import { allKeys } from "../schema-walk.js";

/** Every key of the data format (schema.ts), any level: read from the schema, so a new key counts at once. */
let dataKeys: ReadonlySet<string> | undefined;
export function dataKeysOf(): ReadonlySet<string> {
  return (dataKeys ??= allKeys(reportSchema()));
}

/**
 * Chinese key name → the English keys it may stand for, most likely first; where one
 * word means two keys (单位: the organization, or a metric's unit) the key allowed at
 * that place in the file wins (synonymFor).
 */
const SYNONYMS: Record<string, readonly string[]> = {
  年度: ["year"], 年份: ["year"], 年: ["year"],
  单位: ["organization", "unit"], 单位名称: ["organization"], 机构: ["organization"],
  日期: ["date"], 落款日期: ["date"], 成文日期: ["date"],
  指标: ["metrics", "metric"], 主要指标: ["metrics"], 编号: ["id"], 名称: ["label"], 指标名称: ["label"],
  数值: ["value"], 数据: ["value"], 本年: ["value"], 本年数值: ["value"], 目标值: ["target", "value"],
  上年: ["previous"], 上年数值: ["previous"], 计量单位: ["unit"], 备注: ["note"], 说明: ["note"],
  总结: ["summary"], 工作总结: ["summary"], 亮点: ["highlights"], 特色亮点: ["highlights"],
  问题: ["problems"], 存在问题: ["problems"], 主要问题: ["problems"], 展望: ["outlook"],
  计划: ["plan"], 工作计划: ["plan"], 导语: ["intro"], 引言: ["intro"], 小标题: ["heading"],
  事项: ["items"], 条目: ["items"], 标题: ["title"], 题目: ["title"], 正文: ["body"], 内容: ["body"],
  要点: ["points"], 列举: ["points"], 目标: ["targets", "target"], 目标任务: ["targets"], 文字: ["text"],
  落款: ["signature"], 署名: ["signature"], 结束语: ["closing"], 结语: ["closing"],
};

/** The English key for a Chinese name, preferring one allowed here (`allowed` empty: the first). */
export function synonymFor(word: string, allowed: readonly string[] = []): string | undefined {
  const candidates = Object.hasOwn(SYNONYMS, word) ? SYNONYMS[word] : undefined;
  if (!candidates) return undefined;
  return candidates.find((key) => allowed.includes(key)) ?? candidates[0];
}

/** A word typed where a key goes: one of ours, or a Chinese name for one. */
export function isKeyName(word: string): boolean {
  return dataKeysOf().has(word) || synonymFor(word) !== undefined;
}

/** The English key a typed word stands for (itself when it already is one). */
export function englishKey(word: string, allowed: readonly string[] = []): string {
  return dataKeysOf().has(word) ? word : (synonymFor(word, allowed) ?? word);
}
