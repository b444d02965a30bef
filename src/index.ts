/**
 * The library API: the tests (and any caller) use these. Pure apart from the writers' and
 * the full validation's dynamic imports; file reading and writing stay in the CLI.
 */
import Handlebars from "handlebars";
import { setCompiler } from "./render/compiler.js";
import { createRenderer } from "./render/environment.js";
import { setHandlebarsRenderer } from "./render/renderers.js";

// Any template renders through the library, precompiled or not (the CLI loads Handlebars
// only for a template other than the built-in ones, and its compiler only when a template
// needs it: render/renderers.ts).
setCompiler(Handlebars);
setHandlebarsRenderer(createRenderer);

export { validateSource } from "./core/validate.js";
export type { Diagnostic } from "./core/diagnostics.js";
export type { Report } from "./core/schema.js";
export type { Document } from "./document/model.js";
export { parseMarkdown } from "./document/parse-markdown.js";
export { FORMATS, type Format } from "./writers/index.js";
export { buildReport, type BuildOptions, type BuildResult, type RenderExtras } from "./pipeline.js";
export { renderReport } from "./render-report.js";
