/**
 * The built-in templates, compiled when the package is built (scripts/build.mjs writes
 * dist/precompiled-templates.json with precompileTemplates), so a run does not compile
 * them again. A template is taken from the file only when its text is exactly the text
 * it was compiled from: an edited or a user's template is compiled as usual, and a
 * missing or stale file only costs that time.
 */
import type Handlebars from "handlebars";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHelpers } from "./helpers.js";
import { packageRoot } from "./template-files.js";

/** Strict, unescaped (Markdown, not HTML), and only our helpers: one set of options for both ways. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, knownHelpersOnly: true } as const;

/**
 * Our helpers' names, for `knownHelpers`. Handlebars' helperMissing and blockHelperMissing
 * are hooks, not helpers, at run time: known, `{{helperMissing}}` compiled to a call of
 * nothing (a TypeError with no position); unknown, it is a missing field at its line:column.
 * Handlebars' `log` writes to the console, into our standard output: not a helper here.
 */
export function knownHelpers(): Record<string, boolean> {
  const ours = Object.keys(createHelpers({ level3: "1." })).map((name) => [name, true]);
  return { ...Object.fromEntries(ours), helperMissing: false, blockHelperMissing: false, log: false };
}

export interface PrecompiledEntry {
  text: string;
  /** Handlebars.precompile's output: the source of a template spec object. */
  spec: string;
}

export const PRECOMPILED_FILE = "dist/precompiled-templates.json";

let entries: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (entries) return entries;
  entries = new Map();
  try {
    const path = join(packageRoot(), PRECOMPILED_FILE);
    if (existsSync(path)) for (const e of JSON.parse(readFileSync(path, "utf8")) as PrecompiledEntry[]) entries.set(e.text, e.spec);
  } catch {
    // Unreadable: compile instead.
  }
  return entries;
}

/** A template spec (Handlebars.precompile's output) bound to `hb`. */
export function fromSpec(hb: typeof Handlebars, spec: string): HandlebarsTemplateDelegate {
  // The spec is code Handlebars generated from the template's text.
  return hb.template(new Function(`return ${spec}`)());
}

/**
 * The precompiled template for this text, bound to `hb`, or undefined. A spec from
 * another Handlebars version throws in `hb.template`: then it is compiled too.
 */
export function precompiledTemplate(hb: typeof Handlebars, text: string): HandlebarsTemplateDelegate | undefined {
  const spec = load().get(text);
  if (!spec) return undefined;
  try {
    return fromSpec(hb, spec);
  } catch {
    return undefined;
  }
}
