/**
 * The build: data → validated Report → Markdown and Document (render-report.ts) → each
 * format's bytes. Pure apart from the writers' dynamic imports (a command loads only the
 * writers it uses); file reading and writing stay in the CLI.
 */
import type { Settings } from "./core/config.js";
import { hasErrors, type Diagnostic } from "./core/diagnostics.js";
import type { Lang } from "./core/lang.js";
import type { Report } from "./core/schema.js";
import { validateSource } from "./core/validate.js";
import { markedAsDraft } from "./core/draft.js";
import { defaultTitle } from "./render/outline.js";
import type { SourceFile } from "./core/yaml-source.js";
import type { Document } from "./document/model.js";
import { renderReport, type RenderExtras } from "./render-report.js";
import type { TemplateSet } from "./render/template-files.js";
import { WRITERS, type Format } from "./writers/index.js";

export type { RenderExtras } from "./render-report.js";

export interface BuildOptions extends RenderExtras {
  source: SourceFile;
  templates: TemplateSet;
  settings: Settings;
  formats: readonly Format[];
  lang: Lang;
  /** --draft: placeholders are let through and the title is marked 草稿 (core/draft.ts). */
  draft?: boolean;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  report?: Report;
  markdown?: string;
  document?: Document;
  /** In the order of `formats`; empty when there are errors. */
  outputs: Array<{ format: Format; bytes: Uint8Array }>;
}

export async function buildReport(options: BuildOptions): Promise<BuildResult> {
  const validated = validateSource(options.source, options.lang, { parts: options.settings.parts, draft: options.draft, lastYear: options.previous?.metrics });
  if (!validated.report) return { diagnostics: validated.diagnostics, outputs: [] };
  const report = options.draft ? markedAsDraft(validated.report, defaultTitle) : validated.report;
  const rendered = renderReport(report, options.templates, options.settings, options.lang, {
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
