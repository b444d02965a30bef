/**
 * The build: data → Markdown (template) → Document → each format's bytes. Pure apart
 * from dynamic imports: the writers', the full validation's (validate-quick-first.ts) and
 * markdown-it's (parse-markdown-lazy.ts); file reading and writing stay in the CLI.
 * The same stages without the writers, synchronously: render-report.ts.
 */
import type { Settings } from "./core/config.js";
import { hasErrors, type Diagnostic } from "./core/diagnostics.js";
import type { Lang } from "./core/lang.js";
import type { Report } from "./core/schema.js";
import { validateQuickFirst } from "./core/validate-quick-first.js";
import type { SourceFile } from "./core/yaml-source.js";
import type { Document } from "./document/model.js";
import { parseMarkdownLoading } from "./document/parse-markdown-lazy.js";
import { loadRendererFor, rendererFor } from "./render/renderers.js";
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

/** Data → Markdown: the template stage (with the metrics table, unless turned off). */
export function renderMarkdown(report: Report, templates: TemplateSet, settings: Settings, lang: Lang, extras: RenderExtras = {}) {
  const table = extras.metricsTable === false ? null : metricsTable(report, extras.previous);
  const helperOptions = { level3: settings.level3, metricsTable: table ? metricsTableMarkdown(table) : "" };
  return rendererFor(templates, helperOptions)(report, lang);
}

/** The Document of a rendered report: its blocks, and the report's date for the files' metadata. */
export function withDate(document: Document, report: Report): Document {
  return { ...document, ...(report.date ? { date: report.date } : {}) };
}

export async function buildReport(options: BuildOptions): Promise<BuildResult> {
  const validated = await validateQuickFirst(options.source, options.lang);
  await loadRendererFor(options.templates);
  if (!validated.report) return { diagnostics: validated.diagnostics, outputs: [] };
  const rendered = renderMarkdown(validated.report, options.templates, options.settings, options.lang, {
    previous: options.previous,
    metricsTable: options.metricsTable,
  });
  const diagnostics = [...validated.diagnostics, ...rendered.diagnostics];
  if (!rendered.markdown || hasErrors(diagnostics)) return { diagnostics, report: validated.report, outputs: [] };
  const document = withDate(await parseMarkdownLoading(rendered.markdown), validated.report);

  const outputs = [];
  for (const format of options.formats) {
    const write = await WRITERS[format]();
    outputs.push({ format, bytes: await write(document, options.settings) });
  }
  return { diagnostics, report: validated.report, markdown: rendered.markdown, document, outputs };
}
