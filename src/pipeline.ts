/**
 * The build: data → Markdown (template) → Document → each format's bytes. Pure apart
 * from the writers' dynamic imports, and the full validation's (validate-quick-first.ts);
 * file reading and writing stay in the CLI.
 */
import type { Settings } from "./core/config.js";
import { hasErrors, type Diagnostic } from "./core/diagnostics.js";
import type { Lang } from "./core/lang.js";
import type { Report } from "./core/schema.js";
import { validateQuickFirst } from "./core/validate-quick-first.js";
import type { SourceFile } from "./core/yaml-source.js";
import type { Document } from "./document/model.js";
import { parseMarkdown } from "./document/parse-markdown.js";
import { loadCompilerFor } from "./render/compiler.js";
import { createRenderer } from "./render/environment.js";
import { metricsTable, metricsTableMarkdown } from "./render/metrics-table.js";
import type { TemplateSet } from "./render/template-files.js";
import { WRITERS, type Format } from "./writers/index.js";

export interface BuildOptions {
  source: SourceFile;
  templates: TemplateSet;
  settings: Settings;
  formats: readonly Format[];
  lang: Lang;
  /** Last year's report (data/<year-1>.yaml, validated): "last year" and targets for the metrics table. */
  previous?: Report;
  /** Add the 主要指标完成情况 table when the report has metrics (default true; --no-metrics-table). */
  metricsTable?: boolean;
}

export interface RenderExtras {
  previous?: Report;
  metricsTable?: boolean;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  report?: Report;
  markdown?: string;
  document?: Document;
  /** In the order of `formats`; empty when there are errors. */
  outputs: Array<{ format: Format; bytes: Uint8Array }>;
}

/**
 * Data → Markdown (template) → Document. A template that was not compiled when the
 * package was built needs Handlebars' compiler loaded first (render/compiler.ts): the
 * library entry does that when imported, buildReport when the templates need it.
 */
export function renderReport(report: Report, templates: TemplateSet, settings: Settings, lang: Lang, extras: RenderExtras = {}) {
  const table = extras.metricsTable === false ? null : metricsTable(report, extras.previous);
  const helperOptions = { level3: settings.level3, metricsTable: table ? metricsTableMarkdown(table) : "" };
  const rendered = createRenderer(templates, helperOptions)(report, lang);
  if (!rendered.markdown) return { diagnostics: rendered.diagnostics };
  const document: Document = { ...parseMarkdown(rendered.markdown), ...(report.date ? { date: report.date } : {}) };
  return { markdown: rendered.markdown, document, diagnostics: [] as Diagnostic[] };
}

export async function buildReport(options: BuildOptions): Promise<BuildResult> {
  const validated = await validateQuickFirst(options.source, options.lang);
  await loadCompilerFor(options.templates);
  if (!validated.report) return { diagnostics: validated.diagnostics, outputs: [] };
  const rendered = renderReport(validated.report, options.templates, options.settings, options.lang, {
    previous: options.previous,
    metricsTable: options.metricsTable,
  });
  const diagnostics = [...validated.diagnostics, ...rendered.diagnostics];
  if (!rendered.document || hasErrors(diagnostics)) return { diagnostics, report: validated.report, outputs: [] };

  const outputs = [];
  for (const format of options.formats) {
    const write = await WRITERS[format]();
    outputs.push({ format, bytes: await write(rendered.document, options.settings) });
  }
  return { diagnostics, report: validated.report, markdown: rendered.markdown, document: rendered.document, outputs };
}
