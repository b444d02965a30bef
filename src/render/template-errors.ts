/**
 * Template mistakes Handlebars does not report itself: a mapping printed as text, a
 * helper that throws on what it was given, a template that prints nothing. A helper's
 * call carries its position (Handlebars' `loc`); a printed mapping does not, so that
 * message points at the first mustache in the template files that names the field (else
 * at the top of the main template).
 */
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import type { TemplateSet, TemplateSource } from "./template-files.js";

/** A helper threw: tagged with its name so the message can say which one, and where it is called when Handlebars said. */
export class HelperError extends Error {
  constructor(
    readonly helper: string,
    override readonly cause: unknown,
    readonly at?: { line: number; column: number },
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first place in `sources` where one of the patterns matches (tried in order). */
function firstMatch(sources: TemplateSource[], patterns: RegExp[]): Pick<Diagnostic, "file" | "line" | "column"> {
  for (const re of patterns) {
    for (const source of sources) {
      const lines = source.text.split("\n");
      const line = lines.findIndex((l) => re.test(l));
      if (line >= 0) return { file: source.file, line: line + 1, column: re.exec(lines[line])!.index + 1 };
    }
  }
  return { file: sources[0].file, line: 1, column: 1 };
}

/**
 * Handlebars' position of a helper call: for one in a subexpression, `{{#with (outline x)}}`,
 * the mustache's; the call itself is then the first one on that line from there.
 */
function placed(source: TemplateSource, at: { line: number; column: number }, call: RegExp): Pick<Diagnostic, "file" | "line" | "column"> {
  const line = source.text.split("\n")[at.line - 1] ?? "";
  const from = new RegExp(call.source, "g");
  from.lastIndex = Math.max(0, at.column - 1);
  const m = from.exec(line);
  return { file: source.file, line: at.line, column: m ? m.index + 1 : at.column };
}

const allSources = (templates: TemplateSet) => [templates.main, ...Object.values(templates.partials)];

export function notTextDiagnostic(templates: TemplateSet, found: { kind: "mapping" | "list"; field: string }, lang: Lang): Diagnostic {
  // The field printed by its full path or last part, passed to a helper, or (an item inside {{#each}}) {{this}} / {{.}}.
  const names = [found.field, found.field.split(".").at(-1)!].map(escapeRe);
  const printed = names.map((n) => new RegExp(`\\{\\{~?\\s*(?:this\\.)?${n}\\s*~?\\}\\}`));
  const passed = names.map((n) => new RegExp(`\\{\\{[^}]*[\\s(.]${n}[\\s)}~]`));
  const item = [/\{\{~?\s*(?:this|\.)\s*~?\}\}/];
  const at = firstMatch(allSources(templates), [...printed, ...passed, ...item]);
  const message =
    lang === "zh"
      ? `模板把“${found.field}”当作文字输出，但它是${found.kind === "list" ? "列表" : "映射（含多个字段）"}：请输出其中的字段，或用 {{#each}} 逐项输出`
      : `the template prints "${found.field}", which is a ${found.kind}, not text: print one of its fields or go through it with {{#each}}`;
  return { severity: "error", code: "template/not-text", message, ...at, path: [] };
}

/** `source` is the template that was running when the helper threw. */
export function helperDiagnostic(source: TemplateSource, templates: TemplateSet, error: HelperError, lang: Lang): Diagnostic {
  const call = new RegExp(`(?:\\{\\{~?#?|\\()\\s*${escapeRe(error.helper)}\\b`);
  const sources = [source, ...allSources(templates).filter((s) => s !== source)];
  const at = error.at ? placed(source, error.at, call) : firstMatch(sources, [call]);
  const message =
    lang === "zh"
      ? `模板中的 helper“${error.helper}”无法处理所给的参数（${error.message}）：请对照 docs/templates.md 的 helper 说明检查参数`
      : `the helper "${error.helper}" cannot use what the template gave it (${error.message}): check its arguments against the helper table in docs/templates.md`;
  return { severity: "error", code: "template/helper", message, ...at, path: [] };
}

/** The template wrote nothing but white space: an empty file, or one whose every part is conditional and off. */
export function emptyDiagnostic(templates: TemplateSet, lang: Lang): Diagnostic {
  const message =
    lang === "zh"
      ? "模板没有输出任何内容：请检查模板（--template 或 report.config.yaml 的 template:）是否是正确的文件，以及它是否输出了数据（例如 # {{organization}}）"
      : "the template printed nothing: check that it is the right file (--template, or template: in report.config.yaml) and that it prints the data (for example # {{organization}})";
  return { severity: "error", code: "template/empty", message, file: templates.main.file, line: 1, column: 1, path: [] };
}
