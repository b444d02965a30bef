/**
 * report.config.yaml: the settings an office needs without writing code. Optional;
 * validated like the data (config-check.ts). Paths in it are relative to the config
 * file. CLI flags win.
 */
import type { ConfigFile } from "./config-check.js";
import { FONT_PRESETS, type FontSet } from "./fonts.js";
import type { Level3Style } from "./ordinals.js";
import type { PartKey } from "./schema-constants.js";

export type { ConfigFile } from "./config-check.js";

/** Settings after defaults; paths are as written (the CLI resolves them). */
export interface Settings {
  fonts: FontSet;
  level3: Level3Style;
  dataDir: string;
  outDir: string;
  template?: string;
  /** Message language (`lang:`), used when neither --lang nor the locale variables say. */
  lang?: "zh" | "en";
  /** The parts printed, in order (`parts:`); a data file's own `parts:` wins. Undefined: all, in the standard order. */
  parts?: PartKey[];
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
    ...(config.lang ? { lang: config.lang } : {}),
    ...(config.parts ? { parts: config.parts } : {}),
  };
}
