/**
 * Where templates come from: the package's templates/ folder by default, or the user's
 * file given with --template. A user template's sibling folder partials/ may override
 * or add partials (`partials/node.md.hbs` → partial "node").
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export interface TemplateSource {
  /** File name for messages. */
  file: string;
  text: string;
}

export interface TemplateSet {
  main: TemplateSource;
  partials: Record<string, TemplateSource>;
}

/**
 * The package root holds package.json; this works from src/ (tests) and dist/ (bundle)
 * alike. import.meta.dirname, not import.meta.url: the bundle maps it to __dirname, where
 * a URL would need node:url and a URL object on every run (scripts/build.mjs).
 */
export function packageRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "templates"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("work-report: cannot find the templates/ folder of the package");
    dir = parent;
  }
  return dir;
}

export function defaultTemplateDir(): string {
  return join(packageRoot(), "templates");
}

/** Reads a template file's text; the CLI passes its bounded, UTF-8-checked reader (cli/read-input.ts). */
export type ReadText = (path: string) => string;

const readUtf8: ReadText = (path) => readFileSync(path, "utf8");

function readPartials(dir: string, shown: (path: string) => string, read: ReadText): Record<string, TemplateSource> {
  if (!existsSync(dir)) return {};
  const partials: Record<string, TemplateSource> = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".hbs")) continue;
    const path = join(dir, name);
    partials[basename(name).replace(/(\.md)?\.hbs$/, "")] = { file: shown(path), text: read(path) };
  }
  return partials;
}

/**
 * Read the template set. Throws the fs error (ENOENT, EISDIR…) for a user template
 * that cannot be read: the CLI turns it into an I/O message.
 */
export function readTemplateSet(userTemplate?: string, shown: (path: string) => string = (p) => p, read: ReadText = readUtf8): TemplateSet {
  const defaults = defaultTemplateDir();
  const partials = readPartials(join(defaults, "partials"), (p) => `(built-in) templates/partials/${basename(p)}`, readUtf8);
  if (!userTemplate) {
    return { main: { file: "(built-in) templates/report.md.hbs", text: readUtf8(join(defaults, "report.md.hbs")) }, partials };
  }
  const path = resolve(userTemplate);
  const main = { file: shown(path), text: read(path) };
  return { main, partials: { ...partials, ...readPartials(join(dirname(path), "partials"), shown, read) } };
}
