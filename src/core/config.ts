/**
 * report.config.yaml: the settings an office needs without writing code. Optional;
 * validated like the data. Paths in it are relative to the config file. CLI flags win.
 *
 * Here: the settings, and a valid file read the quick way. The schema and the check that
 * says what is wrong are in config-check.ts, which loads zod and the yaml package.
 */
import type { ConfigFile } from "./config-check.js";
import { parseConfigFile } from "./config-parser.generated.js";
import { FONT_PRESETS, type FontSet } from "./fonts.js";
import type { Level3Style } from "./ordinals.js";
import type { QuickRead } from "./quick-read.js";

export type { ConfigFile } from "./config-check.js";

/** Settings after defaults; paths are as written (the CLI resolves them). */
export interface Settings {
  fonts: FontSet;
  level3: Level3Style;
  dataDir: string;
  outDir: string;
  template?: string;
}

export function resolveFonts(fonts: ConfigFile["fonts"]): FontSet {
  if (!fonts) return { ...FONT_PRESETS.official };
  if (typeof fonts === "string") return { ...FONT_PRESETS[fonts] };
  const { preset, ...overrides } = fonts;
  return { ...FONT_PRESETS[preset ?? "official"], ...overrides };
}

export function settingsFrom(config: ConfigFile = {}): Settings {
  return {
    fonts: resolveFonts(config.fonts),
    level3: config.ordinals?.level3 ?? "1.",
    dataDir: config.dataDir ?? "data",
    outDir: config.outDir ?? "out",
    template: config.template,
  };
}

/**
 * The config, when the file is valid; undefined when it needs the full check
 * (config-check.ts). `loaded` is the file read the quick way (quick-read.ts).
 */
export function quickConfig(loaded: QuickRead): ConfigFile | undefined {
  return (loaded && parseConfigFile(loaded.data ?? {})) || undefined;
}
