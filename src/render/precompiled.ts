/**
 * The built-in templates, compiled when the package is built (scripts/build.mjs writes
 * dist/precompiled-templates.json with precompileTemplates), so a run does not compile
 * them again. A template is taken from the file only when its text is exactly the text
 * it was compiled from: an edited or a user's template is compiled as usual, and a
 * missing or stale file only costs that time.
 */
import Handlebars from "handlebars";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHelpers } from "./helpers.js";
import { packageRoot, readTemplateSet } from "./template-files.js";

/** Strict, unescaped (Markdown, not HTML), and only our helpers: one set of options for both ways. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, knownHelpersOnly: true } as const;

/** Our helpers' names, for `knownHelpers`. */
export function knownHelpers(): Record<string, true> {
  return Object.fromEntries(Object.keys(createHelpers({ level3: "1." })).map((name) => [name, true as const]));
}

interface PrecompiledEntry {
  text: string;
  /** Handlebars.precompile's output: the source of a template spec object. */
  spec: string;
}

export const PRECOMPILED_FILE = "dist/precompiled-templates.json";

/** The built-in templates, precompiled: the content of PRECOMPILED_FILE. */
export function precompileTemplates(): PrecompiledEntry[] {
  const set = readTemplateSet();
  const options = { ...COMPILE_OPTIONS, knownHelpers: knownHelpers() };
  return [set.main, ...Object.values(set.partials)].map(({ text }) => ({ text, spec: String(Handlebars.precompile(text, options)) }));
}

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

/**
 * The precompiled template for this text, bound to `hb`, or undefined. A spec from
 * another Handlebars version throws in `hb.template`: then it is compiled too.
 */
export function precompiledTemplate(hb: typeof Handlebars, text: string): Handlebars.TemplateDelegate | undefined {
  const spec = load().get(text);
  if (!spec) return undefined;
  try {
    // The spec is code generated at build time from this very text by Handlebars.
    return hb.template(new Function(`return ${spec}`)());
  } catch {
    return undefined;
  }
}
