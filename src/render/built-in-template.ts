/**
 * The built-in template (templates/report.md.hbs with its partials node.md.hbs and
 * signature.md.hbs) written out as code: the same Markdown, character for character,
 * without Handlebars' runtime. Every run is a first run, and in the first run of a
 * template Handlebars' partials, frames and helper calls cost more than the report's
 * text (README "Performance"). The renderer takes this path only for a template set whose
 * texts are exactly the ones this file mirrors (MIRRORED_FINGERPRINT; renderers.ts); any
 * other template, a user's or an edited one, goes through Handlebars.
 * tests/built-in-template.test.ts holds it to Handlebars' output of the template files:
 * edit a template, and that test fails until this file says the same.
 */
import type { Renderer } from "./environment.js";
import { templateData } from "./escape-data.js";
import type { HelperOptions } from "./helpers.js";
import { buildOutline, type Outline, type OutlineNode } from "./outline.js";
import type { TemplateSet } from "./template-files.js";

/**
 * The fingerprint of the template texts this file mirrors: report.md.hbs, then
 * partials/node.md.hbs and partials/signature.md.hbs. The test checks it against the
 * files; a template set with any other text is rendered by Handlebars.
 */
export const MIRRORED_FINGERPRINT = "1090:a73f7fc";

/** FNV-1a (32 bits) and the length of the texts, joined by NUL: cheap, and no crypto module to load. */
export function templateFingerprint(texts: readonly string[]): string {
  const joined = texts.join("\0");
  let hash = 0x811c9dc5;
  for (let i = 0; i < joined.length; i++) hash = Math.imul(hash ^ joined.charCodeAt(i), 0x01000193);
  return `${joined.length}:${(hash >>> 0).toString(16)}`;
}

/** Whether this set prints what builtInTemplateMarkdown prints: the main template and the partials it calls are the mirrored texts. */
export function isBuiltInTemplateSet(set: TemplateSet): boolean {
  const { node, signature } = set.partials;
  return Boolean(node && signature) && templateFingerprint([set.main.text, node!.text, signature!.text]) === MIRRORED_FINGERPRINT;
}

/** `{{#each list}}{{this}}\n\n{{/each}}` */
function paragraphs(list: readonly string[]): string {
  let markdown = "";
  for (const paragraph of list) markdown += `${paragraph}\n\n`;
  return markdown;
}

/** partials/node.md.hbs: the heading (`{{hashes level}}`), paragraphs, table, then the children. */
function node(outline: OutlineNode, table: string): string {
  let markdown = outline.heading ? `${"#".repeat(outline.level + 1)} ${outline.heading}\n\n` : "";
  markdown += paragraphs(outline.paragraphs);
  if (table) markdown += `${table}\n\n`;
  for (const child of outline.children) markdown += node(child, "");
  return markdown;
}

/** report.md.hbs on `(outline this)`; `metricsTable` is what the helper of that name returns. */
export function builtInTemplateMarkdown(outline: Outline, metricsTable: string): string {
  let markdown = `# ${outline.title}\n\n`;
  markdown += paragraphs(outline.intro);
  outline.parts.forEach((part, i) => {
    // The first part is the summary: the key-figures table goes under its heading and intro.
    markdown += node(part, i === 0 ? metricsTable : "");
  });
  markdown += paragraphs(outline.closing);
  // partials/signature.md.hbs
  const { organization, date } = outline.signature;
  markdown += `<!-- signature -->\n\n${organization}\n\n`;
  if (date) markdown += `${date}\n\n`;
  return markdown;
}

/** The built-in templates' renderer: the outline of the escaped data, printed as the templates print it. */
export function builtInRenderer(options: HelperOptions): Renderer {
  return (report) => ({ markdown: builtInTemplateMarkdown(buildOutline(templateData(report, false), options), options.metricsTable ?? ""), diagnostics: [] });
}
