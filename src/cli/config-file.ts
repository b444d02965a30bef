/**
 * Find and read report.config.yaml (or .yml) by walking up from the working directory, as
 * far as the project's root and never above it: the first folder with data/, package.json
 * or .git. Without a config, the folder with data/ is the project's root (findProjectRoot). A config that someone else could have written (owned by another user, or
 * writable by group or others) is ignored with a warning: a file in a shared parent
 * folder such as /tmp must not redirect a project's output or fonts.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseConfig } from "../core/config-check.js";
import { settingsFrom, type Settings } from "../core/config.js";
import { hasErrors, type Diagnostic } from "../core/diagnostics.js";
import type { Lang } from "../core/lang.js";
import { hint, message } from "../core/messages.js";
import type { CommandContext } from "./context.js";
import { readInputText, readOptions } from "./read-input.js";
import { asInvoked } from "./reporters/as-invoked.js";
import { formatDiagnosticsText } from "./reporters/text.js";

export const CONFIG_NAME = "report.config.yaml";
/** The names a config may have, the first found in a folder winning (.yml as well: people write both). */
export const CONFIG_NAMES = [CONFIG_NAME, "report.config.yml"];

const ROOT_MARKERS = ["data", "package.json", ".git"];

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = CONFIG_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
    if (candidate) return candidate;
    const parent = dirname(dir);
    if (parent === dir || ROOT_MARKERS.some((marker) => existsSync(join(dir, marker)))) return undefined;
    dir = parent;
  }
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The project's folder without a config: the nearest folder at or above the working
 * directory with a data/ folder, so `cd data && report validate` works as eslint does
 * from below its config. The search stops at a repository's or package's root.
 */
export function findProjectRoot(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    if (isDirectory(join(dir, "data"))) return dir;
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, ".git")) || existsSync(join(dir, "package.json"))) return undefined;
    dir = parent;
  }
}

/** Why a config file is not to be trusted, or undefined when it is ours (or root's) and only we can write it. */
function untrusted(file: string): "owner" | "writable" | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined; // Windows: no owners to compare
  const stat = statSync(file);
  if (stat.uid !== uid && stat.uid !== 0) return "owner";
  return (stat.mode & 0o022) !== 0 ? "writable" : undefined;
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
  if (!file) {
    const baseDir = findProjectRoot(cwd) ?? cwd;
    const settings = settingsFrom();
    return { settings: { ...settings, dataDir: resolve(baseDir, settings.dataDir), outDir: resolve(baseDir, settings.outDir) }, baseDir, diagnostics: [] };
  }
  const shown = relative(cwd, file) || file;
  const distrust = untrusted(file);
  if (distrust) {
    const ignored: Diagnostic = { severity: "warning", code: "config/untrusted", message: message(`config/untrusted-${distrust}`, lang), file: shown, line: 1, column: 1, path: [], hint: hint("trust-config", lang) };
    return { settings: settingsFrom(), baseDir: cwd, diagnostics: [ignored] };
  }
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
  return loadedSettingsForCommand(ctx)?.settings;
}

/** As settingsForCommand, with the config file it came from (for build to say). */
export function loadedSettingsForCommand(ctx: CommandContext): LoadedSettings | undefined {
  const loaded = loadSettings(ctx.io.cwd, ctx.lang, ctx.maxBytes);
  if (loaded.diagnostics.length) ctx.io.stderr(formatDiagnosticsText(loaded.diagnostics.map((d) => asInvoked(d, ctx.io.invokedAs ?? "report")), ctx.colors, ctx.lang));
  return hasErrors(loaded.diagnostics) ? undefined : loaded;
}
