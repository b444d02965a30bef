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
  "yaml/alias-growth": {
    en: (p) => `the YAML aliases (*name) repeat so much text that the report would grow by more than ${p.limit} characters`,
    zh: (p) => `YAML 别名（*名称）重复引用的文字过多，报告将增加超过 ${p.limit} 个字符`,
  },
  "config/untrusted-owner": {
    en: () => "this config file belongs to another user, so it was ignored",
    zh: () => "此配置文件属于其他用户，已忽略",
  },
  "config/untrusted-writable": {
    en: () => "others can write to this config file, so it was ignored",
    zh: () => "其他用户可以修改此配置文件，已忽略",
  },
  "yaml/empty": {
    en: () => "the file is empty: expected a report with year, organization, summary, problems and plan",
    zh: () => "文件为空：应包含 year、organization、summary、problems、plan 等内容",
  },
  "yaml/not-text": {
    en: () => "this is not a text file (it contains NUL bytes or invalid UTF-8)",
    zh: () => "这不是文本文件（含有 NUL 字节或无效的 UTF-8 编码）",
  },
  "yaml/too-large": {
    en: (p) => `the file is ${p.size} MB, over the ${p.limit} MB limit for the files this tool reads, so it was not read`,
    zh: (p) => `文件大小为 ${p.size} MB，超过本工具读取文件的上限（${p.limit} MB），未读取`,
  },
  "yaml/utf16": {
    en: () => "this file is saved as UTF-16 (Notepad's \"Unicode\"); it must be UTF-8 text",
    zh: () => "此文件是 UTF-16 编码（记事本中的“Unicode”），应为 UTF-8 编码的文本",
  },
  "yaml/nesting-limit": {
    en: (p) => `the YAML nests deeper than ${p.limit} levels; a report never does, so the file was not read further`,
    zh: (p) => `YAML 嵌套超过 ${p.limit} 层，报告数据不会有这么深的层级，未继续读取`,
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
  "schema/line-break": {
    en: () => "this text is printed as one line (a title, a heading, a name or a unit) but has a line break",
    zh: () => "此处文字在公文中只占一行（标题、名称或单位），不能含换行",
  },
  "schema/control-character": {
    en: (p) => `${p.received} contains a control character`,
    zh: (p) => `${p.received} 含有控制字符`,
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
  "rule/control-character": {
    en: (p) => `control character ${p.char} cannot go into a Word file${Number(p.count) > 1 ? ` (${p.count} in this value)` : ""}`,
    zh: (p) => `控制字符 ${p.char} 无法写入 Word 文件${Number(p.count) > 1 ? `（此处共 ${p.count} 个）` : ""}`,
  },
  "rule/duplicate-part": {
    en: (p) => `the part "${p.part}" is listed twice in parts`,
    zh: (p) => `parts 中“${p.part}”出现了两次`,
  },
  "rule/extra-key": {
    en: (p) => `"${p.name}" cannot be a name in extra: a template could not write {{extra.${p.name}}}`,
    zh: (p) => `extra 中的名称“${p.name}”不可用：模板无法写成 {{extra.${p.name}}}`,
  },
  "rule/part-left-out": {
    en: (p) => `the part "${p.part}" has text but is not in parts, so it is not printed`,
    zh: (p) => `“${p.part}”部分有内容，但不在 parts 所列部分中，不会印出`,
  },
  "rule/empty-part": {
    en: (p) => `the part "${p.part}" has nothing in it, so its heading is not printed`,
    zh: (p) => `“${p.part}”部分没有内容，不印出其标题`,
  },
  "rule/unknown-metric": {
    en: (p) => `target names metric "${p.id}", which is not among this file's metrics`,
    zh: (p) => `目标引用的指标“${p.id}”不在本文件的 metrics 中`,
  },
  "rule/file-year": {
    en: (p) => `the file is named for ${p.fileYear} but year is ${p.year}`,
    zh: (p) => `文件名是 ${p.fileYear} 年，但 year 写的是 ${p.year}`,
  },
  "rule/file-period": {
    en: (p) => `the file is named for ${p.named} but period is ${p.period}`,
    zh: (p) => `文件名是${p.named}，但数据写的是${p.label}（period: ${p.period}）`,
  },
  "rule/date-range": {
    en: (p) => (p.period === "year" || p.period === undefined ? `date ${p.date} lies outside ${p.year} and January ${p.next}` : `date ${p.date} lies outside ${p.first} … ${p.last}, when a report on the ${p.period === "first-half" ? "first" : "second"} half of ${p.year} is usually dated`),
    zh: (p) => (p.period === "year" || p.period === undefined ? `日期 ${p.date} 不在 ${p.year} 年内，也不在 ${p.next} 年 1 月` : `日期 ${p.date} 不在${p.label}总结通常的落款时间（${p.first} 至 ${p.last}）内`),
  },
  "rule/half-width-punctuation": {
    en: (p) => `half-width "${p.char}" between Chinese characters; write "${p.full}"`,
    zh: (p) => `中文之间用了半角“${p.char}”，应为全角“${p.full}”`,
  },
  "rule/placeholder": {
    en: (p) => `"${p.text}" still holds a placeholder ("${p.found}") that would be printed as it is`,
    zh: (p) => `“${p.text}”中还有待填写的占位文字（“${p.found}”），会原样印出`,
  },
  "rule/metric-change": {
    en: (p) => `${p.label}: ${p.value} ${p.unit} this year against ${p.previous} ${p.previousUnit} last year (${p.change})`,
    zh: (p) => `${p.label}：本年 ${p.value}${p.unit}，上年 ${p.previous}${p.previousUnit}（${p.change}）`,
  },
  "rule/mixed-quotes": {
    en: (p) => `half-width quote ${p.char} in Chinese text${Number(p.count) > 1 ? ` (${p.count} in this value)` : ""}; use “ ” and ‘ ’`,
    zh: (p) => `中文里用了半角引号 ${p.char}${Number(p.count) > 1 ? `（此处共 ${p.count} 个）` : ""}，应使用全角引号“ ”‘ ’`,
  },
};

const HINTS: Record<string, Entry> = {
  "did-you-mean": { en: (p) => `did you mean "${p.key}"?`, zh: (p) => `是不是要写“${p.key}”？` },
  "known-keys": { en: (p) => `allowed keys here: ${p.keys}`, zh: (p) => `此处可用的键：${p.keys}` },
  "quote-it": {
    en: () => "write it in quotes if it is meant as text",
    zh: () => "如果是文字，请加引号",
  },
  "fill-in": {
    en: () => "nothing is filled in here yet: write the value after the colon",
    zh: () => "此处尚未填写：请在冒号后填写内容",
  },
  "period-values": {
    en: () => "year (the whole year, the default), first-half (上半年: the plan is for the second half) or second-half (下半年: the plan is for next year)",
    zh: () => "可写 year（全年，默认）、first-half（上半年，计划为下半年）或 second-half（下半年，计划为下一年）",
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
  "merge-duplicate": {
    en: () => "keep one of them: with both, the later one silently replaces the earlier",
    zh: () => "只保留一个：两个都在时，后一个会覆盖前一个",
  },
  "one-line": {
    en: () => "write it on one line: in YAML, use a plain or quoted value rather than | or \\n",
    zh: () => "请写成一行：YAML 中用普通写法或加引号，不要用 | 或 \\n 换行",
  },
  "expand-aliases": {
    en: () => "write the text out where it is needed instead of repeating a long anchor (&name) through aliases",
    zh: () => "请在需要处直接写出文字，不要用别名反复引用很长的锚点（&名称）",
  },
  "trust-config": {
    en: () => "if it is yours, make it your own and writable only by you (chmod go-w); else delete it",
    zh: () => "如是您的文件，请改为归您所有且仅您可写（chmod go-w）；否则请删除",
  },
  "wrong-file": { en: () => "check that this is the right file", zh: () => "请确认文件是否选对" },
  "too-large": {
    en: () => "check that this is the right file; to read a larger one, raise the limit with --max-size <MB>",
    zh: () => "请确认文件是否选对；确需读取更大的文件，可用 --max-size <MB> 提高上限",
  },
  "save-as-utf8": {
    en: () => "save the data file as UTF-8 text (in Word or WPS: plain text, UTF-8)",
    zh: () => "请把数据文件另存为 UTF-8 编码的纯文本",
  },
  "delete-control": {
    en: () => "delete it; such characters often come along when text is pasted from another program",
    zh: () => "请删除该字符；从其他软件复制粘贴文字时常会带入这类字符",
  },
  "extra-name": {
    en: () => "use letters, digits and _ only, starting with a letter or _ (docNumber, cc_list)",
    zh: () => "只用英文字母、数字和下划线，以字母或下划线开头（如 docNumber、cc_list）",
  },
  "parts-in-data": {
    en: () => "add it to parts: in this file, or delete its text",
    zh: () => "在本文件的 parts 中加上它，或删去其内容",
  },
  "parts-in-config": {
    en: () => "parts: in report.config.yaml leaves it out; add it there, or list this report's parts in the data file (parts:)",
    zh: () => "report.config.yaml 的 parts 未列出它；可在其中加上，或在数据文件中用 parts 列出本报告的部分",
  },
  "empty-part": {
    en: () => "write its items, intro or points, or delete the part if the report has none",
    zh: () => "请在其下填写 items（事项）、intro（导语）或 points（列举）；本报告没有这一部分时，可删去它",
  },
  "new-metric": {
    en: () => "check the spelling; a new indicator for next year belongs in next year's metrics",
    zh: () => "请检查拼写；如是下一年新增的指标，请在下一年数据的 metrics 中添加",
  },
  "file-year": {
    en: (p) => `correct year, or rename the file to ${p.year}.yaml`,
    zh: (p) => `请修改 year，或把文件改名为 ${p.year}.yaml`,
  },
  "date-range": {
    en: (p) =>
      p.period === "first-half" ? `a report on the first half of ${p.year} is usually dated from June to August ${p.year}; was the date copied from another report?`
      : p.period === "second-half" ? `a report on the second half of ${p.year} is usually dated from November ${p.year} to January ${p.next}; was the date copied from another report?`
      : `a report on ${p.year} is dated in ${p.year} or January ${p.next}; was the date copied from last year?`,
    zh: (p) =>
      p.period === "first-half" ? `${p.label}总结一般落款在 ${p.year} 年 6 月至 8 月；是否沿用了其他报告的日期？`
      : p.period === "second-half" ? `${p.label}总结一般落款在 ${p.year} 年 11 月至 ${p.next} 年 1 月；是否沿用了其他报告的日期？`
      : `${p.year} 年的总结一般落款在 ${p.year} 年或 ${p.next} 年 1 月；是否沿用了上一年的日期？`,
  },
  "file-period": {
    en: (p) => `correct period, or rename the file to ${p.stem}.yaml`,
    zh: (p) => `请修改 period，或把文件改名为 ${p.stem}.yaml`,
  },
  "full-width": {
    en: (p) => `use "${p.full}" (report validate --fix does it)`,
    zh: (p) => `改为“${p.full}”（report validate --fix 可自动处理）`,
  },
  "full-width-quotes": {
    en: () => "write “…” (and ‘…’ inside them)",
    zh: () => "请改用“……”（内层用‘……’）",
  },
  placeholder: {
    en: () => "write the real text here; report build --draft prints a draft with it",
    zh: () => "请填入实际内容；如只需打印草稿，可用 report build --draft",
  },
  "placeholder-draft": {
    en: () => "printed as it is, in a report marked as a draft",
    zh: () => "已按原样印出，报告标为草稿",
  },
  "metric-change": {
    en: () => "a change of more than 80%: check both figures and that they count the same thing",
    zh: () => "变化超过 80%：请核对两年数值，以及口径是否一致",
  },
  "metric-units": {
    en: (p) => `the two differ by a factor of about 10,000: is one in ${p.unitA} and the other in ${p.unitB}? Write both in the same unit`,
    zh: (p) => `两者相差约一万倍：是否一个按“${p.unitA}”、一个按“${p.unitB}”填写？请统一单位`,
  },
  "start-from-template": {
    en: () => "report init writes a commented file to start from",
    zh: () => "可用 report init 生成带注释的示例文件",
  },
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
