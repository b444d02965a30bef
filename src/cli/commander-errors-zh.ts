/**
 * commander's usage errors in Chinese. commander writes them through outputError (its
 * hook for exactly this); the English text is matched here and the names in it kept.
 */
const PATTERNS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (o, s) => `错误：不认识的选项“${o}”${s ? `（是不是要写 ${s}？）` : ""}`],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (.*)\?\))?/, (c, s) => `错误：不认识的命令“${c}”${s ? `（是不是要写 ${s}？）` : ""}`],
  [/^error: missing required argument '([^']*)'/, (a) => `错误：缺少参数 ${a}`],
  [/^error: option '([^']*)' argument missing/, (o) => `错误：选项 ${o} 后面缺少取值`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (c, e, g) => `错误：${c ? `${c} 的` : ""}参数过多，应为 ${e} 个，实际 ${g} 个`],
];

export function commanderErrorZh(text: string): string {
  for (const [pattern, zh] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return `${zh(...m.slice(1))}\n`;
  }
  return text;
}
