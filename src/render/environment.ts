/**
 * The Handlebars environment: our helpers, compiled partials, strict mode. Template
 * mistakes come back as diagnostics naming the template file, line and column
 * (Handlebars itself gives the position but not the file). The built-in templates were
 * compiled when the package was built (precompiled.ts); any other is compiled here. Every
 * partial call, {{#each}} iteration and block's output counts against the render's budget
 * (limits.ts), so no template can run for minutes or fill memory.
 */
import Handlebars from "handlebars";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import type { Report } from "../core/schema.js";
import { findNotText, templateData } from "./escape-data.js";
import { createHelpers, type HelperOptions } from "./helpers.js";
import { COMPILE_OPTIONS, knownHelpers, precompiledTemplate } from "./precompiled.js";
import { Budget, LimitError, MAX_OUTPUT_BYTES, isStringTooLong, limitDiagnostic, tooLarge, type Place } from "./limits.js";
import { HelperError, emptyDiagnostic, helperDiagnostic, notTextDiagnostic } from "./template-errors.js";
import type { TemplateSet, TemplateSource } from "./template-files.js";

type Compiled = (context: unknown, options?: unknown) => string;
type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** An error inside a template, tagged with the template it came from. */
class TemplateError extends Error {
  constructor(
    readonly source: TemplateSource,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Errors thrown by a block's body ({{#each}}…{{/each}}): not the block helper's, so they pass through it as they are. */
const fromBody = new WeakSet<object>();

/** Errors already placed or tagged, or a block body's: a helper wrapper passes them on unchanged. */
function passOn(error: unknown): boolean {
  return error instanceof TemplateError || error instanceof HelperError || error instanceof LimitError || (typeof error === "object" && error !== null && fromBody.has(error));
}

/** Where a helper is called: Handlebars gives every helper call its `loc` (1-based line, 0-based column). */
function placeOf(options: unknown): Place | undefined {
  const start = (options as { loc?: { start?: { line?: unknown; column?: unknown } } } | undefined)?.loc?.start;
  return typeof start?.line === "number" && typeof start.column === "number" ? { line: start.line, column: start.column + 1 } : undefined;
}

/**
 * The template (precompiled when it is a built-in one) behind a wrapper that tags errors
 * with the file. It is compiled at its first call, so compile errors surface there, as
 * runtime ones do at any call. A string past V8's maximum length is the output limit.
 */
function compile(hb: typeof Handlebars, source: TemplateSource, known: Record<string, boolean>): Compiled {
  let fn: Compiled | undefined;
  return (context, options) => {
    try {
      fn ??= (precompiledTemplate(hb, source.text) ?? hb.compile(source.text, { ...COMPILE_OPTIONS, knownHelpers: known })) as Compiled;
      return fn(context, options);
    } catch (error) {
      throw error instanceof TemplateError ? error : new TemplateError(source, isStringTooLong(error) ? new LimitError("output") : error);
    }
  };
}

/** A helper's exception (a list where it wanted text…) is the template's mistake: tag it with the helper and where it is called. */
function guarded(name: string, fn: Fn): Handlebars.HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      if (passOn(error)) throw error;
      const at = placeOf(args.at(-1));
      throw isStringTooLong(error) ? new LimitError("output", undefined, at) : new HelperError(name, error, at);
    }
  };
}

/**
 * Handlebars' own block helper (each, if, unless, with), guarded like ours, with its body
 * counted: every {{#each}} iteration against the render's budget, and what the block has
 * written so far against the output limit (in characters, which are never more than its
 * bytes), so nested loops stop as their output grows rather than when it is complete.
 */
function budgeted(name: string, helper: Fn, budget: Budget): Handlebars.HelperDelegate {
  return guarded(name, function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as { fn?: Fn; inverse?: Fn; hash?: unknown } | undefined;
    if (!options || typeof options !== "object" || !("hash" in options)) return helper.apply(this, args);
    const at = placeOf(options);
    let written = 0;
    const body = (fn: Fn | undefined, iteration: boolean): Fn | undefined => {
      if (typeof fn !== "function") return fn;
      const wrapped = function (this: unknown, ...a: unknown[]) {
        if (iteration) budget.iterate(at);
        let out: unknown;
        try {
          out = fn.apply(this, a);
        } catch (error) {
          if (typeof error === "object" && error !== null) fromBody.add(error);
          throw error;
        }
        if (typeof out === "string" && (written += out.length) > MAX_OUTPUT_BYTES) throw new LimitError("output", undefined, at);
        return out;
      };
      return Object.assign(wrapped, fn);
    };
    const counted = { ...options, fn: body(options.fn, name === "each"), inverse: body(options.inverse, false) };
    return helper.apply(this, [...args.slice(0, -1), counted]);
  });
}

export type RenderResult = { markdown: string; diagnostics: [] } | { markdown?: undefined; diagnostics: Diagnostic[] };

export type Renderer = (report: Report, lang: Lang) => RenderResult;

type Decorator = (fn: Fn, props: { partials?: Record<string, Fn> }, container: unknown, options: { args: unknown[] }) => unknown;

export function createRenderer(templates: TemplateSet, options: HelperOptions): Renderer {
  const hb = Handlebars.create();
  const budget = new Budget();
  const helpers = createHelpers(options);
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, guarded(name, fn as Fn));
  const builtIn = hb.helpers as Record<string, Fn>;
  for (const name of ["each", "if", "unless", "with"]) hb.registerHelper(name, budgeted(name, builtIn[name], budget));
  hb.registerHelper("lookup", guarded("lookup", builtIn.lookup));
  hb.unregisterHelper("log"); // it would write to the console, into our standard output
  const known = knownHelpers();
  for (const [name, source] of Object.entries(templates.partials)) {
    const run = compile(hb, source, known);
    const partial: Compiled = (context, opts) => budget.partial(name, () => run(context, opts));
    hb.registerPartial(name, partial as unknown as Handlebars.Template);
  }
  // {{#*inline "name"}} partials count like the others.
  const decorators = (hb as unknown as { decorators: Record<string, Decorator> }).decorators;
  const inline = decorators.inline;
  hb.registerDecorator("inline", function (this: unknown, fn: Fn, props: Parameters<Decorator>[1], container: unknown, opts: Parameters<Decorator>[3]) {
    const result = inline.call(this, fn, props, container, opts);
    const name = String(opts.args[0]);
    const body = props.partials?.[name];
    if (props.partials && body) props.partials[name] = Object.assign((context: unknown, o: unknown) => budget.partial(name, () => body(context, o) as string), body);
    return result;
  } as unknown as Handlebars.HelperDelegate);
  const main = compile(hb, templates.main, known);

  return (report, lang) => {
    budget.reset();
    try {
      const markdown = main(templateData(report));
      if (tooLarge(markdown)) return { diagnostics: [limitDiagnostic(new LimitError("output"), templates.main, lang)] };
      const notText = findNotText(markdown);
      if (notText) return { diagnostics: [notTextDiagnostic(templates, notText, lang)] };
      if (!markdown.trim()) return { diagnostics: [emptyDiagnostic(templates, lang)] };
      return { markdown, diagnostics: [] };
    } catch (error) {
      if (error instanceof TemplateError) return { diagnostics: [templateDiagnostic(error, templates, lang)] };
      if (isStringTooLong(error) || error instanceof LimitError) return { diagnostics: [limitDiagnostic(error instanceof LimitError ? error : new LimitError("output"), templates.main, lang)] };
      throw error;
    }
  };
}

/** Handlebars errors carry lineNumber/column, or " - 2:3" at the end of the message. */
function templateDiagnostic(error: TemplateError, templates: TemplateSet, lang: Lang): Diagnostic {
  if (error.cause instanceof HelperError) return helperDiagnostic(error.source, templates, error.cause, lang);
  if (error.cause instanceof LimitError) return limitDiagnostic(error.cause, error.source, lang);
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
