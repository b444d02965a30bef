/**
 * The Handlebars environment: our helpers, compiled partials, strict mode. Template
 * mistakes come back as diagnostics naming the template file, line and column
 * (Handlebars itself gives the position but not the file). The built-in templates were
 * compiled when the package was built (precompiled.ts); any other is compiled here.
 */
import Handlebars from "handlebars";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import type { Report } from "../core/schema.js";
import { findNotText, templateData } from "./escape-data.js";
import { createHelpers, type HelperOptions } from "./helpers.js";
import { COMPILE_OPTIONS, knownHelpers, precompiledTemplate } from "./precompiled.js";
import { HelperError, helperDiagnostic, notTextDiagnostic } from "./template-errors.js";
import type { TemplateSet, TemplateSource } from "./template-files.js";

type Compiled = (context: unknown, options?: unknown) => string;

/** An error inside a template, tagged with the template it came from. */
class TemplateError extends Error {
  constructor(
    readonly source: TemplateSource,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * The template (precompiled when it is a built-in one) behind a wrapper that tags errors
 * with the file. It is compiled at its first call, so compile errors surface there, as
 * runtime ones do at any call.
 */
function compile(hb: typeof Handlebars, source: TemplateSource, known: Record<string, true>): Compiled {
  let fn: Compiled | undefined;
  return (context, options) => {
    try {
      fn ??= (precompiledTemplate(hb, source.text) ?? hb.compile(source.text, { ...COMPILE_OPTIONS, knownHelpers: known })) as Compiled;
      return fn(context, options);
    } catch (error) {
      throw error instanceof TemplateError ? error : new TemplateError(source, error);
    }
  };
}

/** A helper's exception (a list where it wanted text…) is the template's mistake: tag it with the helper. */
function guarded(name: string, fn: (...args: unknown[]) => unknown): Handlebars.HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      throw error instanceof HelperError ? error : new HelperError(name, error);
    }
  };
}

export type RenderResult = { markdown: string; diagnostics: [] } | { markdown?: undefined; diagnostics: Diagnostic[] };

export type Renderer = (report: Report, lang: Lang) => RenderResult;

export function createRenderer(templates: TemplateSet, options: HelperOptions): Renderer {
  const hb = Handlebars.create();
  const helpers = createHelpers(options);
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, guarded(name, fn as (...args: unknown[]) => unknown));
  const known = knownHelpers();
  for (const [name, source] of Object.entries(templates.partials)) {
    hb.registerPartial(name, compile(hb, source, known) as unknown as Handlebars.Template);
  }
  const main = compile(hb, templates.main, known);

  return (report, lang) => {
    try {
      const markdown = main(templateData(report));
      const notText = findNotText(markdown);
      if (notText) return { diagnostics: [notTextDiagnostic(templates, notText, lang)] };
      return { markdown, diagnostics: [] };
    } catch (error) {
      if (error instanceof TemplateError) return { diagnostics: [templateDiagnostic(error, templates, lang)] };
      throw error;
    }
  };
}

/** Handlebars errors carry lineNumber/column, or " - 2:3" at the end of the message. */
function templateDiagnostic(error: TemplateError, templates: TemplateSet, lang: Lang): Diagnostic {
  if (error.cause instanceof HelperError) return helperDiagnostic(error.source, templates, error.cause, lang);
  const cause = error.cause as { lineNumber?: number; column?: number; message?: string };
  const text = String(cause?.message ?? error.message);
  const tail = /- (\d+):(\d+)\s*$/.exec(text) ?? /line (\d+)/.exec(text);
  const line = cause?.lineNumber ?? (tail ? Number(tail[1]) : 1);
  const column = (cause?.column ?? (tail && tail[2] ? Number(tail[2]) : 0)) + 1;
  // Jison parse errors span lines: "Parse error on line 3:", the snippet, "Expecting …, got 'X'".
  const got = /got '([^']+)'/.exec(text);
  const detail = text.replace(/\s*- \d+:\d+\s*$/, "").split("\n")[0] + (got ? ` unexpected ${got[1]}` : "");
  const unknownHelper = /unknown helper (\S+)/.exec(text);
  const missing = /"([^"]+)" not defined/.exec(text);
  const code = unknownHelper ? "template/unknown-helper" : missing ? "template/missing-field" : /Parse error|doesn't match|Expecting/.test(text) ? "template/syntax" : "template/error";
  const message =
    lang === "zh"
      ? unknownHelper
        ? `模板使用了未知的 helper“${unknownHelper[1]}”`
        : missing
          ? `模板引用的字段“${missing[1]}”不存在`
          : `模板错误：${detail}`
      : unknownHelper
        ? `the template uses an unknown helper "${unknownHelper[1]}"`
        : missing
          ? `the template refers to a field "${missing[1]}" that does not exist`
          : `template error: ${detail}`;
  return { severity: "error", code, message, file: error.source.file, line, column, path: [] };
}
