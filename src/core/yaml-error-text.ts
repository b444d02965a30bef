/**
 * yaml's syntax errors in Chinese, by its error code. English keeps yaml's own wording
 * (tests and users' searches know it); Chinese users get what it means.
 */
import type { Lang } from "./lang.js";

const ZH: Record<string, string> = {
  ALIAS_PROPS: "别名（*名称）不能带锚点或标签",
  BAD_ALIAS: "别名（*名称）写法有误",
  BAD_DIRECTIVE: "以 % 开头的指令写法有误",
  BAD_DQ_ESCAPE: "双引号文字中的反斜杠转义（\\）写法有误",
  BAD_INDENT: "缩进不对：与上下行没有对齐",
  BAD_PROP_ORDER: "锚点（&）和标签（!）的位置不对",
  BAD_SCALAR_START: "这一项的开头字符不能直接写（如 @ `），请给文字加引号",
  BLOCK_AS_IMPLICIT_KEY: "一行里出现了两个“键: 值”（冒号加空格），YAML 无法理解",
  BLOCK_IN_FLOW: "方括号或花括号内不能再换行写列表或键值",
  DUPLICATE_KEY: "同一层级中有重复的键",
  IMPOSSIBLE: "无法解析此处内容",
  KEY_OVER_1024_CHARS: "键名超过 1024 个字符",
  MISSING_CHAR: "缺少配对的符号（引号或括号没有闭合）",
  MULTILINE_IMPLICIT_KEY: "这一行缺少“键: 值”中的冒号，或者冒号后缺少空格",
  MULTIPLE_ANCHORS: "同一个值有多个锚点（&）",
  MULTIPLE_DOCS: "文件中有多个文档（出现了 --- 分隔线），数据文件只能有一个",
  MULTIPLE_TAGS: "同一个值有多个标签（!）",
  NON_STRING_KEY: "键名必须是文字",
  TAB_AS_INDENT: "不能用 Tab 键缩进，请改用空格",
  TAG_RESOLVE_FAILED: "无法识别的标签（!）",
  UNEXPECTED_TOKEN: "此处出现了意外的字符（常见原因：缩进不对、冒号后缺少空格，或引号、括号未闭合）",
  BAD_COLLECTION_TYPE: "列表或键值映射的写法有误",
};

/** Where yaml's code is too broad, its wording tells the case. */
const ZH_BY_TEXT: Array<[RegExp, string]> = [[/must be sufficiently indented and end with a ([\]}])/, "方括号或花括号没有闭合（缺少 $1），或其中的内容换行后缩进不够"]];

/** The detail of a yaml/syntax message: yaml's first line in English, ours in Chinese. */
export function yamlErrorDetail(code: string, english: string, lang: Lang): string {
  if (lang !== "zh") return english;
  for (const [pattern, text] of ZH_BY_TEXT) {
    const m = pattern.exec(english);
    if (m) return text.replace("$1", m[1]);
  }
  return ZH[code] ?? english;
}
