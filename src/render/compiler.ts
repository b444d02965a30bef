/**
 * Handlebars' compiler, for templates that were not compiled when the package was built
 * (a user's --template, an edited built-in one). The renderer runs on Handlebars' runtime
 * alone, so a build with precompiled templates never loads the compiler (~4 ms of every
 * run, README "Performance"). Whoever renders other templates loads it first: the library
 * entry (src/index.ts) when it is imported, the build on demand (renderers.ts).
 * dist/precompiled-templates.json and the bundle come from one build (scripts/build.mjs),
 * so a precompiled template always fits the bundled runtime and never needs the compiler.
 */
import type Handlebars from "handlebars";
import type HandlebarsRuntimeModule from "handlebars/runtime";
import { isPrecompiled } from "./precompiled.js";
import type { TemplateSet } from "./template-files.js";

export type HandlebarsRuntime = typeof HandlebarsRuntimeModule;

let compiler: typeof Handlebars | undefined;

export function setCompiler(handlebars: typeof Handlebars): void {
  compiler = handlebars;
}

/** Loads the compiler unless every template of the set was compiled when the package was built. */
export async function loadCompilerFor(templates: TemplateSet): Promise<void> {
  if (compiler) return;
  const texts = [templates.main, ...Object.values(templates.partials)].map((t) => t.text);
  if (texts.every(isPrecompiled)) return;
  compiler = (await import("handlebars")).default;
}

/** Handlebars.precompile's spec for a template. */
export function precompile(text: string, options: CompileOptions): string {
  if (!compiler) throw new Error("work-report: a template needs compiling but Handlebars' compiler was not loaded (loadCompilerFor)");
  return String(compiler.precompile(text, options));
}
