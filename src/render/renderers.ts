/**
 * Which code prints a template set, loaded on demand. The built-in templates, as shipped,
 * are printed by built-in-template.ts; any other set runs in Handlebars (environment.ts),
 * whose runtime is loaded only then, and whose compiler (compiler.ts) only for a template
 * that was not compiled when the package was built. Whoever renders loads first: the
 * library entry (src/index.ts) when it is imported, the build (pipeline.ts) on demand.
 */
import { builtInRenderer, isBuiltInTemplateSet } from "./built-in-template.js";
import { loadCompilerFor } from "./compiler.js";
import type { createRenderer, Renderer } from "./environment.js";
import type { HelperOptions } from "./helpers.js";
import type { TemplateSet } from "./template-files.js";

let handlebarsRenderer: typeof createRenderer | undefined;

export function setHandlebarsRenderer(create: typeof createRenderer): void {
  handlebarsRenderer = create;
}

/** Loads what the set needs: nothing for the built-in templates, else Handlebars (and its compiler when a template needs compiling). */
export async function loadRendererFor(templates: TemplateSet): Promise<void> {
  if (isBuiltInTemplateSet(templates)) return;
  await loadCompilerFor(templates);
  handlebarsRenderer ??= (await import("./environment.js")).createRenderer;
}

export function rendererFor(templates: TemplateSet, options: HelperOptions): Renderer {
  if (isBuiltInTemplateSet(templates)) return builtInRenderer(options);
  if (!handlebarsRenderer) throw new Error("work-report: a template needs Handlebars, which was not loaded (loadRendererFor)");
  return handlebarsRenderer(templates, options);
}
