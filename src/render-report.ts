/**
 * Data → Markdown (template) → Document, synchronously: for the library and `report
 * import`'s round-trip check. The build goes through src/pipeline.ts, which loads
 * markdown-it only when the quick reader leaves the Markdown to it.
 */
import type { Settings } from "./core/config.js";
import type { Diagnostic } from "./core/diagnostics.js";
import type { Lang } from "./core/lang.js";
import type { Report } from "./core/schema.js";
import { parseMarkdown } from "./document/parse-markdown.js";
import { renderMarkdown, withDate, type RenderExtras } from "./pipeline.js";
import type { TemplateSet } from "./render/template-files.js";

/**
 * A template that was not compiled when the package was built needs Handlebars' compiler
 * loaded first (render/compiler.ts): the library entry does that when imported.
 */
export function renderReport(report: Report, templates: TemplateSet, settings: Settings, lang: Lang, extras: RenderExtras = {}) {
  const rendered = renderMarkdown(report, templates, settings, lang, extras);
  if (!rendered.markdown) return { diagnostics: rendered.diagnostics };
  return { markdown: rendered.markdown, document: withDate(parseMarkdown(rendered.markdown), report), diagnostics: [] as Diagnostic[] };
}
