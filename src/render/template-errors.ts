/**
 * Template mistakes Handlebars cannot place: a mapping printed as text, a helper that
 * throws on what it was given. Handlebars gives no position for these, so the message
 * points at the first mustache in the template files that names the field or calls the
 * helper (else at the top of the main template).
 */
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import type { TemplateSet, TemplateSource } from "./template-files.js";

/** A helper threw: tagged with its name so the message can say which one. */
export class HelperError extends Error {
  constructor(
    readonly helper: string,
    override readonly cause: unknown,
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

export function helperDiagnostic(source: TemplateSource, templates: TemplateSet, error: HelperError, lang: Lang): Diagnostic {
  const sources = [source, ...allSources(templates).filter((s) => s !== source)];
  const at = firstMatch(sources, [new RegExp(`(?:\\{\\{~?#?|\\()\\s*${escapeRe(error.helper)}\\b`)]);
  const message =
    lang === "zh"
      ? `模板中的 helper“${error.helper}”无法处理所给的参数（${error.message}）：请对照 docs/templates.md 的 helper 说明检查参数`
      : `the helper "${error.helper}" cannot use what the template gave it (${error.message}): check its arguments against the helper table in docs/templates.md`;
  return { severity: "error", code: "template/helper", message, ...at, path: [] };
}
