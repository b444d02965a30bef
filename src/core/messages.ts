/**
 * Every user-facing message, in Chinese and English, keyed by diagnostic code.
 * Our own wording: zod's zh-CN locale reads stiffly ("数值过小：期望 string >=1 字符").
 */
import type { Lang } from "./lang.js";

type Params = Record<string, string | number | undefined>;
type Entry = { en: (p: Params) => string; zh: (p: Params) => string };

const TYPE_NAMES_ZH: Record<string, string> = {
  string: "文字",
  number: "数字",
  integer: "整数",
  boolean: "true 或 false",
  object: "键值映射",
  array: "列表",
  null: "空值",
  nothing: "空",
  text: "文字或文字列表",
  date: "日期",
};

/** Type names in messages: "string" in English, "文字" in Chinese. */
export function typeName(type: string | undefined, lang: Lang): string {
  if (!type) return "";
  return lang === "zh" ? (TYPE_NAMES_ZH[type] ?? type) : type === "text" ? "string or list of strings" : type;
}

const MESSAGES: Record<string, Entry> = {
  "yaml/syntax": {
    en: (p) => `YAML syntax error: ${p.detail}`,
    zh: (p) => `YAML 语法错误：${p.detail}`,
  },
  "yaml/duplicate-key": {
    en: (p) => `key "${p.key}" appears twice in the same mapping`,
    zh: (p) => `同一层级中键“${p.key}”出现了两次`,
  },
  "yaml/alias-limit": {
    en: () => "too many YAML aliases (possible alias bomb); expand them or simplify the file",
    zh: () => "YAML 别名（alias）过多，疑似“别名炸弹”；请展开或简化文件",
  },
  "yaml/empty": {
    en: () => "the file is empty: expected a report with year, organization, summary, problems and plan",
    zh: () => "文件为空：应包含 year、organization、summary、problems、plan 等内容",
  },
  "yaml/not-text": {
    en: () => "this is not a text file (it contains NUL bytes or invalid UTF-8)",
    zh: () => "这不是文本文件（含有 NUL 字节或无效的 UTF-8 编码）",
  },
  "schema/missing-key": {
    en: (p) => `missing required key "${p.key}"`,
    zh: (p) => `缺少必填项“${p.key}”`,
  },
  "schema/invalid-type": {
    en: (p) => `expected ${p.expected}, got ${p.received}`,
    zh: (p) => `应为${p.expected}，实际是${p.received}`,
  },
  "schema/unknown-key": {
    en: (p) => `unknown key "${p.key}"`,
    zh: (p) => `不认识的键“${p.key}”`,
  },
  "schema/invalid-value": {
    en: (p) => `invalid value ${p.received}: expected one of ${p.expected}`,
    zh: (p) => `取值 ${p.received} 无效：应为 ${p.expected} 之一`,
  },
  "schema/too-small": {
    en: (p) => (p.kind === "string" ? "must not be empty" : `must be at least ${p.limit}, got ${p.received}`),
    zh: (p) => (p.kind === "string" ? "不能为空" : `不能小于 ${p.limit}，实际是 ${p.received}`),
  },
  "schema/too-big": {
    en: (p) => `must be at most ${p.limit}, got ${p.received}`,
    zh: (p) => `不能大于 ${p.limit}，实际是 ${p.received}`,
  },
  "schema/not-integer": {
    en: (p) => `expected a whole number, got ${p.received}`,
    zh: (p) => `应为整数，实际是 ${p.received}`,
  },
  "schema/invalid-format": {
    en: (p) => `${p.received} does not match the format ${p.expected}`,
    zh: (p) => `${p.received} 不符合格式要求：${p.expected}`,
  },
  "schema/invalid-date": {
    en: (p) => `${p.received} is not a date of the calendar`,
    zh: (p) => `${p.received} 不是有效的日期`,
  },
  "schema/invalid": {
    en: (p) => `invalid value: ${p.detail}`,
    zh: (p) => `取值无效：${p.detail}`,
  },
  "rule/too-deep": {
    en: (p) => `topics nest ${p.depth} levels deep here; the numbering has four levels (一、（一）1.（1））${p.extra ?? ""}`,
    zh: (p) => `此处事项嵌套了 ${p.depth} 级，公文序号只有四级（一、（一）1.（1））${p.extra ?? ""}`,
  },
  "rule/hand-numbered-title": {
    en: (p) => `title starts with a hand-written ordinal "${p.ordinal}"; the tool numbers items itself and strips it`,
    zh: (p) => `标题以手写序号“${p.ordinal}”开头；序号由工具自动编排，生成时会去掉`,
  },
  "rule/duplicate-id": {
    en: (p) => `${p.kind} id "${p.id}" is already used at line ${p.firstLine}`,
    zh: (p) => `${p.kind === "metric" ? "指标" : "事项"} id“${p.id}”已在第 ${p.firstLine} 行使用过`,
  },
};

const HINTS: Record<string, Entry> = {
  "did-you-mean": { en: (p) => `did you mean "${p.key}"?`, zh: (p) => `是不是要写“${p.key}”？` },
  "known-keys": { en: (p) => `allowed keys here: ${p.keys}`, zh: (p) => `此处可用的键：${p.keys}` },
  "quote-it": {
    en: () => "write it in quotes if it is meant as text",
    zh: () => "如果是文字，请加引号",
  },
  "date-format": { en: () => "write it as YYYY-MM-DD, e.g. 2022-12-30", zh: () => "请写成 YYYY-MM-DD，如 2022-12-30" },
  "topic-id-format": {
    en: () => "lowercase letters, digits and '-', starting with a letter, e.g. grain-output",
    zh: () => "用小写字母、数字和连字符，以字母开头，如 grain-output",
  },
  "metric-id-format": {
    en: () => "lowercase letters, digits and '_', starting with a letter, e.g. grain_output",
    zh: () => "用小写字母、数字和下划线，以字母开头，如 grain_output",
  },
  "strip-ordinal": { en: () => "remove the ordinal (report validate --fix does it)", zh: () => "删去序号（report validate --fix 可自动处理）" },
  "too-deep": {
    en: () => "move the deepest items up a level, or write them as points",
    zh: () => "把最深一级的事项上移一级，或改写为 points 列举",
  },
  "unique-id": { en: () => "give each one its own id", zh: () => "每项使用不同的 id" },
};

function lookup(table: Record<string, Entry>, key: string, lang: Lang, params: Params): string {
  const entry = table[key];
  if (!entry) return key;
  return entry[lang](params);
}

export function message(code: string, lang: Lang, params: Params = {}): string {
  return lookup(MESSAGES, code, lang, params);
}

export function hint(key: string, lang: Lang, params: Params = {}): string {
  return lookup(HINTS, key, lang, params);
}
