/**
 * The message language, decided before commander builds the help (which is written in
 * it): --lang, then LC_ALL/LC_MESSAGES/LANG, then `lang:` in report.config.yaml, then the
 * system locale. Windows sets no LANG, but Intl reports its display language (zh-CN on a
 * Chinese Windows), so the office staff get Chinese without configuring anything.
 */
import { langFromEnvIfSet, langFromLocale, type Lang } from "../core/lang.js";
import { loadSettings } from "./config-file.js";
import type { CliIO } from "./io.js";

/** --lang's value on the command line (`--lang zh`, `--lang=zh`), before any `--`. */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    if (argv[i] === "--lang") return argv[i + 1];
    if (argv[i].startsWith("--lang=")) return argv[i].slice("--lang=".length);
  }
  return undefined;
}

export function chooseLang(argv: readonly string[], io: CliIO): Lang {
  const flag = langFlag(argv);
  if (flag === "zh" || flag === "en") return flag;
  const fromEnv = langFromEnvIfSet(io.env);
  if (fromEnv) return fromEnv;
  // Only now is the config read: its problems are reported later, by the command itself.
  const fromConfig = loadSettings(io.cwd, "en").settings.lang;
  if (fromConfig) return fromConfig;
  return langFromLocale(io.systemLocale ?? "");
}
