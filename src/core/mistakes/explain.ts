/**
 * One message per root cause. A keyboard mistake (detect.ts) takes over the diagnostics
 * it caused: the parser's errors on its line and after it (one tab gave seven), the
 * schema's complaint on its line, and the "missing key" of the key it misspelt. Other
 * syntax errors are kept, one per line. YAML diagnostics carry their source line, for
 * the code frame the text reporters print.
 */
import type { Diagnostic, YamlPath } from "../diagnostics.js";
import type { Lang } from "../lang.js";
import { detectMistakes, type Mistake } from "./detect.js";
import { englishKey } from "./key-names.js";
import { mistakeMessage } from "./messages.js";

export interface ExplainInput {
  file: string;
  text: string;
  diagnostics: readonly Diagnostic[];
  lang: Lang;
  /** The keys the schema allows in the mapping at a path (to read 单位 as organization or unit). */
  keysAt: (path: YamlPath) => string[];
  /** The words that are keys in this file, when not the data format's (a config's). */
  isKey?: (word: string) => boolean;
}

const KEY_KINDS = new Set(["quoted-key", "full-width-colon", "chinese-key", "colon-space"]);

export function explainMistakes({ file, text, diagnostics, lang, keysAt, isKey }: ExplainInput): Diagnostic[] {
  // Only a syntax, duplicate-key or schema problem can have a typing mistake behind it or
  // get a code frame: a file without one (most files) is not scanned line by line.
  if (!diagnostics.some((d) => d.file === file && (d.code === "yaml/syntax" || d.code === "yaml/duplicate-key" || d.code.startsWith("schema/")))) return [...diagnostics];
  const lines = text.split(/\r?\n/);
  const mistakes = detectMistakes(text, isKey);
  const fatal = diagnostics.some((d) => d.code === "yaml/syntax");
  const onLine = new Map(mistakes.map((m) => [m.line, m]));
  const caused = new Map<Mistake, Diagnostic[]>();
  const kept: Diagnostic[] = [];

  for (const d of [...diagnostics].sort((a, b) => a.line - b.line)) {
    const cause = d.file !== file ? undefined : d.code === "yaml/syntax" ? (onLine.get(d.line) ?? lastSyntaxMistakeBefore(mistakes, d.line)) : d.code.startsWith("schema/") ? onLine.get(d.line) : undefined;
    if (cause) caused.set(cause, [...(caused.get(cause) ?? []), d]);
    else if (!(d.code === "yaml/syntax" && kept.some((k) => k.code === d.code && k.line === d.line))) kept.push(d);
  }

  const explained: Diagnostic[] = [];
  /** The keys the mistakes stand for, by the path of their mapping: reported missing, they are the same root cause. */
  const meant: Array<{ key: string; parent: string }> = [];
  for (const mistake of mistakes) {
    const from = caused.get(mistake);
    // Without a diagnostic the line is only suspicious, unless the parse stopped before the
    // schema could look: then name it now rather than one run later.
    if (!from && !fatal) continue;
    const { diagnostic, key } = toDiagnostic(mistake, from?.[0], file, lang, keysAt);
    explained.push(diagnostic);
    const parent = diagnostic.path.slice(0, -1).join("\u0000");
    if (key && KEY_KINDS.has(diagnostic.code.slice(5))) meant.push({ key, parent });
    // `value: 12.6万吨` usually comes without `unit:`: the hint already says to add it.
    if (mistake.kind === "number-unit") meant.push({ key: "unit", parent });
  }

  const result = kept.filter((d) => !(d.code === "schema/missing-key" && meant.some((m) => m.key === d.path.at(-1) && (m.parent === d.path.slice(0, -1).join("\u0000") || !d.path.length))));
  const framed = (d: Diagnostic) => (d.code === "yaml/syntax" || d.code === "yaml/duplicate-key" || explained.includes(d)) && d.file === file && d.line > 0 && Boolean(lines[d.line - 1]?.trim());
  return [...result, ...explained].map((d) => (framed(d) ? { ...d, sourceLine: d.sourceLine ?? lines[d.line - 1] } : d));
}

function lastSyntaxMistakeBefore(mistakes: readonly Mistake[], line: number): Mistake | undefined {
  return mistakes.filter((m) => m.syntax && m.line <= line).at(-1);
}

function toDiagnostic(mistake: Mistake, from: Diagnostic | undefined, file: string, lang: Lang, keysAt: ExplainInput["keysAt"]): { diagnostic: Diagnostic; key?: string } {
  let kind = mistake.kind;
  const path = from?.path ?? [];
  const allowed = from?.code === "schema/unknown-key" ? keysAt(path.slice(0, -1)) : [];
  const key = mistake.key === undefined ? undefined : englishKey(mistake.key, allowed);
  // 目标: … in a list of points is a text with "：" typed as ": ", not a key.
  if (kind === "chinese-key" && from && from.code !== "schema/unknown-key") kind = "colon-in-text";
  const texts = mistakeMessage({ ...mistake, kind }, { typed: mistake.key, key, value: mistake.value, unit: mistake.unit }, lang);
  const diagnostic: Diagnostic = {
    severity: "error",
    code: `yaml/${kind}`,
    message: texts.message,
    file,
    line: mistake.line,
    column: mistake.column,
    path,
    ...(from?.received !== undefined ? { received: from.received } : {}),
    hint: texts.hint,
  };
  return { diagnostic, key };
}
