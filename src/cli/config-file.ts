/** Find and read report.config.yaml by walking up from the working directory. */
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseConfig } from "../core/config-check.js";
import { settingsFrom, type Settings } from "../core/config.js";
import { hasErrors, type Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import type { CommandContext } from "./context.js";
import { readInputText, readOptions } from "./read-input.js";
import { formatDiagnosticsText } from "./reporters/text.js";

export const CONFIG_NAME = "report.config.yaml";

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadedSettings {
  settings: Settings;
  /** Directory paths in the config are relative to; the working directory without a config. */
  baseDir: string;
  file?: string;
  diagnostics: Diagnostic[];
}

/** Settings with paths resolved against the config's folder (or the working directory). */
export function loadSettings(cwd: string, lang: Lang, maxBytes?: number): LoadedSettings {
  const file = findConfig(cwd);
  if (!file) return { settings: settingsFrom(), baseDir: cwd, diagnostics: [] };
  const shown = relative(cwd, file) || file;
  const read = readInputText(file, shown, readOptions({ lang, maxBytes }));
  const { config, diagnostics } = read.diagnostic ? { config: undefined, diagnostics: [read.diagnostic] } : parseConfig(read.source, lang);
  const baseDir = dirname(file);
  const settings = settingsFrom(config);
  return {
    settings: { ...settings, dataDir: resolve(baseDir, settings.dataDir), outDir: resolve(baseDir, settings.outDir), template: settings.template && resolve(baseDir, settings.template) },
    baseDir,
    file,
    diagnostics,
  };
}

/**
 * The settings a command runs with, its config problems printed to stderr; undefined
 * when the config has errors (the command then exits 1).
 */
export function settingsForCommand(ctx: CommandContext): Settings | undefined {
  const loaded = loadSettings(ctx.io.cwd, ctx.lang, ctx.maxBytes);
  if (loaded.diagnostics.length) ctx.io.stderr(formatDiagnosticsText(loaded.diagnostics, ctx.colors, ctx.lang));
  return hasErrors(loaded.diagnostics) ? undefined : loaded.settings;
}
