/**
 * What one render may cost. A template is a program of sorts: forty partials each calling
 * the next twice ran for minutes and took gigabytes before these limits. Each is far above
 * what a year-end report needs (the built-in template, on the sample data, nests partials
 * 4 deep, calls them 24 times, runs 46 {{#each}} iterations and writes 4 KB) and stops the
 * build with a template/limit diagnostic that says which limit and where.
 */
import type { Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import type { TemplateSource } from "./template-files.js";

/** Partials inside one another (a partial that calls itself stops here). */
export const MAX_PARTIAL_DEPTH = 32;
/** Partial calls in one render (partials that call others more than once grow exponentially). */
export const MAX_PARTIAL_CALLS = 100_000;
/** Iterations of {{#each}} in one render (loops nested over long lists grow as a product). */
export const MAX_ITERATIONS = 1_000_000;
/** The Markdown a template writes, in UTF-8 bytes. */
export const MAX_OUTPUT_BYTES = 50 * 1024 * 1024;

export type LimitKind = "depth" | "calls" | "iterations" | "output";

/** A 1-based line and column in a template's text. */
export interface Place {
  line: number;
  column: number;
}

/** A limit was passed: `partial` names the partial being called, `at` the block (from Handlebars' loc) when known. */
export class LimitError extends Error {
  constructor(
    readonly kind: LimitKind,
    readonly partial?: string,
    readonly at?: Place,
  ) {
    super(`template limit: ${kind}`);
  }
}

/** V8 throws this when a string would pass its maximum length (about 512 MB). */
export function isStringTooLong(error: unknown): boolean {
  return error instanceof RangeError && /Invalid string length/i.test(error.message);
}

/** Whether `text` is more than MAX_OUTPUT_BYTES in UTF-8; cheap for any text under a third of it. */
export function tooLarge(text: string): boolean {
  if (text.length > MAX_OUTPUT_BYTES) return true;
  return text.length * 3 > MAX_OUTPUT_BYTES && Buffer.byteLength(text, "utf8") > MAX_OUTPUT_BYTES;
}

/** The counters of one render. */
export class Budget {
  depth = 0;
  calls = 0;
  iterations = 0;

  reset(): void {
    this.depth = 0;
    this.calls = 0;
    this.iterations = 0;
  }

  /** Call `run` as the partial `name`, within the depth and call limits, and check what it wrote. */
  partial(name: string, run: () => string): string {
    if (++this.calls > MAX_PARTIAL_CALLS) throw new LimitError("calls", name);
    if (this.depth >= MAX_PARTIAL_DEPTH) throw new LimitError("depth", name);
    this.depth++;
    try {
      const out = run();
      if (tooLarge(out)) throw new LimitError("output", name);
      return out;
    } finally {
      this.depth--;
    }
  }

  iterate(at?: Place): void {
    if (++this.iterations > MAX_ITERATIONS) throw new LimitError("iterations", undefined, at);
  }
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where `source` calls the partial: its first `{{> name}}` (or `{{#> name}}`), else its first partial call. */
function callSite(source: TemplateSource, partial: string | undefined): Place | undefined {
  const patterns = [...(partial ? [new RegExp(`\\{\\{~?\\s*#?>\\s*${escapeRe(partial)}(?=[\\s}~])`)] : []), /\{\{~?\s*#?>/];
  const lines = source.text.split("\n");
  for (const re of patterns) {
    const line = lines.findIndex((l) => re.test(l));
    if (line >= 0) return { line: line + 1, column: re.exec(lines[line])!.index + 1 };
  }
  return undefined;
}

const number = (n: number) => n.toLocaleString("en-US");

/** `source` is the template that was running: the one that calls the partial, or holds the block. */
export function limitDiagnostic(error: LimitError, source: TemplateSource, lang: Lang): Diagnostic {
  const at = error.at ?? (error.partial ? callSite(source, error.partial) : undefined) ?? { line: 1, column: 1 };
  const p = error.partial;
  const zh = lang === "zh";
  let message: string;
  switch (error.kind) {
    case "depth":
      message = zh
        ? `局部模板（partial）“${p}”嵌套超过 ${MAX_PARTIAL_DEPTH} 层，超出上限（是否在无休止地调用自身？）`
        : `the partial "${p}" is nested more than ${MAX_PARTIAL_DEPTH} partials deep, the limit (does it call itself without end?)`;
      break;
    case "calls":
      message = zh
        ? `模板在一份报告中调用局部模板（partial）超过 ${number(MAX_PARTIAL_CALLS)} 次，超出上限（停在“${p}”；是否每个局部模板都多次调用下一个？）`
        : `the template calls partials more than ${number(MAX_PARTIAL_CALLS)} times for one report, the limit (stopped at "${p}"; does each partial call the next more than once?)`;
      break;
    case "iterations":
      message = zh
        ? `模板中的 {{#each}} 在一份报告中循环超过 ${number(MAX_ITERATIONS)} 次，超出上限（是否在长列表上嵌套循环？）`
        : `the template's {{#each}} blocks run more than ${number(MAX_ITERATIONS)} times for one report, the limit (loops nested over long lists?)`;
      break;
    case "output":
      message = zh
        ? `模板输出超过 ${MAX_OUTPUT_BYTES / 1024 / 1024} MB，超出上限${p ? `（局部模板“${p}”）` : ""}`
        : `the template's output passes ${MAX_OUTPUT_BYTES / 1024 / 1024} MB, the limit${p ? ` (in the partial "${p}")` : ""}`;
      break;
  }
  return { severity: "error", code: "template/limit", message, file: source.file, ...at, path: [] };
}
