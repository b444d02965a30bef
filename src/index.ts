/** The library API: the tests (and any caller) use these. File reading and writing stay in the CLI. */
export { validateSource } from "./core/validate.js";
export type { Diagnostic } from "./core/diagnostics.js";
export type { Report } from "./core/schema.js";
export type { Document } from "./document/model.js";
export { parseMarkdown } from "./document/parse-markdown.js";
export { FORMATS, type Format } from "./writers/index.js";
export { buildReport, type BuildOptions, type BuildResult, type RenderExtras } from "./pipeline.js";
export { renderReport } from "./render-report.js";
