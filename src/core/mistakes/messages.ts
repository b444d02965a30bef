/**
 * What each keyboard mistake is called and what to type instead, in both languages.
 * Hints show the line as it should be written, so the fix can be copied.
 */
import type { Lang } from "../lang.js";
import type { Mistake, MistakeKind } from "./detect.js";

export interface MistakeParams {
  /** The key as typed (标题, “summary”, body). */
  typed?: string;
  /** The English key it stands for. */
  key?: string;
  value?: string;
  unit?: string;
}

type Text = (p: MistakeParams) => string;
const TEXTS: Record<MistakeKind, { message: Record<Lang, Text>; hint: Record<Lang, Text> }> = {
  tab: {
    message: { en: () => "a tab is used for indentation; YAML indents with spaces only", zh: () => "此处用了 Tab 键缩进；YAML 只能用空格缩进" },
    hint: {
      en: () => "replace the tab with spaces, lined up with the lines above (2 spaces a level)",
      zh: () => "把 Tab 换成空格，与上下行对齐（每级缩进 2 个空格）",
    },
  },
  "full-width-colon": {
    message: { en: (p) => `full-width colon "：" after the key "${p.typed}"`, zh: (p) => `键“${p.typed}”后面用了全角冒号“：”` },
    hint: { en: (p) => `write a half-width colon and a space: "${p.key}: "`, zh: (p) => `改为半角冒号加一个空格：“${p.key}: ”` },
  },
  "colon-space": {
    message: { en: (p) => `no space after the colon of "${p.typed}:"`, zh: (p) => `“${p.typed}:”的冒号后面缺少空格` },
    hint: { en: (p) => `YAML needs a space after the colon: "${p.key}: …"`, zh: (p) => `冒号后要加一个空格：“${p.key}: ……”` },
  },
  "quoted-key": {
    message: { en: (p) => `the key “${p.typed}” is written in Chinese quotes`, zh: (p) => `键名“${p.typed}”加了中文引号` },
    hint: { en: (p) => `write the key without quotes: "${p.key}:"`, zh: (p) => `键名不加引号，写作“${p.key}:”` },
  },
  "chinese-key": {
    message: { en: (p) => `the key "${p.typed}" is in Chinese; the keys of a data file are English`, zh: (p) => `键名“${p.typed}”是中文；数据文件的键名要用英文` },
    hint: { en: (p) => `write "${p.key}:" instead`, zh: (p) => `请改为“${p.key}:”` },
  },
  "colon-in-text": {
    message: {
      en: () => 'the text contains ": " (a colon and a space), which YAML reads as the start of a key',
      zh: () => "文字中含有半角冒号加空格“: ”，YAML 会把它当成键",
    },
    hint: {
      en: () => "use a full-width colon \"：\" in Chinese text, or put the whole text in quotes ('…'), or write | after the key and the text on the next line",
      zh: () => "中文里请用全角冒号“：”；或给整段文字加引号（'……'）；或在键后写 |，文字另起一行",
    },
  },
  "hash-in-text": {
    message: {
      en: () => 'the text starts with "#", which YAML reads as the start of a comment, so the value is empty',
      zh: () => "文字以“#”开头，YAML 会把它当成注释，此处的值因此为空",
    },
    hint: { en: (p) => `put the text in quotes: ${p.key ? `${p.key}: ` : "- "}"#…"`, zh: (p) => `请给文字加引号：${p.key ? `${p.key}: ` : "- "}"#……"` },
  },
  "number-unit": {
    message: { en: (p) => `"${p.value}${p.unit}" is a number with a unit; ${p.key} takes the number alone`, zh: (p) => `“${p.value}${p.unit}”带了单位；${p.key} 只能填数字` },
    hint: { en: (p) => `write ${p.key}: ${p.value} and the unit as unit: ${p.unit}`, zh: (p) => `请写作 ${p.key}: ${p.value}，单位写在 unit: ${p.unit}` },
  },
};

export function mistakeMessage(mistake: Mistake, params: MistakeParams, lang: Lang): { message: string; hint: string } {
  const texts = TEXTS[mistake.kind];
  return { message: texts.message[lang](params), hint: texts.hint[lang](params) };
}
