/**
 * Compiles the built-in templates when the package is built (scripts/build.mjs writes
 * dist/precompiled-templates.json): the one place besides compiler.ts that needs
 * Handlebars' compiler. precompiled.ts looks the results up at run time.
 */
import Handlebars from "handlebars";
import { COMPILE_OPTIONS, knownHelpers, type PrecompiledEntry } from "./precompiled.js";
import { readTemplateSet } from "./template-files.js";

/** The built-in templates, precompiled: the content of PRECOMPILED_FILE. */
export function precompileTemplates(): PrecompiledEntry[] {
  const set = readTemplateSet();
  const options = { ...COMPILE_OPTIONS, knownHelpers: knownHelpers() };
  return [set.main, ...Object.values(set.partials)].map(({ text }) => ({ text, spec: String(Handlebars.precompile(text, options)) }));
}
