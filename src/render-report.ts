/**
 * The render stage: Report → Markdown (Handlebars template, with the metrics table) →
 * Document. The build (pipeline.ts) and `report import`'s round-trip check both go
 * through here.
 */
import type { Settings } from "./core/config.js";
import type { Diagnostic } from "./core/diagnostics.js";
import type { Lang } from "./core/lang.js";
import type { Report } from "./core/schema.js";
import type { Document } from "./document/model.js";
import { parseMarkdown } from "./document/parse-markdown.js";
import { createRenderer } from "./render/environment.js";
import { cellAnchorsComment } from "./document/anchors.js";
import { metricAnchorName } from "./render/anchors.js";
import { METRIC_VALUE_COLUMN, metricsTable, metricsTableMarkdown } from "./render/metrics-table.js";
import type { TemplateSet } from "./render/template-files.js";

export interface RenderExtras {
  /** Last year's report (data/<year-1>.yaml, validated): "last year" and targets for the metrics table. */
  previous?: Report;
  /** Add the 主要指标完成情况 table when the report has metrics (default true; --no-metrics-table). */
  metricsTable?: boolean;
}

export type RenderedReport = { markdown: string; document: Document; diagnostics: Diagnostic[] } | { markdown?: undefined; document?: undefined; diagnostics: Diagnostic[] };

export function renderReport(report: Report, templates: TemplateSet, settings: Settings, lang: Lang, extras: RenderExtras = {}): RenderedReport {
  const table = extras.metricsTable === false ? null : metricsTable(report, extras.previous);
  // Each value cell gets an anchor (a Word bookmark, for report import --into); the .md leaves the comment out.
  const cells = table ? `${cellAnchorsComment(METRIC_VALUE_COLUMN, (report.metrics ?? []).map((m) => metricAnchorName(m.id)))}\n\n` : "";
  const helperOptions = { level3: settings.level3, parts: settings.parts, metricsTable: table ? cells + metricsTableMarkdown(table) : "" };
  const rendered = createRenderer(templates, helperOptions)(report, lang);
  if (!rendered.markdown) return { diagnostics: rendered.diagnostics };
  // The report's date dates the files' metadata.
  const document = { ...parseMarkdown(rendered.markdown), ...(report.date ? { date: report.date } : {}) };
  return { markdown: rendered.markdown, document, diagnostics: [] };
}
